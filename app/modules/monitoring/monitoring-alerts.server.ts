// The alerts of the coordinators' dashboard: regions with no recorded activity for 30 days or
// more (status not "aktif"), and commitments stalled by the tracker's own rule (stalledWhere, the
// same one participation counts), each with how long.
import { db } from "~/db.server";
import { stalledWhere } from "~/modules/tracker/commitment-queries.server";
import type { MilestoneState } from "~/modules/tracker/commitment-status";
import { addDays, stallState, type StallSettings } from "~/modules/tracker/stalled";
import { stallSettings } from "~/modules/tracker/tracker-settings.server";
import { dayOfDate, todayInWib } from "~/utils/calendar";
import type { CohortRow } from "./cohort-columns";

export interface InactiveRegion {
  code: string;
  name: string;
  status: CohortRow["status"];
  lastActivityAt: string | null;
  /** Whole days since the last activity; null when none was ever recorded. */
  daysQuiet: number | null;
}

/**
 * Regions without activity for more than the "aktif" threshold (every status but "aktif", with
 * the thresholds in force): the most recently quiet first, the never active last.
 */
export function inactiveRegions(rows: readonly CohortRow[], now: Date): InactiveRegion[] {
  return rows
    .filter((r) => r.status !== "aktif")
    .map((r) => ({
      code: r.code,
      name: r.name,
      status: r.status,
      lastActivityAt: r.lastActivityAt,
      daysQuiet: r.lastActivityAt
        ? Math.floor((now.getTime() - Date.parse(r.lastActivityAt)) / 86_400_000)
        : null,
    }))
    .sort((a, b) => {
      if (a.daysQuiet === null || b.daysQuiet === null) {
        if (a.daysQuiet === b.daysQuiet) return a.code.localeCompare(b.code);
        return a.daysQuiet === null ? 1 : -1;
      }
      return a.daysQuiet - b.daysQuiet || a.code.localeCompare(b.code);
    });
}

export interface StalledCommitment {
  id: string;
  title: string;
  status: string;
  isDemo: boolean;
  region: { code: string; name: string };
  /** The first WIB day on which it counted as stalled. */
  stalledSince: string;
  /** Whole days from that day to today. */
  daysStalled: number;
  reasons: Array<"noUpdate" | "milestoneOverdue">;
  lastActivityAt: string;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Stalled commitments of the given adopting regions ("all": every region), the longest stalled
 * first. Every one is listed: the tracker's rule keeps these few.
 */
export async function stalledCommitments(
  regionCodes: readonly string[] | "all",
  options: { now?: Date; settings?: StallSettings } = {},
): Promise<StalledCommitment[]> {
  const today = todayInWib(options.now ?? new Date());
  const settings = options.settings ?? stallSettings();
  const where = {
    AND: [
      stalledWhere(today, settings),
      regionCodes === "all" ? {} : { adopterRegionCode: { in: [...regionCodes] } },
    ],
  };
  // Two flat queries: loading every commitment's milestones as a relation cost several times
  // more (2,000 stalled commitments in the benchmark). Only milestones not confirmed and overdue
  // by the setting's days can make a commitment stalled (stallState), so only those are read.
  const [rows, overdue] = await Promise.all([
    db().commitment.findMany({
      where,
      select: {
        id: true,
        title: true,
        status: true,
        isDemo: true,
        lastActivityAt: true,
        adopterRegion: { select: { code: true, name: true } },
      },
    }),
    db().milestone.findMany({
      where: {
        state: { not: "CONFIRMED" },
        dueOn: { not: null, lte: new Date(`${addDays(today, -settings.overdueDays)}T00:00:00Z`) },
        commitment: where,
      },
      select: { commitmentId: true, dueOn: true, state: true },
    }),
  ]);
  const milestonesOf = new Map<string, Array<{ dueOn: string; state: MilestoneState }>>();
  for (const m of overdue) {
    const list = milestonesOf.get(m.commitmentId) ?? [];
    list.push({ dueOn: dayOfDate(m.dueOn)!, state: m.state });
    milestonesOf.set(m.commitmentId, list);
  }
  return rows
    .map((row) => {
      const stall = stallState(
        {
          status: row.status,
          lastActivityOn: todayInWib(row.lastActivityAt),
          milestones: milestonesOf.get(row.id) ?? [],
        },
        today,
        settings,
      );
      const since = stall.since ?? today;
      return {
        id: row.id,
        title: row.title,
        status: row.status,
        isDemo: row.isDemo,
        region: row.adopterRegion,
        stalledSince: since,
        daysStalled: daysBetween(since, today),
        reasons: stall.reasons,
        lastActivityAt: row.lastActivityAt.toISOString(),
      };
    })
    .sort((a, b) => b.daysStalled - a.daysStalled || a.region.code.localeCompare(b.region.code));
}
