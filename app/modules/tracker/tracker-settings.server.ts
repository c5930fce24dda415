// The tracker's settings (TRACKER_STALL_DAYS, TRACKER_OVERDUE_DAYS, TRACKER_ESCALATION_DAYS, see
// README) and the start of a WIB (Asia/Jakarta) day; the days themselves come from ~/utils/calendar.
import { env } from "~/env.server";
import type { StallSettings } from "./stalled";

export function stallSettings(): StallSettings {
  const settings = env();
  return {
    stallDays: settings.TRACKER_STALL_DAYS,
    overdueDays: settings.TRACKER_OVERDUE_DAYS,
    escalationDays: settings.TRACKER_ESCALATION_DAYS,
  };
}

/** The first instant of a WIB calendar day (WIB is UTC+7 all year, no daylight saving). */
export function startOfPortalDay(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** YYYY-MM-DD as the Date Prisma stores in a @db.Date column. */
export function dateOfDay(day: string | undefined | null): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}
