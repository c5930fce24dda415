// One region as the coordinators drill down to it (/monitoring/regions/:code): its participation
// figures at members level (the same row as the cohort table), its follow-up commitments with due
// dates and stall state, its last recorded activity, its members, and the reminder's state.
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { stallState } from "~/modules/tracker/stalled";
import { stallSettings } from "~/modules/tracker/tracker-settings.server";
import { forbidden, notFound } from "~/utils/app-error";
import { currentYear, dayOfDate, todayInWib } from "~/utils/calendar";
import type { CohortRow } from "./cohort-columns";
import { requireMonitoringScope } from "./monitoring-scope";
import { ACTIVE_MEMBER_DAYS, listParticipation } from "./participation.server";
import { reminderState } from "./reminders.server";

/** The region's commitments as the adopter (its own follow-up) or as the mentor (its work replicated). */
async function regionCommitments(regionCode: string, role: "adopter" | "mentor", now: Date) {
  const today = todayInWib(now);
  const settings = stallSettings();
  const rows = await db().commitment.findMany({
    where:
      role === "adopter" ? { adopterRegionCode: regionCode } : { mentorRegionCode: regionCode },
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      isDemo: true,
      dueOn: true,
      lastActivityAt: true,
      adopterRegion: { select: { code: true, name: true } },
      mentorRegion: { select: { code: true, name: true } },
      milestones: { select: { dueOn: true, state: true } },
    },
  });
  return rows.map((row) => {
    const stall = stallState(
      {
        status: row.status,
        lastActivityOn: todayInWib(row.lastActivityAt),
        milestones: row.milestones.map((m) => ({ dueOn: dayOfDate(m.dueOn), state: m.state })),
      },
      today,
      settings,
    );
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      isDemo: row.isDemo,
      dueOn: dayOfDate(row.dueOn),
      lastActivityAt: row.lastActivityAt.toISOString(),
      /** The other region: the mentor of an adopted commitment, the adopter of a mentored one. */
      otherRegion: role === "adopter" ? row.mentorRegion : row.adopterRegion,
      stalledSince: stall.since,
    };
  });
}

async function regionMembers(regionCode: string, now: Date) {
  const rows = await db().regionMembership.findMany({
    where: { regionCode, user: { disabledAt: null } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: {
      role: true,
      user: {
        select: {
          name: true,
          sessions: { orderBy: { lastSeenAt: "desc" }, take: 1, select: { lastSeenAt: true } },
        },
      },
    },
  });
  const activeSince = now.getTime() - ACTIVE_MEMBER_DAYS * 86_400_000;
  return rows.map((row) => {
    const lastSeen = row.user.sessions[0]?.lastSeenAt ?? null;
    return {
      name: row.user.name,
      role: row.role,
      lastSeenAt: lastSeen?.toISOString() ?? null,
      active: lastSeen !== null && lastSeen.getTime() >= activeSince,
    };
  });
}

/**
 * The drill-down of one region, for an actor with a monitoring scope that covers it: 404 for an
 * unknown code, 403 for a region outside the actor's provinces.
 */
export async function regionMonitoring(input: { actor: Actor | null; code: string; now?: Date }) {
  const now = input.now ?? new Date();
  requireMonitoringScope(input.actor);
  const code = regionCodeSchema.safeParse(input.code);
  if (!code.success) throw notFound();
  const region = await db().region.findUnique({
    where: { code: code.data },
    select: { code: true, name: true, province: { select: { code: true, name: true } } },
  });
  if (!region) throw notFound();
  if (!can(input.actor, "monitoring:read", { regionCode: region.code }))
    throw forbidden("monitoring.error.forbiddenRegion");
  const [participation, adopted, mentored, lastEvent, members, reminder] = await Promise.all([
    listParticipation({ now, regionCodes: [region.code] }),
    regionCommitments(region.code, "adopter", now),
    regionCommitments(region.code, "mentor", now),
    db().auditEvent.findFirst({
      where: { regionCode: region.code, at: { lte: now } },
      orderBy: { at: "desc" },
      select: { at: true, action: true },
    }),
    regionMembers(region.code, now),
    reminderState(region.code, now),
  ]);
  const figures = participation.find((r) => r.code === region.code)!;
  const row: CohortRow = { ...figures, provinceName: region.province.name };
  const mayReadMembers = can(input.actor, "members:read", { regionCode: region.code });
  return {
    region,
    row,
    year: currentYear(now),
    lastEvent: lastEvent ? { at: lastEvent.at.toISOString(), action: lastEvent.action } : null,
    commitments: { adopted, mentored },
    members: {
      total: members.length,
      active: members.filter((m) => m.active).length,
      secretaries: members.filter((m) => m.role === "SECRETARY").length,
      /** Names and last sign-in, for those who may read the region's staff list. */
      list: mayReadMembers ? members : null,
    },
    reminder,
    mayRemind: can(input.actor, "monitoring:remind", { regionCode: region.code }),
  };
}

export type RegionMonitoring = Awaited<ReturnType<typeof regionMonitoring>>;
