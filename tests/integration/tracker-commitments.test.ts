// The tracker's commands and queries against the real database: Kota Bandung (the adopter)
// replicates a practice of Sumedang (the mentor). The adopter's secretary drafts and commits it;
// a developer may not commit; a member of a third region is refused every command; the mentor
// verifies only once every milestone has evidence and is confirmed; cancelling needs a reason; a
// commitment without an update for 31 days reads as stalled; a private commitment does not exist
// for a third region or a visitor. Every change leaves a timeline event and an audit entry.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import { db } from "../../app/db.server";
import { bilingual } from "../../app/i18n/translate";
import {
  addComment,
  createDraftCommitment,
  transitionCommitment,
} from "../../app/modules/tracker/commitment-commands.server";
import {
  getCommitmentPage,
  listCommitments,
} from "../../app/modules/tracker/commitment-queries.server";
import {
  addMilestoneEvidence,
  confirmMilestone,
  markMilestoneDone,
  returnMilestone,
} from "../../app/modules/tracker/milestone-commands.server";
import { appErrorStatus, isAppError } from "../../app/utils/app-error";
import { DEMO } from "../support/accounts";
import { actor } from "../support/actors";

const MENTOR = "32.11"; // Sumedang
const ADOPTER = "32.73"; // Kota Bandung
const FRAMEWORK = "permenpanrb-59-2020";

let sekdaBandung: Actor;
let devBandung: Actor;
let sekdaSumedang: Actor;
let devSumedang: Actor;
let coordinator: Actor;
let outsider: Actor;
let practiceId: string;
let indicatorIds: { first: string; second: string };

async function thrownStatus(run: () => Promise<unknown>): Promise<number> {
  try {
    await run();
  } catch (thrown) {
    if (isAppError(thrown)) return appErrorStatus(thrown);
    throw thrown;
  }
  return 200;
}

function draftInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "Menerapkan pengaduan terpadu ala Sumedang",
    adopterRegionCode: ADOPTER,
    mentorRegionCode: MENTOR,
    practiceId,
    indicators: [{ indicatorId: indicatorIds.first, targetLevel: 4 }],
    responsibleId: devBandung.id,
    startOn: "2026-01-05",
    dueOn: "2026-12-18",
    plan: "## Rencana\n\n1. Pelajari\n2. Terapkan",
    budgetSource: "APBD 2026",
    visibility: "MEMBERS",
    milestones: [
      { title: "Tim dibentuk", dueOn: "2026-02-27", weight: 1 },
      { title: "Aplikasi berjalan", dueOn: "2026-09-30", weight: 3 },
    ],
    ...overrides,
  };
}

async function draft(overrides: Record<string, unknown> = {}, by: Actor = sekdaBandung) {
  const result = await createDraftCommitment(by, draftInput(overrides));
  if (!result.ok) throw new Error(`draft refused: ${JSON.stringify(result)}`);
  return result.id;
}

const milestonesOf = (commitmentId: string) =>
  db().milestone.findMany({
    where: { commitmentId },
    orderBy: { position: "asc" },
    select: { id: true, state: true },
  });

const stored = (id: string) =>
  db().commitment.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      approvedById: true,
      approvedAt: true,
      verifiedById: true,
      verifiedAt: true,
      cancelReason: true,
      cancelledAt: true,
      lastActivityAt: true,
      _count: { select: { events: true } },
    },
  });

const auditActions = (entityIds: string[]) =>
  db()
    .auditEvent.findMany({
      where: { entityId: { in: entityIds } },
      orderBy: { at: "asc" },
      select: { action: true },
    })
    .then((rows) => rows.map((r) => r.action));

