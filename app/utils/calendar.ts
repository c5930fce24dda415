// Dates as the portal's users count them: Indonesia's western time zone (WIB), where the
// evaluation year and "this year" begin, whatever the server's own time zone.
export const PORTAL_TIME_ZONE = "Asia/Jakarta";

/** The calendar year in WIB at `at` (default now). */
export function currentYear(at: Date = new Date()): number {
  return Number(
    new Intl.DateTimeFormat("en-US", { timeZone: PORTAL_TIME_ZONE, year: "numeric" }).format(at),
  );
}
