// A coordinator reviews a region's evidence: accepted, or sent back for revision with a comment
// the region reads; the history stays; the region's writers and secretary are told in the portal
// and by mail; nobody else may decide. Then the readiness of the region's self-assessment on the
// same rows, and the API's evidence counts.
import { describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import { db } from "../../app/db.server";
import {
  evidenceReviewHistory,
  evidenceReviewQueue,
  reviewEvidence,
} from "../../app/modules/evidence/evidence-review.server";
import { updateEvidence } from "../../app/modules/evidence/evidence-commands.server";
import { getEvidenceBoardPage } from "../../app/modules/evidence/evidence-queries.server";
import { getEvidenceReadiness } from "../../app/modules/evidence/readiness.server";
import { loader as apiLoader } from "../../app/routes/api.regions.$code.self-assessments.$year";
import { appErrorStatus, isAppError } from "../../app/utils/app-error";
import { DEMO, get } from "../support/accounts";
import { actor, cookieFor } from "../support/actors";

const CODE = "32.11";
const YEAR = 2019;
const FRAMEWORK = "permenpanrb-59-2020";

async function userId(email: string) {
  return (await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

async function record(input: {
  title: string;
  indicators: number[];
  level: number;
  by?: string;
  visibility?: "PRIVATE" | "MEMBERS" | "PUBLIC";
  reviewState?: "UNREVIEWED" | "ACCEPTED" | "NEEDS_REVISION";
  expiresOn?: string;
}) {
  const indicators = await db().frameworkIndicator.findMany({
    where: { frameworkId: FRAMEWORK, number: { in: input.indicators } },
    select: { id: true },
  });
  const created = await db().evidenceRecord.create({
    data: {
      regionCode: CODE,
      frameworkId: FRAMEWORK,
      year: YEAR,
      title: input.title,
      level: input.level,
      effectiveDate: new Date("2019-03-01"),
      expiresOn: input.expiresOn ? new Date(`${input.expiresOn}T00:00:00Z`) : null,
      visibility: input.visibility ?? "PRIVATE",
      reviewState: input.reviewState ?? "UNREVIEWED",
      reviewedAt: input.reviewState ? new Date("2019-05-01") : null,
      createdById: input.by ? await userId(input.by) : null,
      indicators: { create: indicators.map((i) => ({ indicatorId: i.id })) },
    },
    select: { id: true },
  });
  return created.id;
}

const stored = (id: string) =>
  db().evidenceRecord.findUniqueOrThrow({
    where: { id },
    select: { reviewState: true, reviewedAt: true, _count: { select: { reviews: true } } },
  });

const notificationsOf = (id: string) =>
  db().notification.findMany({
    where: { recordType: "evidence", recordSlug: id },
    orderBy: { createdAt: "asc" },
    select: { kind: true, comment: true, user: { select: { email: true } } },
  });

async function thrownStatus(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    if (isAppError(thrown)) return appErrorStatus(thrown);
    throw thrown;
  }
  return 200;
}

describe("evidence review", () => {
  it("accepts a record, keeps the decision and tells its writer and the secretary", async () => {
    const id = await record({
      title: "SK Tim SPBE 2019",
      indicators: [1, 2],
      level: 3,
      by: DEMO.devSumedang,
    });
    const coordinator = await actor(DEMO.coordinator);
    const result = await reviewEvidence(coordinator, id, { decision: "accepted", comment: "" });
    expect(result).toEqual({ status: "reviewed", decision: "accepted" });
    const after = await stored(id);
    expect(after.reviewState).toBe("ACCEPTED");
    expect(after.reviewedAt).not.toBeNull();
    expect(after._count.reviews).toBe(1);

    const notified = await notificationsOf(id);
    expect(notified.map((n) => [n.user.email, n.kind]).sort()).toEqual([
      [DEMO.devSumedang, "evidence.accepted"],
      [DEMO.sekdaSumedang, "evidence.accepted"],
    ]);
    const mails = await db().mailMessage.findMany({
      where: { subject: { contains: "SK Tim SPBE 2019" } },
      select: { to: true, subject: true, text: true },
    });
    expect(mails.map((m) => m.to).sort()).toEqual([DEMO.devSumedang, DEMO.sekdaSumedang]);
    expect(mails[0]!.subject).toBe(
      "Bukti dukung diterima: “SK Tim SPBE 2019” / Evidence accepted: “SK Tim SPBE 2019”",
    );
    expect(mails[0]!.text).toContain(`/evidence/${id}`);

    const audit = await db().auditEvent.findFirst({
      where: { action: "evidence.reviewed", entityId: id },
      select: { details: true, actorEmail: true },
    });
    expect(audit?.actorEmail).toBe(DEMO.coordinator);
    expect(audit?.details).toMatchObject({ decision: "accepted" });
  });

  it("refuses a revision request without a comment and changes nothing", async () => {
    const id = await record({ title: "Peta rencana SPBE", indicators: [3], level: 2 });
    const coordinator = await actor(DEMO.coordinator);
    const refused = await reviewEvidence(coordinator, id, {
      decision: "needsRevision",
      comment: "   ",
    });
    expect(refused).toEqual({
      status: "invalid",
      errors: { comment: "evidenceReview.error.commentRequired" },
    });
    const bad = await reviewEvidence(coordinator, id, { decision: "maybe" });
    expect(bad.status).toBe("invalid");
    expect(await stored(id)).toEqual({
      reviewState: "UNREVIEWED",
      reviewedAt: null,
      _count: { reviews: 0 },
    });
    expect(await notificationsOf(id)).toEqual([]);
  });

  it("keeps the history newest first and brings a revised record back to the queue", async () => {
    const id = await record({
      title: "Laporan audit TIK 2019",
      indicators: [4],
      level: 4,
      by: DEMO.devSumedang,
    });
    const coordinator = await actor(DEMO.coordinator);
    const queued = async () =>
      (await evidenceReviewQueue(coordinator, 500)).items.find((i) => i.id === id);
    expect(await queued()).toMatchObject({ revised: false, indicators: [4] });

    await reviewEvidence(coordinator, id, { decision: "accepted" });
    await reviewEvidence(coordinator, id, {
      decision: "needsRevision",
      comment: "Lampirkan halaman pengesahan yang ditandatangani.",
    });
    expect((await stored(id)).reviewState).toBe("NEEDS_REVISION");
    const history = await evidenceReviewHistory(await actor(DEMO.devSumedang), {
      id,
      regionCode: CODE,
    });
    expect(history.mayReview).toBe(false);
    expect(history.entries.map((e) => [e.decision, e.comment, e.reviewer])).toEqual([
      [
        "NEEDS_REVISION",
        "Lampirkan halaman pengesahan yang ditandatangani.",
        "Koordinator Kemendagri (demo)",
      ],
      ["ACCEPTED", "", "Koordinator Kemendagri (demo)"],
    ]);
    const notices = (await notificationsOf(id)).filter((n) => n.user.email === DEMO.devSumedang);
    expect(notices.map((n) => [n.kind, n.comment])).toEqual([
      ["evidence.accepted", null],
      ["evidence.needsRevision", "Lampirkan halaman pengesahan yang ditandatangani."],
    ]);
    expect(await queued()).toBeUndefined();

    // The region changes the record: it waits for the coordinator again, marked revised.
    await db().evidenceRecord.update({
      where: { id },
      data: { title: "Laporan audit TIK 2019 (rev)" },
    });
    expect(await queued()).toMatchObject({ revised: true });
    expect((await evidenceReviewQueue(await actor(DEMO.sekdaSumedang))).count).toBe(0);
  });

  it("sends an accepted record back to the queue when its level or indicators change, not for a new title", async () => {
    const id = await record({
      title: "Peta rencana SPBE 2019",
      indicators: [6],
      level: 3,
      by: DEMO.devSumedang,
    });
    const coordinator = await actor(DEMO.coordinator);
    await reviewEvidence(coordinator, id, { decision: "accepted" });
    const developer = await actor(DEMO.devSumedang);
    const raw = {
      title: "Peta rencana SPBE 2019 (ejaan diperbaiki)",
      description: "",
      indicators: ["6"],
      level: "3",
      effectiveDate: "2019-03-01",
      visibility: "private",
    };
    expect(await updateEvidence(developer, id, raw, [])).toEqual({ status: "saved", id });
    expect((await stored(id)).reviewState).toBe("ACCEPTED");

    expect(await updateEvidence(developer, id, { ...raw, level: "4" }, [])).toEqual({
      status: "saved",
      id,
    });
    expect(await stored(id)).toMatchObject({ reviewState: "UNREVIEWED", _count: { reviews: 1 } });
    const queue = await evidenceReviewQueue(coordinator, 500);
    expect(queue.items.map((item) => item.id)).toContain(id);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "evidence.updated" },
      orderBy: { id: "desc" },
      select: { details: true },
    });
    expect(audit.details).toMatchObject({ reviewReset: true });

    // The history is the region's and the centre's: another region's member sees the state only.
    const outsider = await evidenceReviewHistory(await actor(DEMO.devBandung), {
      id,
      regionCode: CODE,
    });
    expect(outsider).toEqual({ entries: [], mayReview: false, historyVisible: false });
    const own = await evidenceReviewHistory(developer, { id, regionCode: CODE });
    expect(own.entries.map((e) => e.decision)).toEqual(["ACCEPTED"]);
    await db().evidenceRecord.delete({ where: { id } }); // the readiness counts below stay exact
  });

  it("is the coordinators' decision: 403 for the region's secretary, 404 for another region", async () => {
    const id = await record({ title: "Kebijakan internal SPBE", indicators: [5], level: 3 });
    const secretary = await actor(DEMO.sekdaSumedang);
    expect(await thrownStatus(() => reviewEvidence(secretary, id, { decision: "accepted" }))).toBe(
      403,
    );
    const otherRegion = await actor(DEMO.devBandung);
    expect(
      await thrownStatus(() => reviewEvidence(otherRegion, id, { decision: "accepted" })),
    ).toBe(404);
    const tokenOwner: Actor = {
      ...(await actor(DEMO.coordinator)),
      token: { regionCode: CODE, scopes: ["evidence:write"] },
    };
    expect(await thrownStatus(() => reviewEvidence(tokenOwner, id, { decision: "accepted" }))).toBe(
      403,
    );
    expect(
      await thrownStatus(() =>
        reviewEvidence(secretary, "00000000-0000-4000-8000-000000000000", {
          decision: "accepted",
        }),
      ),
    ).toBe(404);
    expect(await stored(id)).toMatchObject({ reviewState: "UNREVIEWED", _count: { reviews: 0 } });
  });
});