beforeAll(async () => {
  [sekdaBandung, devBandung, sekdaSumedang, devSumedang, coordinator] = await Promise.all([
    actor(DEMO.sekdaBandung),
    actor(DEMO.devBandung),
    actor(DEMO.sekdaSumedang),
    actor(DEMO.devSumedang),
    actor(DEMO.coordinator),
  ]);
  const third = await db().region.findFirstOrThrow({
    where: { code: { notIn: [MENTOR, ADOPTER] }, provinceCode: "32" },
    select: { code: true },
  });
  const user = await db().user.create({
    data: {
      email: "sekda.ketiga@example.go.id",
      name: "Sekda Daerah Ketiga",
      memberships: { create: { regionCode: third.code, role: "SECRETARY" } },
    },
    select: { id: true, email: true },
  });
  outsider = {
    id: user.id,
    email: user.email,
    isAdmin: false,
    isCoordinator: false,
    memberships: [{ regionCode: third.code, role: "SECRETARY" }],
  };
  practiceId = (
    await db().practice.findFirstOrThrow({ where: { regionCode: MENTOR }, select: { id: true } })
  ).id;
  const indicators = await db().frameworkIndicator.findMany({
    where: { frameworkId: FRAMEWORK, number: { in: [1, 2] } },
    orderBy: { number: "asc" },
    select: { id: true },
  });
  indicatorIds = { first: indicators[0]!.id, second: indicators[1]!.id };
  // The adopter's latest submitted self-assessment gives the baseline; a later draft does not.
  await db().selfAssessment.create({
    data: {
      regionCode: ADOPTER,
      frameworkId: FRAMEWORK,
      year: 2090,
      status: "SUBMITTED",
      levels: { create: [{ indicatorNumber: 1, level: 2 }] },
    },
  });
  await db().selfAssessment.create({
    data: {
      regionCode: ADOPTER,
      frameworkId: FRAMEWORK,
      year: 2091,
      status: "DRAFT",
      levels: { create: [{ indicatorNumber: 1, level: 4 }] },
    },
  });
});

describe("drafting a commitment", () => {
  it("is drafted and committed by the adopting region's secretary, baseline from the self-assessment", async () => {
    const id = await draft();
    const row = await db().commitment.findUniqueOrThrow({
      where: { id },
      select: {
        status: true,
        createdById: true,
        plan: true,
        budgetSource: true,
        indicators: { select: { indicatorId: true, baselineLevel: true, targetLevel: true } },
        milestones: { orderBy: { position: "asc" }, select: { title: true, weight: true } },
      },
    });
    expect(row).toMatchObject({
      status: "DRAFT",
      createdById: sekdaBandung.id,
      budgetSource: "APBD 2026",
      indicators: [{ indicatorId: indicatorIds.first, baselineLevel: 2, targetLevel: 4 }],
      milestones: [
        { title: "Tim dibentuk", weight: 1 },
        { title: "Aplikasi berjalan", weight: 3 },
      ],
    });

    // A developer of the adopting region may draft but not commit.
    expect(await transitionCommitment(devBandung, id, "commit")).toMatchObject({
      ok: false,
      status: 403,
      message: "tracker.refused.notYours",
    });
    expect((await stored(id)).status).toBe("DRAFT");

    const before = await stored(id);
    expect(await transitionCommitment(sekdaBandung, id, "commit")).toEqual({
      ok: true,
      status: "COMMITTED",
    });
    const after = await stored(id);
    expect(after).toMatchObject({ status: "COMMITTED", approvedById: sekdaBandung.id });
    expect(after.approvedAt).not.toBeNull();
    expect(after._count.events).toBe(before._count.events + 1);
    expect(after.lastActivityAt.getTime()).toBeGreaterThanOrEqual(before.lastActivityAt.getTime());
    expect(await auditActions([id])).toEqual(["commitment.created", "commitment.commit"]);
    // Committing twice: the state has moved on.
    expect(await transitionCommitment(sekdaBandung, id, "commit")).toMatchObject({ status: 409 });
  });

  it("refuses bad input with field errors from both catalogues and changes nothing", async () => {
    const count = await db().commitment.count();
    const result = await createDraftCommitment(
      sekdaBandung,
      draftInput({
        title: "",
        mentorRegionCode: ADOPTER,
        startOn: "2026-05-01",
        dueOn: "2026-04-01",
        milestones: [{ title: "", weight: 0 }],
        indicators: [{ indicatorId: indicatorIds.first, targetLevel: 6 }],
      }),
    );
    expect(result).toMatchObject({ ok: false, status: 422 });
    const errors = (result as { errors: Record<string, string> }).errors;
    expect(errors).toMatchObject({
      title: "tracker.error.title",
      mentorRegionCode: "tracker.error.mentorSame",
      dueOn: "tracker.error.dueBeforeStart",
      "milestones.0.title": "tracker.error.milestoneTitle",
      "milestones.0.weight": "tracker.error.milestoneWeight",
      "indicators.0.targetLevel": "tracker.error.targetLevel",
    });
    for (const key of Object.values(errors)) {
      const text = bilingual(key as Parameters<typeof bilingual>[0]);
      expect(text.id).not.toBe(key);
      expect(text.en).not.toBe(key);
      expect(text.id).not.toBe(text.en);
    }

    // The database's checks: a target not above the self-assessed baseline, a responsible person
    // outside the adopting region.
    const checked = await createDraftCommitment(
      sekdaBandung,
      draftInput({
        indicators: [{ indicatorId: indicatorIds.first, targetLevel: 2 }],
        responsibleId: devSumedang.id,
      }),
    );
    expect(checked).toMatchObject({
      ok: false,
      status: 422,
      errors: {
        "indicators.0.targetLevel": "tracker.error.targetNotAbove",
        responsibleId: "tracker.error.responsible",
      },
    });
    // Replicating nothing.
    expect(await createDraftCommitment(sekdaBandung, draftInput({ practiceId: "" }))).toMatchObject(
      {
        status: 422,
        errors: { practiceId: "tracker.error.replicates" },
      },
    );
    expect(await db().commitment.count()).toBe(count);
  });

  it("may be drafted by a coordinator, not by another region's people", async () => {
    const count = await db().commitment.count();
    expect(await createDraftCommitment(sekdaSumedang, draftInput())).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await createDraftCommitment(outsider, draftInput())).toMatchObject({ status: 403 });
    expect(await db().commitment.count()).toBe(count);
    const byCentre = await createDraftCommitment(coordinator, draftInput({ responsibleId: "" }));
    expect(byCentre.ok).toBe(true);
  });
});

