// The tracker's rules as the two regions and the centre meet them: who may move a commitment and
// when (verification only with every milestone confirmed and evidenced, cancellation only with a
// reason), two-party milestone sign-off, progress from confirmed milestones, and "stalled" with
// its escalation computed from the documented thresholds.
import { describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import {
  allowedCommitmentTransitions,
  checkCommitmentTransition,
  COMMITMENT_TRANSITION_NAMES,
  type CommitmentSnapshot,
} from "../../app/modules/tracker/commitment-status";
import { checkMilestoneTransition, progressPercent } from "../../app/modules/tracker/milestones";
import { escalationSteps, stallState } from "../../app/modules/tracker/stalled";

const ADOPTER = "32.73"; // Kota Bandung replicates
const MENTOR = "32.11"; // Sumedang's practice
const person = (regionCode: string | null, role: "DEVELOPER" | "SECRETARY", extra = {}): Actor => ({
  id: "u",
  email: "u@example.id",
  isAdmin: false,
  isCoordinator: false,
  memberships: regionCode ? [{ regionCode, role }] : [],
  ...extra,
});
const adopterDev = person(ADOPTER, "DEVELOPER");
const adopterSecretary = person(ADOPTER, "SECRETARY");
const mentorDev = person(MENTOR, "DEVELOPER");
const mentorSecretary = person(MENTOR, "SECRETARY");
const thirdSecretary = person("33.74", "SECRETARY");
const coordinator = person(null, "DEVELOPER", { isCoordinator: true });

const commitment = (over: Partial<CommitmentSnapshot> = {}): CommitmentSnapshot => ({
  status: "DRAFT",
  adopterRegionCode: ADOPTER,
  mentorRegionCode: MENTOR,
  milestones: [
    { title: "Instalasi", state: "CONFIRMED", evidenceCount: 1 },
    { title: "Pelatihan", state: "CONFIRMED", evidenceCount: 2 },
  ],
  ...over,
});

describe("commitment transitions", () => {
  it("walks draft -> committed -> in progress -> implemented -> verified with the right people", () => {
    const walk = [
      ["commit", "DRAFT", adopterSecretary, "COMMITTED"],
      ["start", "COMMITTED", adopterDev, "IN_PROGRESS"],
      ["implement", "IN_PROGRESS", adopterDev, "IMPLEMENTED"],
      ["verify", "IMPLEMENTED", mentorSecretary, "VERIFIED"],
    ] as const;
    for (const [transition, from, actor, to] of walk)
      expect(checkCommitmentTransition(actor, commitment({ status: from }), transition)).toEqual({
        ok: true,
        to,
      });
    expect(
      checkCommitmentTransition(coordinator, commitment({ status: "IMPLEMENTED" }), "verify"),
    ).toEqual({ ok: true, to: "VERIFIED" });
  });

  it("refuses a third region's people every transition with 403, in every state", () => {
    for (const status of ["DRAFT", "COMMITTED", "IN_PROGRESS", "IMPLEMENTED"] as const) {
      expect(allowedCommitmentTransitions(thirdSecretary, commitment({ status }))).toEqual([]);
      for (const transition of COMMITMENT_TRANSITION_NAMES)
        expect(
          checkCommitmentTransition(thirdSecretary, commitment({ status }), transition, "alasan"),
        ).toMatchObject({ ok: false, status: 403 });
    }
  });

  it("keeps each side to its own decisions", () => {
    // Only the adopting secretary approves; the adopter may not verify its own replication.
    expect(checkCommitmentTransition(adopterDev, commitment(), "commit")).toMatchObject({
      status: 403,
    });
    expect(checkCommitmentTransition(coordinator, commitment(), "commit")).toMatchObject({
      status: 403,
    });
    const implemented = commitment({ status: "IMPLEMENTED" });
    expect(checkCommitmentTransition(adopterSecretary, implemented, "verify")).toMatchObject({
      status: 403,
    });
    expect(checkCommitmentTransition(mentorDev, implemented, "verify")).toMatchObject({
      status: 403,
    });
    expect(allowedCommitmentTransitions(mentorSecretary, implemented)).toEqual([
      "verify",
      "reopen",
    ]);
  });

  it("answers 409 for a transition from the wrong state (a stale page, a crafted POST)", () => {
    expect(
      checkCommitmentTransition(mentorSecretary, commitment({ status: "IN_PROGRESS" }), "verify"),
    ).toMatchObject({ ok: false, status: 409, message: "tracker.refused.wrongState" });
    expect(
      checkCommitmentTransition(
        adopterSecretary,
        commitment({ status: "VERIFIED" }),
        "cancel",
        "x",
      ),
    ).toMatchObject({ status: 409 });
  });

  it("refuses verification without evidence on every milestone, naming them", () => {
    const missing = commitment({
      status: "IMPLEMENTED",
      milestones: [
        { title: "Instalasi", state: "CONFIRMED", evidenceCount: 1 },
        { title: "Pelatihan", state: "CONFIRMED", evidenceCount: 0 },
      ],
    });
    expect(checkCommitmentTransition(mentorSecretary, missing, "verify")).toEqual({
      ok: false,
      status: 422,
      message: "tracker.refused.evidenceMissing",
      params: { milestones: "Pelatihan" },
    });
    const none = commitment({ status: "IMPLEMENTED", milestones: [] });
    expect(checkCommitmentTransition(mentorSecretary, none, "verify")).toMatchObject({
      status: 422,
      message: "tracker.refused.noMilestones",
    });
    // Nor is a plan without milestones approved: it could never be carried out.
    const emptyDraft = commitment({ status: "DRAFT", milestones: [] });
    expect(checkCommitmentTransition(adopterSecretary, emptyDraft, "commit")).toMatchObject({
      status: 422,
      message: "tracker.refused.noMilestones",
    });
    const unconfirmed = commitment({
      status: "IMPLEMENTED",
      milestones: [{ title: "Instalasi", state: "DONE", evidenceCount: 1 }],
    });
    expect(checkCommitmentTransition(mentorSecretary, unconfirmed, "verify")).toMatchObject({
      status: 422,
      message: "tracker.refused.milestonesUnconfirmed",
    });
  });

  it("needs a reason to cancel and a comment to send back, and no open milestone to implement", () => {
    const open = commitment({ status: "IN_PROGRESS" });
    expect(checkCommitmentTransition(adopterSecretary, open, "cancel", "   ")).toMatchObject({
      status: 422,
      message: "tracker.refused.reason",
    });
    expect(
      checkCommitmentTransition(adopterSecretary, open, "cancel", "Anggaran dialihkan"),
    ).toEqual({ ok: true, to: "CANCELLED" });
    expect(
      checkCommitmentTransition(coordinator, open, "cancel", "Tidak ada tindak lanjut"),
    ).toEqual({ ok: true, to: "CANCELLED" });
    expect(
      checkCommitmentTransition(mentorSecretary, commitment({ status: "IMPLEMENTED" }), "reopen"),
    ).toMatchObject({ status: 422, message: "tracker.refused.comment" });
    const notDone = commitment({
      status: "IN_PROGRESS",
      milestones: [{ title: "Pelatihan", state: "OPEN", evidenceCount: 0 }],
    });
    expect(checkCommitmentTransition(adopterDev, notDone, "implement")).toMatchObject({
      status: 422,
      params: { milestones: "Pelatihan" },
    });
  });
});

describe("milestones", () => {
  const working = {
    status: "IN_PROGRESS",
    adopterRegionCode: ADOPTER,
    mentorRegionCode: MENTOR,
  } as const;

  it("is marked done by the adopter with evidence and confirmed or returned by the mentor", () => {
    const open = { state: "OPEN", evidenceCount: 1 } as const;
    expect(checkMilestoneTransition(adopterDev, working, open, "markDone")).toEqual({
      ok: true,
      to: "DONE",
    });
    expect(
      checkMilestoneTransition(
        adopterDev,
        working,
        { state: "OPEN", evidenceCount: 0 },
        "markDone",
      ),
    ).toMatchObject({ status: 422, message: "tracker.refused.milestoneEvidence" });
    const done = { state: "DONE", evidenceCount: 1 } as const;
    expect(checkMilestoneTransition(adopterDev, working, done, "confirm")).toMatchObject({
      status: 403,
    });
    expect(checkMilestoneTransition(mentorDev, working, done, "confirm")).toEqual({
      ok: true,
      to: "CONFIRMED",
    });
    expect(checkMilestoneTransition(mentorDev, working, done, "return")).toMatchObject({
      status: 422,
    });
    expect(checkMilestoneTransition(mentorDev, working, done, "return", "Foto belum ada")).toEqual({
      ok: true,
      to: "OPEN",
    });
    expect(checkMilestoneTransition(thirdSecretary, working, done, "confirm")).toMatchObject({
      status: 403,
    });
    expect(
      checkMilestoneTransition(adopterDev, { ...working, status: "DRAFT" }, open, "markDone"),
    ).toMatchObject({ status: 409 });
  });

  it("computes progress from confirmed milestones, weighted, rounded down", () => {
    expect(progressPercent([])).toBe(0);
    expect(progressPercent([{ state: "CONFIRMED" }, { state: "DONE" }, { state: "OPEN" }])).toBe(
      33,
    );
    expect(
      progressPercent([
        { state: "CONFIRMED", weight: 3 },
        { state: "DONE", weight: 1 },
      ]),
    ).toBe(75);
    expect(
      progressPercent([{ state: "CONFIRMED" }, { state: "CONFIRMED" }, { state: "CONFIRMED" }]),
    ).toBe(100);
    // A done but unconfirmed milestone is not progress yet.
    expect(progressPercent([{ state: "DONE", weight: 5 }])).toBe(0);
  });
});

describe("stalled and escalation", () => {
  const base = { status: "IN_PROGRESS", lastActivityOn: "2026-10-01", milestones: [] } as const;

  it("stalls 30 days after the last update, not a day earlier", () => {
    expect(stallState(base, "2026-10-30").stalled).toBe(false);
    expect(stallState(base, "2026-10-31")).toEqual({
      stalled: true,
      since: "2026-10-31",
      reasons: ["noUpdate"],
    });
    expect(stallState({ ...base, status: "VERIFIED" }, "2027-01-01").stalled).toBe(false);
    expect(stallState({ ...base, status: "DRAFT" }, "2027-01-01").stalled).toBe(false);
  });

  it("stalls 14 days after an unconfirmed milestone's due date", () => {
    const late = {
      ...base,
      lastActivityOn: "2026-11-20",
      milestones: [
        { dueOn: "2026-11-01", state: "DONE" },
        { dueOn: "2026-10-01", state: "CONFIRMED" },
      ],
    } as const;
    expect(stallState(late, "2026-11-14").stalled).toBe(false);
    expect(stallState(late, "2026-11-15")).toEqual({
      stalled: true,
      since: "2026-11-15",
      reasons: ["milestoneOverdue"],
    });
  });

  it("reaches the person responsible, then the secretary 7 days later, then the coordinators", () => {
    const stall = stallState(base, "2026-12-01");
    expect(escalationSteps(stall, "2026-11-06").map((s) => s.step)).toEqual(["responsible"]);
    expect(escalationSteps(stall, "2026-11-07")).toEqual([
      { step: "responsible", on: "2026-10-31" },
      { step: "secretary", on: "2026-11-07" },
    ]);
    expect(escalationSteps(stall, "2026-11-14").map((s) => s.step)).toEqual([
      "responsible",
      "secretary",
      "coordinators",
    ]);
    const custom = { stallDays: 10, overdueDays: 5, escalationDays: 2 };
    expect(stallState(base, "2026-10-11", custom).since).toBe("2026-10-11");
  });
});
