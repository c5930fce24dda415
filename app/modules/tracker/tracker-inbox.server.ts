// The mentor's inbox (/tracker/inbox): the commitments that replicate the work of the viewer's
// regions (they are its mentor), grouped by status, and the milestones marked done that wait for
// its confirmation, oldest first. Only a region's people have one; the count also shows on the
// dashboard.
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { dayOfDate, todayInWib } from "~/utils/calendar";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "./commitment-status";
import { progressPercent } from "./milestones";
import { stallState } from "./stalled";
import { stallSettings } from "./tracker-settings.server";
import type { QueryOptions } from "./commitment-queries.server";

function mentorRegionsOf(viewer: Actor): string[] {
  return viewer.memberships.map((m) => m.regionCode);
}

/** Milestones done by the adopter, waiting for the confirmation of one of the viewer's regions. */
function waitingWhere(regions: string[]) {
  return {
    state: "DONE" as const,
    commitment: {
      mentorRegionCode: { in: regions },
      status: { in: ["COMMITTED" as const, "IN_PROGRESS" as const] },
    },
  };
}

/** How many milestones wait for the viewer's regions' confirmation (the dashboard's count). */
export async function countMilestonesAwaitingConfirmation(viewer: Actor): Promise<number> {
  const regions = mentorRegionsOf(viewer);
  if (regions.length === 0) return 0;
  return db().milestone.count({ where: waitingWhere(regions) });
}

export async function mentorInbox(viewer: Actor, options: QueryOptions = {}) {
  const today = options.today ?? todayInWib();
  const settings = options.settings ?? stallSettings();
  const regions = mentorRegionsOf(viewer);
  const [commitments, waiting] = await Promise.all([
    db().commitment.findMany({
      where: { mentorRegionCode: { in: regions } },
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        status: true,
        isDemo: true,
        dueOn: true,
        lastActivityAt: true,
        adopterRegion: { select: { code: true, name: true } },
        mentorRegion: { select: { code: true, name: true } },
        milestones: { select: { state: true, weight: true, dueOn: true } },
      },
    }),
    db().milestone.findMany({
      where: waitingWhere(regions),
      orderBy: [{ doneAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        doneAt: true,
        dueOn: true,
        commitment: {
          select: {
            id: true,
            title: true,
            isDemo: true,
            adopterRegion: { select: { code: true, name: true } },
          },
        },
      },
    }),
  ]);
  const groups = new Map<CommitmentStatus, Array<ReturnType<typeof itemOf>>>();
  function itemOf(row: (typeof commitments)[number]) {
    const milestones = row.milestones.map((m) => ({ ...m, dueOn: dayOfDate(m.dueOn) }));
    return {
      id: row.id,
      title: row.title,
      isDemo: row.isDemo,
      dueOn: dayOfDate(row.dueOn),
      adopterRegion: row.adopterRegion,
      mentorRegion: row.mentorRegion,
      progress: progressPercent(milestones),
      stalled: stallState(
        { status: row.status, lastActivityOn: todayInWib(row.lastActivityAt), milestones },
        today,
        settings,
      ).stalled,
    };
  }
  for (const row of commitments) {
    const list = groups.get(row.status) ?? [];
    list.push(itemOf(row));
    groups.set(row.status, list);
  }
  return {
    groups: COMMITMENT_STATUSES.filter((status) => groups.has(status)).map((status) => ({
      status,
      items: groups.get(status)!,
    })),
    waiting: waiting.map((m) => ({
      id: m.id,
      title: m.title,
      doneAt: m.doneAt?.toISOString() ?? null,
      dueOn: dayOfDate(m.dueOn),
      commitment: m.commitment,
    })),
    total: commitments.length,
  };
}

export type MentorInbox = Awaited<ReturnType<typeof mentorInbox>>;
