// Study visits against the real database: Kota Bandung's developer records a visit to Sumedang
// with two practices and a code entry seen; a member of a third region is refused (403, by a
// crafted POST too); the visit turns into one draft per thing seen, adopter Kota Bandung, mentor
// Sumedang, visitId set, targets and baselines from the latest submitted self-assessment; the
// 30-day flag starts on day 31; the host's conversion figures equal counts made in SQL.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import { db } from "../../app/db.server";
import { convertVisitToDrafts } from "../../app/modules/tracker/visit-convert.server";
import { isVisitFlagged } from "../../app/modules/tracker/visit-flag";
import { getVisitPage } from "../../app/modules/tracker/visit-page.server";
import { conversionOf, listVisits, recordVisit } from "../../app/modules/tracker/visits.server";
import { action as newVisitAction } from "../../app/routes/visits.new";
import { action as visitAction } from "../../app/routes/visits.$id";
import { addDays } from "../../app/modules/tracker/stalled";
import { DEMO, post } from "../support/accounts";
import { actor, cookieFor } from "../support/actors";

const HOST = "32.11"; // Sumedang
const VISITOR = "32.73"; // Kota Bandung

let devBandung: Actor;
let outsider: Actor;
let outsiderEmail: string;
let practices: Array<{ id: string; title: string }>;
let softwareId: string;
let visitId: string;

const filters = (over: Record<string, unknown> = {}) => ({
  host: undefined,
  visitor: undefined,
  flagged: false,
  page: 1,
  ...over,
});

beforeAll(async () => {
  devBandung = await actor(DEMO.devBandung);
  const third = await db().region.findFirstOrThrow({
    where: { code: { notIn: [HOST, VISITOR] }, provinceCode: "32" },
    select: { code: true },
  });
  outsiderEmail = "sekda.ketiga.visits@example.go.id";
  await db().user.create({
    data: {
      email: outsiderEmail,
      name: "Sekda Daerah Ketiga",
      memberships: { create: { regionCode: third.code, role: "SECRETARY" } },
    },
  });
  outsider = await actor(outsiderEmail);
  practices = await db().practice.findMany({
    where: { regionCode: HOST, status: "PUBLISHED", indicators: { some: {} } },
    orderBy: { slug: "asc" },
    take: 2,
    select: { id: true, title: true },
  });
  softwareId = (
    await db().softwareEntry.findFirstOrThrow({
      where: { regionCode: HOST, status: "PUBLISHED" },
      select: { id: true },
    })
  ).id;
});

const input = (over: Record<string, unknown> = {}) => ({
  visitedOn: "2026-11-02",
  hostRegionCode: HOST,
  visitorRegionCode: VISITOR,
  people: "Kepala Diskominfo\nAnalis Sistem",
  participantCount: "5",
  topics: "Pengaduan terpadu",
  notes: "",
  practiceIds: practices.map((p) => p.id),
  softwareIds: [softwareId],
  ...over,
});

describe("recording a visit", () => {
  it("is recorded by the visiting region's developer, with what was seen, and audited", async () => {
    const result = await recordVisit(devBandung, input(), {}, "2026-12-04");
    expect(result.ok).toBe(true);
    visitId = (result as { id: string }).id;
    const stored = await db().studyVisit.findUniqueOrThrow({
      where: { id: visitId },
      select: {
        hostRegionCode: true,
        visitorRegionCode: true,
        participantCount: true,
        createdById: true,
        isDemo: true,
        _count: { select: { practices: true, software: true } },
      },
    });
    expect(stored).toEqual({
      hostRegionCode: HOST,
      visitorRegionCode: VISITOR,
      participantCount: 5,
      createdById: devBandung.id,
      isDemo: false,
      _count: { practices: 2, software: 1 },
    });
    const audit = await db().auditEvent.findFirst({
      where: { entityId: visitId, action: "visit.recorded" },
    });
    expect(audit?.actorId).toBe(devBandung.id);
  });

  it("refuses a future day, a practice of another region and the same region twice", async () => {
    const other = await db().practice.findFirstOrThrow({
      where: { regionCode: { not: HOST }, status: "PUBLISHED" },
      select: { id: true },
    });
    const result = await recordVisit(
      devBandung,
      input({ visitedOn: "2026-12-05", practiceIds: [other.id] }),
      {},
      "2026-12-04",
    );
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      errors: { visitedOn: "visits.error.future", practiceIds: "visits.error.practice" },
    });
    expect(
      await recordVisit(devBandung, input({ hostRegionCode: VISITOR }), {}, "2026-12-04"),
    ).toMatchObject({ ok: false, errors: { visitorRegionCode: "visits.error.same" } });
  });

  it("refuses a member of a third region: 403 from the module and from a crafted POST", async () => {
    const before = await db().studyVisit.count();
    expect(await recordVisit(outsider, input(), {}, "2026-12-04")).toMatchObject({
      ok: false,
      status: 403,
    });
    const answer = await post(
      newVisitAction,
      "/visits/new",
      {
        visitedOn: "2026-11-01",
        hostRegionCode: HOST,
        visitorRegionCode: VISITOR,
        practiceIds: practices[0]!.id,
        topics: "x",
      },
      { cookie: await cookieFor(outsiderEmail) },
    );
    expect(answer.status).toBe(403);
    expect(await db().studyVisit.count()).toBe(before);
  });
});

