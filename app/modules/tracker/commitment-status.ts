// The one transition table of a follow-up commitment (komitmen tindak lanjut), enforced on the
// server: draft -> committed (the adopting region's secretary approves) -> in progress ->
// implemented -> verified (the mentor region's secretary or a coordinator, only when every
// milestone is confirmed and has evidence), and cancelled, with a reason, from any open state.
// Pure: no database; the commands load a snapshot and ask here.
import { can, type Action, type Actor } from "~/auth/policy";
import type { MessageKey, MessageParams } from "~/i18n/translate";

export const COMMITMENT_STATUSES = [
  "DRAFT",
  "COMMITTED",
  "IN_PROGRESS",
  "IMPLEMENTED",
  "VERIFIED",
  "CANCELLED",
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** States in which work is still going on (or can still be cancelled). */
export const OPEN_COMMITMENT_STATUSES = [
  "DRAFT",
  "COMMITTED",
  "IN_PROGRESS",
  "IMPLEMENTED",
] as const satisfies readonly CommitmentStatus[];

export const COMMITMENT_TRANSITION_NAMES = [
  "commit",
  "start",
  "implement",
  "verify",
  "reopen",
  "cancel",
] as const;
export type CommitmentTransition = (typeof COMMITMENT_TRANSITION_NAMES)[number];

/** Whose side decides: the adopting region or the mentor region (the source of the practice). */
export type Party = "adopter" | "mentor";

interface TransitionRule {
  from: readonly CommitmentStatus[];
  to: CommitmentStatus;
  party: Party;
  action: Action;
  /** A text the actor must give: a cancellation reason, or the mentor's comment on a return. */
  needsText?: "reason" | "comment";
}

export const COMMITMENT_TRANSITIONS: Record<CommitmentTransition, TransitionRule> = {
  // The adopting region's secretary approves the plan.
  commit: { from: ["DRAFT"], to: "COMMITTED", party: "adopter", action: "commitment:approve" },
  // The adopting region's people report the work.
  start: { from: ["COMMITTED"], to: "IN_PROGRESS", party: "adopter", action: "record:update" },
  implement: {
    from: ["IN_PROGRESS"],
    to: "IMPLEMENTED",
    party: "adopter",
    action: "record:update",
  },
  // The mentor region's secretary or a coordinator verifies, or sends it back with a comment.
  verify: { from: ["IMPLEMENTED"], to: "VERIFIED", party: "mentor", action: "commitment:verify" },
  reopen: {
    from: ["IMPLEMENTED"],
    to: "IN_PROGRESS",
    party: "mentor",
    action: "commitment:verify",
    needsText: "comment",
  },
  // The adopting region's secretary or a coordinator.
  cancel: {
    from: OPEN_COMMITMENT_STATUSES,
    to: "CANCELLED",
    party: "adopter",
    action: "record:publish",
    needsText: "reason",
  },
};

export const COMMITMENT_TEXT_MAX = 2000;

/** What the table needs to know of a commitment and its milestones. */
export interface CommitmentSnapshot {
  status: CommitmentStatus;
  adopterRegionCode: string;
  mentorRegionCode: string;
  milestones: ReadonlyArray<{ title: string; state: MilestoneState; evidenceCount: number }>;
}

export const MILESTONE_STATES = ["OPEN", "DONE", "CONFIRMED"] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export type TransitionCheck =
  | { ok: true; to: CommitmentStatus }
  | { ok: false; status: 403 | 409 | 422; message: MessageKey; params?: MessageParams };

function partyRegion(commitment: CommitmentSnapshot, party: Party): string {
  return party === "adopter" ? commitment.adopterRegionCode : commitment.mentorRegionCode;
}

/** May the actor make this transition on this commitment, in its present state, with this text? */
export function checkCommitmentTransition(
  actor: Actor | null,
  commitment: CommitmentSnapshot,
  transition: CommitmentTransition,
  text = "",
): TransitionCheck {
  const rule = COMMITMENT_TRANSITIONS[transition];
  if (!can(actor, rule.action, { regionCode: partyRegion(commitment, rule.party) }))
    return { ok: false, status: 403, message: "tracker.refused.notYours" };
  if (!rule.from.includes(commitment.status))
    return { ok: false, status: 409, message: "tracker.refused.wrongState" };
  const trimmed = text.trim();
  if (rule.needsText && (trimmed.length === 0 || trimmed.length > COMMITMENT_TEXT_MAX))
    return {
      ok: false,
      status: 422,
      message: rule.needsText === "reason" ? "tracker.refused.reason" : "tracker.refused.comment",
      params: { max: COMMITMENT_TEXT_MAX },
    };
  const milestones = commitment.milestones;
  // A secretary approves a plan: at least one milestone to sign off on, or it could never end.
  if (transition === "commit" && milestones.length === 0)
    return { ok: false, status: 422, message: "tracker.refused.noMilestones" };
  if (transition === "implement") {
    const open = milestones.filter((m) => m.state === "OPEN");
    if (milestones.length === 0)
      return { ok: false, status: 422, message: "tracker.refused.noMilestones" };
    if (open.length > 0)
      return {
        ok: false,
        status: 422,
        message: "tracker.refused.milestonesOpen",
        params: { milestones: open.map((m) => m.title).join(", ") },
      };
  }
  if (transition === "verify") {
    if (milestones.length === 0)
      return { ok: false, status: 422, message: "tracker.refused.noMilestones" };
    const withoutEvidence = milestones.filter((m) => m.evidenceCount === 0);
    if (withoutEvidence.length > 0)
      return {
        ok: false,
        status: 422,
        message: "tracker.refused.evidenceMissing",
        params: { milestones: withoutEvidence.map((m) => m.title).join(", ") },
      };
    const unconfirmed = milestones.filter((m) => m.state !== "CONFIRMED");
    if (unconfirmed.length > 0)
      return {
        ok: false,
        status: 422,
        message: "tracker.refused.milestonesUnconfirmed",
        params: { milestones: unconfirmed.map((m) => m.title).join(", ") },
      };
  }
  return { ok: true, to: rule.to };
}

/**
 * The transitions the actor may offer now (buttons): those the table would carry out, milestone
 * conditions included (a text the actor must give is asked for by the form); each is checked
 * again when it is made.
 */
export function allowedCommitmentTransitions(
  actor: Actor | null,
  commitment: CommitmentSnapshot,
): CommitmentTransition[] {
  return COMMITMENT_TRANSITION_NAMES.filter(
    (name) => checkCommitmentTransition(actor, commitment, name, "-").ok,
  );
}