describe("a replication from commitment to verification", () => {
  it("refuses a third region every command, verifies only with evidence and confirmations", async () => {
    const id = await draft();
    const [first, second] = await milestonesOf(id);
    expect(await transitionCommitment(sekdaBandung, id, "commit")).toMatchObject({ ok: true });
    expect(await transitionCommitment(devBandung, id, "start")).toMatchObject({ ok: true });

    // A member of a third region: 403 on every command (the commitment is MEMBERS, so readable).
    const link = { links: [{ url: "https://bandung.go.id/sk-tim.pdf", label: "SK tim" }] };
    for (const transition of ["commit", "start", "implement", "verify", "reopen", "cancel"])
      expect(await transitionCommitment(outsider, id, transition, "alasan")).toMatchObject({
        ok: false,
        status: 403,
      });
    expect(await markMilestoneDone(outsider, first!.id, link)).toMatchObject({ status: 403 });
    expect(await addMilestoneEvidence(outsider, first!.id, link)).toMatchObject({ status: 403 });
    expect(await confirmMilestone(outsider, first!.id)).toMatchObject({ status: 403 });
    expect(await returnMilestone(outsider, first!.id, "kurang")).toMatchObject({ status: 403 });
    expect(await addComment(outsider, id, "Boleh kami ikut?")).toMatchObject({ status: 403 });
    // The mentor may not mark the adopter's milestone done, the adopter may not confirm it.
    expect(await markMilestoneDone(devSumedang, first!.id, link)).toMatchObject({ status: 403 });

    // Marking done needs evidence; a link that is not http(s) is refused.
    expect(await markMilestoneDone(devBandung, first!.id)).toMatchObject({
      status: 422,
      message: "tracker.refused.milestoneEvidence",
    });
    expect(
      await markMilestoneDone(devBandung, first!.id, { links: [{ url: "javascript:alert(1)" }] }),
    ).toMatchObject({ status: 422, errors: { "links.0.url": "tracker.error.link" } });
    // An evidence record of another region is not the adopter's evidence.
    const foreign = await db().evidenceRecord.create({
      data: {
        regionCode: MENTOR,
        frameworkId: FRAMEWORK,
        year: 2026,
        title: "Bukti Sumedang",
        level: 3,
        effectiveDate: new Date("2026-01-01"),
      },
      select: { id: true },
    });
    expect(
      await markMilestoneDone(devBandung, first!.id, { evidenceRecordIds: [foreign.id] }),
    ).toMatchObject({ status: 422, errors: { evidenceRecordIds: "tracker.error.evidenceRecord" } });
    expect((await milestonesOf(id))[0]!.state).toBe("OPEN");

    expect(await markMilestoneDone(devBandung, first!.id, link)).toMatchObject({
      ok: true,
      state: "DONE",
      evidenceAdded: 1,
    });
    expect(await confirmMilestone(devBandung, first!.id)).toMatchObject({ status: 403 });
    // The mentor returns it with a comment (a comment is needed), then confirms it once done again.
    expect(await returnMilestone(devSumedang, first!.id, "  ")).toMatchObject({ status: 422 });
    expect(await returnMilestone(devSumedang, first!.id, "SK belum ditandatangani")).toMatchObject({
      ok: true,
      state: "OPEN",
    });
    expect(await markMilestoneDone(devBandung, first!.id)).toMatchObject({
      ok: true,
      state: "DONE",
    });
    expect(await confirmMilestone(devSumedang, first!.id)).toMatchObject({
      ok: true,
      state: "CONFIRMED",
    });

    // Not implemented while a milestone is open.
    expect(await transitionCommitment(devBandung, id, "implement")).toMatchObject({
      status: 422,
      message: "tracker.refused.milestonesOpen",
    });
    expect(
      await markMilestoneDone(devBandung, second!.id, {
        links: [{ url: "http://layanan.bandung.go.id/pengaduan", label: "Aplikasi" }],
      }),
    ).toMatchObject({ ok: true, state: "DONE" });
    expect(await transitionCommitment(devBandung, id, "implement")).toMatchObject({ ok: true });
    // Milestones do not move once implemented; verification waits for the mentor's confirmation.
    expect(await confirmMilestone(devSumedang, second!.id)).toMatchObject({ status: 409 });
    expect(await transitionCommitment(sekdaSumedang, id, "verify")).toMatchObject({
      status: 422,
      message: "tracker.refused.milestonesUnconfirmed",
    });
    // The mentor sends it back with a comment; the milestone is confirmed in progress.
    expect(await transitionCommitment(sekdaSumedang, id, "reopen")).toMatchObject({ status: 422 });
    expect(
      await transitionCommitment(sekdaSumedang, id, "reopen", "Konfirmasi tahap 2 dulu"),
    ).toMatchObject({ ok: true, status: "IN_PROGRESS" });
    expect(await confirmMilestone(sekdaSumedang, second!.id)).toMatchObject({ ok: true });
    expect(await transitionCommitment(devBandung, id, "implement")).toMatchObject({ ok: true });
    // A developer of the mentor region may confirm milestones but not verify.
    expect(await transitionCommitment(devSumedang, id, "verify")).toMatchObject({ status: 403 });
    expect(await transitionCommitment(sekdaSumedang, id, "verify")).toEqual({
      ok: true,
      status: "VERIFIED",
    });
    expect(await stored(id)).toMatchObject({ status: "VERIFIED", verifiedById: sekdaSumedang.id });

    // The thread and the page.
    expect(await addComment(devSumedang, id, "Selamat!")).toMatchObject({ ok: true });
    expect(await addComment(devBandung, id, "")).toMatchObject({
      status: 422,
      errors: { text: "tracker.error.comment" },
    });
    const page = await getCommitmentPage(devBandung, id, { today: "2026-12-01" });
    expect(page.progress).toBe(100);
    expect(page.stall.stalled).toBe(false);
    expect(page.transitions).toEqual([]);
    expect(page.events[0]).toMatchObject({ kind: "comment", text: "Selamat!" });
    expect(page.events.at(-1)).toMatchObject({ kind: "created" });
    expect(page.events.map((e) => e.kind)).toContain("milestoneReturned");
    expect(page.milestones[0]!.evidence).toHaveLength(1);
    expect(page.milestones[0]!.evidence[0]).toMatchObject({
      kind: "link",
      url: "https://bandung.go.id/sk-tim.pdf",
    });
    const milestoneIds = (await milestonesOf(id)).map((m) => m.id);
    const actions = await auditActions([id, ...milestoneIds]);
    expect(actions.filter((a) => a === "commitment.verify")).toHaveLength(1);
    expect(actions).toContain("commitment.milestoneConfirmed");
    expect(actions).toContain("commitment.milestoneReturned");
    expect(actions.at(-1)).toBe("commitment.commented");
  });

  it("refuses verification while a milestone has no evidence", async () => {
    const id = await draft();
    // Milestones made done without the commands (e.g. data from before evidence was required).
    await db().commitment.update({ where: { id }, data: { status: "IMPLEMENTED" } });
    const [first] = await milestonesOf(id);
    await db().milestone.updateMany({ where: { commitmentId: id }, data: { state: "CONFIRMED" } });
    await db().milestoneEvidence.create({
      data: { milestoneId: first!.id, kind: "link", url: "https://bandung.go.id/a" },
    });
    const refusedVerify = await transitionCommitment(coordinator, id, "verify");
    expect(refusedVerify).toMatchObject({
      ok: false,
      status: 422,
      message: "tracker.refused.evidenceMissing",
      params: { milestones: "Aplikasi berjalan" },
    });
    expect((await stored(id)).status).toBe("IMPLEMENTED");
  });

  it("cancels only with a reason, by the adopting region's secretary", async () => {
    const id = await draft();
    expect(await transitionCommitment(sekdaBandung, id, "cancel", "   ")).toMatchObject({
      ok: false,
      status: 422,
      message: "tracker.refused.reason",
    });
    expect(await transitionCommitment(devBandung, id, "cancel", "Anggaran")).toMatchObject({
      status: 403,
    });
    expect(await transitionCommitment(sekdaBandung, id, "cancel", " Anggaran dialihkan ")).toEqual({
      ok: true,
      status: "CANCELLED",
    });
    const row = await stored(id);
    expect(row).toMatchObject({ status: "CANCELLED", cancelReason: "Anggaran dialihkan" });
    expect(row.cancelledAt).not.toBeNull();
    expect(await transitionCommitment(sekdaBandung, id, "cancel", "lagi")).toMatchObject({
      status: 409,
    });
  });
});

