// The tracker's settings (TRACKER_STALL_DAYS, TRACKER_OVERDUE_DAYS, TRACKER_ESCALATION_DAYS, see
// README) and its calendar: days are counted in WIB (Asia/Jakarta), as YYYY-MM-DD.
import { env } from "~/env.server";
import { PORTAL_TIME_ZONE } from "~/utils/calendar";
import type { StallSettings } from "./stalled";

export function stallSettings(): StallSettings {
  const settings = env();
  return {
    stallDays: settings.TRACKER_STALL_DAYS,
    overdueDays: settings.TRACKER_OVERDUE_DAYS,
    escalationDays: settings.TRACKER_ESCALATION_DAYS,
  };
}

/** The calendar day in WIB at `at` (default now), YYYY-MM-DD. */
export function portalDay(at: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: PORTAL_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(at);
}

/** The first instant of a WIB calendar day (WIB is UTC+7 all year, no daylight saving). */
export function startOfPortalDay(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** A stored @db.Date as YYYY-MM-DD (Prisma gives it as midnight UTC). */
export function dayOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** YYYY-MM-DD as the Date Prisma stores in a @db.Date column. */
export function dateOfDay(day: string | undefined | null): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}
