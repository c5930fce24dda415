// "A visit without a commitment after 30 days is flagged": computed, never stored, from the day
// of the visit and today in WIB (app/utils/calendar.ts todayInWib). On day 30 after the visit it
// is not flagged yet; from day 31 it is, as long as no commitment (other than a cancelled one)
// came out of it. Pure.
import { addDays } from "./stalled";

export const VISIT_FLAG_DAYS = 30;

/** Whether the visit shows as flagged today (both days YYYY-MM-DD, WIB). */
export function isVisitFlagged(
  visit: { visitedOn: string; commitmentCount: number },
  today: string,
  days: number = VISIT_FLAG_DAYS,
): boolean {
  return visit.commitmentCount === 0 && addDays(visit.visitedOn, days) < today;
}

/** The last visit day that is flagged today: visits on or before it without a commitment. */
export function flaggedOnOrBefore(today: string, days: number = VISIT_FLAG_DAYS): string {
  return addDays(today, -(days + 1));
}
