// "Stalled" is computed, never set: a commitment under way with no update for 30 days, or with a
// milestone overdue by 14 days. Then the escalation: the person responsible on the day it stalls,
// the adopting region's secretary 7 days later, the coordinators 7 days after that. The thresholds
// are settings (TRACKER_STALL_DAYS, TRACKER_OVERDUE_DAYS, TRACKER_ESCALATION_DAYS; README).
// Days are calendar days in WIB (YYYY-MM-DD). Pure: no database, no clock of its own.
import type { CommitmentStatus, MilestoneState } from "./commitment-status";

export interface StallSettings {
  /** Days without an update after which a commitment under way is stalled (default 30). */
  stallDays: number;
  /** Days past a milestone's due date, not yet confirmed, after which it is stalled (default 14). */
  overdueDays: number;
  /** Days between escalation steps (default 7). */
  escalationDays: number;
}

export const DEFAULT_STALL_SETTINGS: StallSettings = {
  stallDays: 30,
  overdueDays: 14,
  escalationDays: 7,
};

/** States in which a commitment can stall: approved and not yet verified or cancelled. */
export const STALLABLE_STATUSES: readonly CommitmentStatus[] = [
  "COMMITTED",
  "IN_PROGRESS",
  "IMPLEMENTED",
];

export interface StallInput {
  status: CommitmentStatus;
  /** The day of the last update (a status change, a milestone, a comment, an edit). */
  lastActivityOn: string;
  milestones: ReadonlyArray<{ dueOn: string | null; state: MilestoneState }>;
}

export type StallReason = "noUpdate" | "milestoneOverdue";

export interface StallState {
  stalled: boolean;
  /** The first day on which it counted as stalled (the earliest of the reasons), or null. */
  since: string | null;
  reasons: StallReason[];
}

/** day + n calendar days (YYYY-MM-DD, no time zone arithmetic needed on whole days). */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

export function stallState(
  input: StallInput,
  today: string,
  settings: StallSettings = DEFAULT_STALL_SETTINGS,
): StallState {
  if (!STALLABLE_STATUSES.includes(input.status))
    return { stalled: false, since: null, reasons: [] };
  const candidates: Array<{ reason: StallReason; since: string }> = [];
  const quietSince = addDays(input.lastActivityOn, settings.stallDays);
  if (quietSince <= today) candidates.push({ reason: "noUpdate", since: quietSince });
  const overdue = input.milestones
    .filter((m) => m.state !== "CONFIRMED" && m.dueOn !== null)
    .map((m) => addDays(m.dueOn!, settings.overdueDays))
    .filter((since) => since <= today)
    .sort();
  if (overdue[0]) candidates.push({ reason: "milestoneOverdue", since: overdue[0] });
  if (candidates.length === 0) return { stalled: false, since: null, reasons: [] };
  const since = candidates.map((c) => c.since).sort()[0]!;
  return { stalled: true, since, reasons: candidates.map((c) => c.reason) };
}

export const ESCALATION_STEPS = ["responsible", "secretary", "coordinators"] as const;
export type EscalationStep = (typeof ESCALATION_STEPS)[number];

/** Who a stalled commitment has reached by `today`: every step whose day has come, in order. */
export function escalationSteps(
  stall: StallState,
  today: string,
  settings: StallSettings = DEFAULT_STALL_SETTINGS,
): Array<{ step: EscalationStep; on: string }> {
  if (!stall.stalled || !stall.since) return [];
  return ESCALATION_STEPS.map((step, i) => ({
    step,
    on: addDays(stall.since!, i * settings.escalationDays),
  })).filter((entry) => entry.on <= today);
}