describe("reading commitments", () => {
  it("reads a commitment without an update for 31 days as stalled, in the page and the list", async () => {
    const id = await draft({ title: "Komitmen yang terhenti" });
    await transitionCommitment(sekdaBandung, id, "commit");
    const today = "2026-11-20";
    const quiet = new Date(`2026-10-20T10:00:00+07:00`); // 31 days before today, in WIB
    await db().commitment.update({ where: { id }, data: { lastActivityAt: quiet } });
    // The milestones are not overdue on this day.
    await db().milestone.updateMany({
      where: { commitmentId: id },
      data: { dueOn: new Date("2026-12-31") },
    });
    const page = await getCommitmentPage(devBandung, id, { today });
    expect(page.stall).toEqual({ stalled: true, since: "2026-11-19", reasons: ["noUpdate"] });
    // One day earlier (30 days quiet) it is stalled from that day; two days earlier, not yet.
    expect((await getCommitmentPage(devBandung, id, { today: "2026-11-18" })).stall.stalled).toBe(
      false,
    );
    const stalled = await listCommitments(
      devBandung,
      { stalled: "true", region: ADOPTER },
      { today },
    );
    expect(stalled.items.map((i) => i.id)).toContain(id);
    expect(stalled.items.every((i) => i.stall.stalled)).toBe(true);
    const notStalled = await listCommitments(devBandung, { stalled: "false" }, { today });
    expect(notStalled.items.map((i) => i.id)).not.toContain(id);
    // A comment is an update: no longer stalled.
    await addComment(devSumedang, id, "Bagaimana kabarnya?");
    expect((await getCommitmentPage(devBandung, id, { today: "2026-12-01" })).stall.stalled).toBe(
      false,
    );
  });

  it("keeps a private commitment from a third region and from visitors (404)", async () => {
    const id = await draft({ title: "Komitmen rahasia", visibility: "PRIVATE" });
    for (const viewer of [outsider, null]) {
      expect(await thrownStatus(() => getCommitmentPage(viewer, id))).toBe(404);
      const list = await listCommitments(viewer, { limit: 100 });
      expect(list.items.map((i) => i.id)).not.toContain(id);
    }
    // Commands by the third region on it: 404, as if it did not exist.
    expect(await thrownStatus(() => transitionCommitment(outsider, id, "commit"))).toBe(404);
    expect(await thrownStatus(() => addComment(outsider, id, "Halo"))).toBe(404);
    const [first] = await milestonesOf(id);
    expect(await thrownStatus(() => confirmMilestone(outsider, first!.id))).toBe(404);
    // Both regions and the centre read it.
    for (const viewer of [devBandung, devSumedang, coordinator]) {
      const page = await getCommitmentPage(viewer, id);
      expect(page.commitment.title).toBe("Komitmen rahasia");
      const list = await listCommitments(viewer, { limit: 100 });
      expect(list.items.map((i) => i.id)).toContain(id);
    }
    // The secretary sees the commit button; the mentor region does not.
    expect((await getCommitmentPage(sekdaBandung, id)).transitions).toEqual(["commit", "cancel"]);
    expect((await getCommitmentPage(sekdaSumedang, id)).transitions).toEqual([]);
    // A public commitment is readable by a visitor; a members one is not.
    const open = await draft({ title: "Komitmen terbuka", visibility: "PUBLIC" });
    const members = await draft({ title: "Komitmen anggota", visibility: "MEMBERS" });
    expect((await getCommitmentPage(null, open)).commitment.title).toBe("Komitmen terbuka");
    expect(await thrownStatus(() => getCommitmentPage(null, members))).toBe(404);
    expect((await getCommitmentPage(outsider, members)).mayComment).toBe(false);
  });

  it("filters by region, mentor, status and indicator and pages", async () => {
    const id = await draft({
      title: "Komitmen indikator dua",
      indicators: [{ indicatorId: indicatorIds.second, targetLevel: 5, baselineLevel: 1 }],
    });
    const byIndicator = await listCommitments(coordinator, { indicator: "2", status: "DRAFT" });
    expect(byIndicator.items.map((i) => i.id)).toEqual([id]);
    expect(byIndicator.items[0]).toMatchObject({ indicators: [2], progress: 0 });
    const byMentor = await listCommitments(coordinator, { mentor: ADOPTER });
    expect(byMentor.total).toBe(0);
    const all = await listCommitments(coordinator, { region: ADOPTER, mentor: MENTOR });
    const firstPage = await listCommitments(coordinator, { region: ADOPTER, limit: 2, page: 1 });
    const secondPage = await listCommitments(coordinator, { region: ADOPTER, limit: 2, page: 2 });
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.total).toBe(all.total);
    expect(secondPage.items.map((i) => i.id)).not.toContain(firstPage.items[0]!.id);
    // Nonsense filters are ignored, never a 500.
    const nonsense = await listCommitments(coordinator, { status: "NOPE", page: "-3", limit: "x" });
    expect(nonsense).toMatchObject({ page: 1, limit: 20 });
  });
});
