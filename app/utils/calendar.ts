// Dates as the portal's users count them: Indonesia's western time zone (WIB), where the
// evaluation year and "this year" begin, whatever the server's own time zone.
export const PORTAL_TIME_ZONE = "Asia/Jakarta";

// Made once: building an Intl.DateTimeFormat costs tens of microseconds, and lists call these
// per row (the monitoring alerts: thousands of commitments per page).
const YEAR_IN_WIB = new Intl.DateTimeFormat("en-US", {
  timeZone: PORTAL_TIME_ZONE,
  year: "numeric",
});
const DAY_IN_WIB = new Intl.DateTimeFormat("en-CA", { timeZone: PORTAL_TIME_ZONE });

/** The calendar year in WIB at `at` (default now). */
export function currentYear(at: Date = new Date()): number {
  return Number(YEAR_IN_WIB.format(at));
}

/** The calendar day in WIB at `at` (default now), YYYY-MM-DD (en-CA formats days so). */
export function todayInWib(at: Date = new Date()): string {
  return DAY_IN_WIB.format(at);
}

/** A YYYY-MM-DD string naming a real calendar day (2026-02-30 does not). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A stored @db.Date as YYYY-MM-DD (Prisma gives it as midnight UTC); null stays null. */
export function dayOfDate(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