describe("evidence readiness on real rows", () => {
  it("backs the claimed levels with the region's evidence and counts it in the API", async () => {
    const assessment = await db().selfAssessment.create({
      data: {
        regionCode: CODE,
        frameworkId: FRAMEWORK,
        year: YEAR,
        status: "SUBMITTED",
        levels: {
          create: [
            { indicatorNumber: 42, level: 4 }, // 3 %
            { indicatorNumber: 43, level: 3 }, // 3 %
            { indicatorNumber: 32, level: 2 }, // 2.75 %
            { indicatorNumber: 11, level: 5 }, // 2.5 %
          ],
        },
      },
      select: { id: true },
    });
    expect(assessment.id).toBeTruthy();
    await record({ title: "Aplikasi pengaduan", indicators: [42, 43], level: 4 });
    await record({
      title: "Rencana induk",
      indicators: [32],
      level: 3,
      reviewState: "ACCEPTED",
      expiresOn: "2019-12-31",
    });
    await record({
      title: "Arsitektur SPBE",
      indicators: [11],
      level: 5,
      reviewState: "NEEDS_REVISION",
      visibility: "PUBLIC",
    });
    const readiness = await getEvidenceReadiness({
      regionCode: CODE,
      year: YEAR,
      viewer: await actor(DEMO.devSumedang),
      asOf: "2026-12-03",
    });
    // Index: 4×3 + 3×3 + 2×2.75 + 5×2.5 = 12 + 9 + 5.5 + 12.5 = 39 → 0.39.
    // Backed: 42 and 43 (the record of level 4 covers both): 21 → 0.21; 32 expired, 11 sent back.
    expect(readiness).toMatchObject({
      index: 0.39,
      backedPoints: 0.21,
      allEvidence: true,
      counts: { backed: 2, needsRevision: 1, expired: 1, missing: 0 },
    });
    const states = new Map(readiness!.indicators.map((i) => [i.number, i.state]));
    expect([states.get(42), states.get(43), states.get(32), states.get(11), states.get(1)]).toEqual(
      ["backed", "backed", "expired", "needsRevision", null],
    );
    // Judged on a day before the expiry, the accepted plan backs indicator 32 too.
    const earlier = await getEvidenceReadiness({
      regionCode: CODE,
      year: YEAR,
      viewer: await actor(DEMO.coordinator),
      asOf: "2019-06-30",
    });
    expect(earlier?.backedPoints).toBe(0.27);

    // Another region's member reads the submitted year, with only the public record.
    const peer = await getEvidenceReadiness({
      regionCode: CODE,
      year: YEAR,
      viewer: await actor(DEMO.devBandung),
      asOf: "2026-12-03",
    });
    expect(peer).toMatchObject({ backedPoints: 0, allEvidence: false });
    expect(peer?.counts).toEqual({ backed: 0, needsRevision: 1, expired: 0, missing: 3 });
    expect(
      await getEvidenceReadiness({
        regionCode: CODE,
        year: YEAR,
        viewer: null,
        asOf: "2026-12-03",
      }),
    ).toBeNull();

    // The evidence board reads the same rows once for its list and its readiness summary.
    for (const viewer of [await actor(DEMO.devSumedang), await actor(DEMO.devBandung), null]) {
      const page = await getEvidenceBoardPage(CODE, YEAR, viewer);
      expect(page.readiness).toEqual(
        await getEvidenceReadiness({ regionCode: CODE, year: YEAR, viewer }),
      );
    }
    const board = await getEvidenceBoardPage(CODE, YEAR, await actor(DEMO.devSumedang));
    const row = (number: number) =>
      board.domains
        .flatMap((d) => d.aspects.flatMap((a) => a.indicators))
        .find((i) => i.number === number);
    expect([32, 11, 42, 47].map((n) => [row(n)?.latestReview, row(n)?.records.length])).toEqual([
      ["ACCEPTED", 1],
      ["NEEDS_REVISION", 1],
      ["UNREVIEWED", 1],
      [null, 0],
    ]);
    expect([row(42)?.claimed, row(47)?.claimed]).toEqual([4, null]);
    expect(row(11)?.records[0]).toMatchObject({ title: "Arsitektur SPBE", visibility: "public" });
    const outsider = await getEvidenceBoardPage(CODE, YEAR, null);
    expect(outsider.withEvidence).toBe(1);
    expect(outsider.domains[0]?.aspects[0]?.indicators[0]?.claimed).toBe("hidden");

    const counts = async (email: string) => {
      const response = await get(apiLoader, `/api/regions/${CODE}/self-assessments/${YEAR}`, {
        params: { code: CODE, year: String(YEAR) },
        cookie: await cookieFor(email),
      });
      expect(response.status).toBe(200);
      const body = response.body as {
        indicators: Array<{ number: number; evidenceCount: number }>;
      };
      return Object.fromEntries(
        body.indicators.filter((i) => i.evidenceCount > 0).map((i) => [i.number, i.evidenceCount]),
      );
    };
    // The review tests above added private records for 1-5 in the same region and year.
    expect(await counts(DEMO.devSumedang)).toEqual({
      1: 1,
      2: 1,
      3: 1,
      4: 1,
      5: 1,
      11: 1,
      32: 1,
      42: 1,
      43: 1,
    });
    expect(await counts(DEMO.devBandung)).toEqual({ 11: 1 });
  });
});
