// "Overdue" (terlambat) is computed, like "stalled": a commitment under way whose own due date has
// passed before it was implemented, or with a milestone not yet confirmed past its due date.
// Unlike "stalled" there is no grace period: the day after the due date it is overdue.
// Days are WIB calendar days (YYYY-MM-DD). Pure: no database, no clock of its own.
import type { CommitmentStatus, MilestoneState } from "./commitment-status";

/** States in which a due date can be missed: approved, not yet verified or cancelled. */
export const OVERDUE_STATUSES = ["COMMITTED", "IN_PROGRESS", "IMPLEMENTED"] as const;
/** States in which the commitment's own due date still counts (the work is not reported done). */
export const OWN_DUE_STATUSES = ["COMMITTED", "IN_PROGRESS"] as const;

export interface OverdueInput {
  status: CommitmentStatus;
  dueOn: string | null;
  milestones: ReadonlyArray<{ dueOn: string | null; state: MilestoneState }>;
}

export function isOverdue(input: OverdueInput, today: string): boolean {
  if (!(OVERDUE_STATUSES as readonly string[]).includes(input.status)) return false;
  if (
    input.dueOn !== null &&
    input.dueOn < today &&
    (OWN_DUE_STATUSES as readonly string[]).includes(input.status)
  )
    return true;
  return input.milestones.some(
    (m) => m.state !== "CONFIRMED" && m.dueOn !== null && m.dueOn < today,
  );
}