describe("turning a visit into draft commitments", () => {
  it("refuses the third region (403, crafted POST) and makes nothing", async () => {
    const before = await db().commitment.count();
    expect(
      await convertVisitToDrafts(outsider, visitId, { practiceIds: [practices[0]!.id] }),
    ).toMatchObject({ ok: false, status: 403 });
    const answer = await post(
      visitAction,
      `/visits/${visitId}`,
      { practiceIds: practices[0]!.id, mode: "each" },
      { cookie: await cookieFor(outsiderEmail), params: { id: visitId } },
    );
    expect(answer.status).toBe(403);
    expect(await db().commitment.count()).toBe(before);
  });

  it("makes one draft per thing seen: visitId, mentor = host, targets and baselines", async () => {
    const result = await convertVisitToDrafts(devBandung, visitId, {
      mode: "each",
      practiceIds: practices.map((p) => p.id),
      softwareIds: [softwareId],
    });
    expect(result).toMatchObject({ ok: true, skipped: 0 });
    const ids = (result as { ids: string[] }).ids;
    expect(ids).toHaveLength(3);
    const drafts = await db().commitment.findMany({
      where: { id: { in: ids } },
      select: {
        status: true,
        visitId: true,
        adopterRegionCode: true,
        mentorRegionCode: true,
        practiceId: true,
        software: { select: { softwareId: true } },
        indicators: {
          select: {
            baselineLevel: true,
            targetLevel: true,
            indicator: { select: { id: true, number: true, frameworkId: true } },
          },
        },
      },
    });
    for (const d of drafts) {
      expect(d).toMatchObject({
        status: "DRAFT",
        visitId,
        adopterRegionCode: VISITOR,
        mentorRegionCode: HOST,
      });
    }
    expect(new Set(drafts.map((d) => d.practiceId))).toEqual(
      new Set([...practices.map((p) => p.id), null]),
    );
    expect(drafts.find((d) => d.practiceId === null)?.software).toEqual([{ softwareId }]);
    // The targets are the practice's indicators; the baselines the latest submitted levels.
    const first = drafts.find((d) => d.practiceId === practices[0]!.id)!;
    const practiceIndicators = await db().practiceIndicator.findMany({
      where: { practiceId: practices[0]!.id },
      select: { indicatorId: true },
    });
    expect(first.indicators.length).toBeGreaterThan(0);
    for (const i of first.indicators) {
      expect(practiceIndicators.map((p) => p.indicatorId)).toContain(i.indicator.id);
      const [row] = await db().$queryRaw<Array<{ level: number }>>`
        SELECT l.level FROM "SelfAssessmentLevel" l JOIN "SelfAssessment" a ON a.id = l."assessmentId"
         WHERE a."regionCode" = ${VISITOR} AND a."frameworkId" = ${i.indicator.frameworkId}
           AND a.status IN ('SUBMITTED', 'LOCKED') AND l."indicatorNumber" = ${i.indicator.number}
         ORDER BY a.year DESC LIMIT 1`;
      expect(i.baselineLevel).toBe(row?.level ?? null);
      expect(i.targetLevel).toBe((row?.level ?? 0) + 1);
    }
    // The visit page lists the drafts, with links to /commitments/:id.
    const page = await getVisitPage(devBandung, visitId, "2026-12-04");
    expect(page.commitments.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(page.visit.practices.every((p) => p.followedUp)).toBe(true);
    // Converting again makes no duplicates.
    expect(
      await convertVisitToDrafts(devBandung, visitId, { practiceIds: [practices[0]!.id] }),
    ).toMatchObject({ ok: false, status: 409 });
  });
});

describe("turning a visit into drafts when the latest self-assessment rates only some indicators", () => {
  it("sets each target one above the baseline the draft stores (no refusal)", async () => {
    // A newer submitted self-assessment of the visitor that rates an unrelated indicator only:
    // the baseline of the practice's indicators still comes from the older one that rates them.
    const practice = practices[1]!;
    const numbers = (
      await db().practiceIndicator.findMany({
        where: { practiceId: practice.id },
        select: { indicator: { select: { number: true } } },
      })
    ).map((r) => r.indicator.number);
    const unrelated = [1, 2, 3, 4, 5, 6, 7].find((n) => !numbers.includes(n))!;
    await db().selfAssessment.create({
      data: {
        regionCode: VISITOR,
        frameworkId: "permenpanrb-59-2020",
        year: 2095,
        status: "SUBMITTED",
        levels: { create: [{ indicatorNumber: unrelated, level: 1 }] },
      },
    });
    await db().selfAssessment.create({
      data: {
        regionCode: VISITOR,
        frameworkId: "permenpanrb-59-2020",
        year: 2094,
        status: "SUBMITTED",
        levels: { create: numbers.map((n) => ({ indicatorNumber: n, level: 3 })) },
      },
    });
    const created = await recordVisit(
      devBandung,
      input({ practiceIds: [practice.id], softwareIds: [] }),
      {},
      "2026-12-04",
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const result = await convertVisitToDrafts(devBandung, created.id, {
      practiceIds: [practice.id],
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const rows = await db().commitmentIndicator.findMany({
      where: { commitmentId: { in: result.ids } },
      select: { baselineLevel: true, targetLevel: true },
    });
    expect(rows.length).toBe(numbers.length);
    expect(rows.every((r) => r.baselineLevel === 3 && r.targetLevel === 4)).toBe(true);
    await db().selfAssessment.deleteMany({
      where: { regionCode: VISITOR, year: { in: [2094, 2095] } },
    });
  });
});

describe("the 30-day flag", () => {
  it("is not set on day 30 after the visit and is on day 31, without a commitment", async () => {
    expect(isVisitFlagged({ visitedOn: "2026-10-01", commitmentCount: 0 }, "2026-10-31")).toBe(
      false,
    );
    expect(isVisitFlagged({ visitedOn: "2026-10-01", commitmentCount: 0 }, "2026-11-01")).toBe(
      true,
    );
    expect(isVisitFlagged({ visitedOn: "2026-10-01", commitmentCount: 1 }, "2026-11-01")).toBe(
      false,
    );
    const day = "2026-06-01";
    const created = await recordVisit(
      devBandung,
      input({ visitedOn: day, practiceIds: [practices[0]!.id], softwareIds: [] }),
      {},
      "2026-12-04",
    );
    const id = (created as { id: string }).id;
    const flaggedOn = async (today: string) => {
      const list = await listVisits(devBandung, filters({ visitor: VISITOR }), today);
      const listed = list.items.find((v) => v.id === id)!.flagged;
      const onlyFlagged = await listVisits(
        devBandung,
        filters({ visitor: VISITOR, flagged: true }),
        today,
      );
      expect(onlyFlagged.items.some((v) => v.id === id)).toBe(listed);
      const page = await getVisitPage(devBandung, id, today);
      expect(page.flagged).toBe(listed);
      return listed;
    };
    expect(await flaggedOn(addDays(day, 30))).toBe(false);
    expect(await flaggedOn(addDays(day, 31))).toBe(true);
    const before = (await conversionOf(HOST, addDays(day, 30))).flagged;
    expect((await conversionOf(HOST, addDays(day, 31))).flagged).toBe(before + 1);
  });
});

describe("the host's conversion", () => {
  it("equals the counts made directly in SQL", async () => {
    const today = "2026-12-04";
    const figures = await conversionOf(HOST, today);
    const [sql] = await db().$queryRaw<Array<Record<string, number>>>`
      SELECT
        (SELECT count(*) FROM "StudyVisit" WHERE "hostRegionCode" = ${HOST})::int AS visits,
        (SELECT count(DISTINCT v.id) FROM "StudyVisit" v JOIN "Commitment" c ON c."visitId" = v.id
          WHERE v."hostRegionCode" = ${HOST} AND c.status <> 'CANCELLED')::int AS "visitsWithCommitment",
        (SELECT count(*) FROM "Commitment" c JOIN "StudyVisit" v ON v.id = c."visitId"
          WHERE v."hostRegionCode" = ${HOST} AND c.status <> 'CANCELLED')::int AS commitments,
        (SELECT count(*) FROM "Commitment" c JOIN "StudyVisit" v ON v.id = c."visitId"
          WHERE v."hostRegionCode" = ${HOST} AND c.status IN ('IMPLEMENTED', 'VERIFIED'))::int AS implemented,
        (SELECT count(*) FROM "Commitment" c JOIN "StudyVisit" v ON v.id = c."visitId"
          WHERE v."hostRegionCode" = ${HOST} AND c.status = 'VERIFIED')::int AS verified,
        (SELECT count(*) FROM "StudyVisit" v WHERE v."hostRegionCode" = ${HOST}
          AND v."visitedOn" < (${today}::date - 30)
          AND NOT EXISTS (SELECT 1 FROM "Commitment" c WHERE c."visitId" = v.id AND c.status <> 'CANCELLED'))::int AS flagged`;
    const { includesDemo, ...counts } = figures;
    expect(counts).toEqual(sql);
    expect(includesDemo).toBe(true);
    // The demo data makes it a real funnel.
    expect(figures.visits).toBeGreaterThanOrEqual(20);
    expect(figures.verified).toBeGreaterThan(0);
    expect(figures.flagged).toBeGreaterThan(0);
  });
});
