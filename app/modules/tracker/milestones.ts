// A commitment's milestones are signed off by two parties: the adopting region marks one done,
// with evidence; the mentor region confirms it, or returns it with a comment (it is open again).
// Progress is the share of confirmed milestones, weighted when milestones carry weights; it is
// computed, never typed in. Pure: no database.
import { can, type Actor } from "~/auth/policy";
import type { MessageKey } from "~/i18n/translate";
import {
  COMMITMENT_TEXT_MAX,
  type CommitmentSnapshot,
  type CommitmentStatus,
  type MilestoneState,
} from "./commitment-status";

export const MILESTONE_TRANSITION_NAMES = ["markDone", "confirm", "return"] as const;
export type MilestoneTransition = (typeof MILESTONE_TRANSITION_NAMES)[number];

/** Milestones move while the commitment is approved and not yet implemented. */
const WORKING: readonly CommitmentStatus[] = ["COMMITTED", "IN_PROGRESS"];

export const MILESTONE_TRANSITIONS: Record<
  MilestoneTransition,
  {
    from: MilestoneState;
    to: MilestoneState;
    party: "adopter" | "mentor";
    action: "record:update" | "milestone:confirm";
  }
> = {
  markDone: { from: "OPEN", to: "DONE", party: "adopter", action: "record:update" },
  confirm: { from: "DONE", to: "CONFIRMED", party: "mentor", action: "milestone:confirm" },
  return: { from: "DONE", to: "OPEN", party: "mentor", action: "milestone:confirm" },
};

/** The timeline event (and audit action `commitment.<kind>`) of each milestone change. */
export const MILESTONE_EVENT_KINDS = {
  markDone: "milestoneDone",
  confirm: "milestoneConfirmed",
  return: "milestoneReturned",
} as const satisfies Record<MilestoneTransition, string>;

export type MilestoneCheck =
  | { ok: true; to: MilestoneState }
  | { ok: false; status: 403 | 409 | 422; message: MessageKey; params?: { max: number } };

export function checkMilestoneTransition(
  actor: Actor | null,
  commitment: Omit<CommitmentSnapshot, "milestones">,
  milestone: { state: MilestoneState; evidenceCount: number },
  transition: MilestoneTransition,
  comment = "",
): MilestoneCheck {
  const rule = MILESTONE_TRANSITIONS[transition];
  const regionCode =
    rule.party === "adopter" ? commitment.adopterRegionCode : commitment.mentorRegionCode;
  if (!can(actor, rule.action, { regionCode }))
    return { ok: false, status: 403, message: "tracker.refused.notYours" };
  if (!WORKING.includes(commitment.status) || milestone.state !== rule.from)
    return { ok: false, status: 409, message: "tracker.refused.wrongState" };
  if (transition === "markDone" && milestone.evidenceCount === 0)
    return { ok: false, status: 422, message: "tracker.refused.milestoneEvidence" };
  const trimmed = comment.trim();
  if (transition === "return" && (trimmed.length === 0 || trimmed.length > COMMITMENT_TEXT_MAX))
    return {
      ok: false,
      status: 422,
      message: "tracker.refused.comment",
      params: { max: COMMITMENT_TEXT_MAX },
    };
  return { ok: true, to: rule.to };
}

/**
 * Confirmed milestones as a whole percentage of all, by weight (a missing weight counts 1).
 * Rounded down, so 100 % means every milestone is confirmed; no milestones is 0 %.
 */
export function progressPercent(
  milestones: ReadonlyArray<{ state: MilestoneState; weight?: number | null }>,
): number {
  const weightOf = (m: { weight?: number | null }) =>
    typeof m.weight === "number" && Number.isFinite(m.weight) && m.weight > 0 ? m.weight : 1;
  const total = milestones.reduce((sum, m) => sum + weightOf(m), 0);
  if (total === 0) return 0;
  const confirmed = milestones
    .filter((m) => m.state === "CONFIRMED")
    .reduce((sum, m) => sum + weightOf(m), 0);
  // Integer arithmetic where weights are integers; the epsilon keeps 1/3 + 2/3 at 100.
  return Math.floor((confirmed * 100) / total + 1e-9);
}
