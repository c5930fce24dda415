// Participation per region, computed in one place for every page, export and API that shows it
// (issue 16): published practices and code entries, evidence completeness for the evaluation
// year, follow-up commitments (active, verified, stalled by the tracker's own rule), members active
// in the last 30 days, the last recorded activity, and a status from documented thresholds.
//
// Each figure is one grouped query over all regions (514 rows at most), so the whole table costs
// the same few queries whatever its size.
import { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { stalledWhere } from "~/modules/tracker/commitment-queries.server";
import { stallSettings } from "~/modules/tracker/tracker-settings.server";
import { currentYear, todayInWib } from "~/utils/calendar";
import { statusOf, type ParticipationStatus } from "./participation-status";

export {
  PARTICIPATION_STATUSES,
  PARTICIPATION_THRESHOLDS,
  statusOf,
  type ParticipationStatus,
} from "./participation-status";

/** Members count as active when one of their sessions was seen in the last 30 days. */
export const ACTIVE_MEMBER_DAYS = 30;

/** Commitments under way: approved and not yet verified or cancelled. */
export const ACTIVE_COMMITMENT_STATUSES = ["COMMITTED", "IN_PROGRESS", "IMPLEMENTED"] as const;

export interface RegionParticipation {
  code: string;
  name: string;
  provinceCode: string;
  status: ParticipationStatus;
  lastActivityAt: string | null;
  activeMembers: number;
  practices: number;
  software: number;
  commitments: { active: number; verified: number; stalled: number };
  /** Share of the framework's indicators with at least one evidence record this year, 0..1. */
  evidenceCompleteness: number;
}

export interface ParticipationOptions {
  now?: Date;
  year?: number;
  frameworkId?: string;
}

function countsBy<T extends string>(rows: Array<{ key: T; n: number }>): Map<T, number> {
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** Every region's participation, in region code order. */
export async function listParticipation(
  options: ParticipationOptions = {},
): Promise<RegionParticipation[]> {
  const now = options.now ?? new Date();
  const year = options.year ?? currentYear(now);
  const frameworkId = options.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  const memberSince = new Date(now.getTime() - ACTIVE_MEMBER_DAYS * 86_400_000);
  const client = db();
  const [
    regions,
    practices,
    software,
    commitments,
    stalled,
    indicatorCount,
    evidence,
    members,
    activity,
  ] = await Promise.all([
    client.region.findMany({
      orderBy: { code: "asc" },
      select: { code: true, name: true, provinceCode: true },
    }),
    client.practice.groupBy({
      by: ["regionCode"],
      where: { status: "PUBLISHED" },
      _count: { _all: true },
    }),
    client.softwareEntry.groupBy({
      by: ["regionCode"],
      where: { status: "PUBLISHED" },
      _count: { _all: true },
    }),
    client.commitment.groupBy({
      by: ["adopterRegionCode", "status"],
      where: { status: { in: [...ACTIVE_COMMITMENT_STATUSES, "VERIFIED"] } },
      _count: { _all: true },
    }),
    client.commitment.groupBy({
      by: ["adopterRegionCode"],
      where: stalledWhere(todayInWib(now), stallSettings()),
      _count: { _all: true },
    }),
    client.frameworkIndicator.count({ where: { frameworkId } }),
    client.$queryRaw<Array<{ key: string; n: number }>>(Prisma.sql`
      SELECT r."regionCode" AS key, count(DISTINCT ei."indicatorId")::int AS n
        FROM "EvidenceRecord" r JOIN "EvidenceIndicator" ei ON ei."evidenceId" = r.id
       WHERE r.year = ${year} AND r."frameworkId" = ${frameworkId}
       GROUP BY r."regionCode"`),
    client.$queryRaw<Array<{ key: string; n: number }>>(Prisma.sql`
      SELECT m."regionCode" AS key, count(DISTINCT m."userId")::int AS n
        FROM "RegionMembership" m JOIN "User" u ON u.id = m."userId"
       WHERE u."disabledAt" IS NULL
         AND EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = m."userId" AND s."lastSeenAt" >= ${memberSince})
       GROUP BY m."regionCode"`),
    client.auditEvent.groupBy({
      by: ["regionCode"],
      where: { regionCode: { not: null }, at: { lte: now } },
      _max: { at: true },
    }),
  ]);
  const practiceCounts = countsBy(practices.map((r) => ({ key: r.regionCode, n: r._count._all })));
  const softwareCounts = countsBy(software.map((r) => ({ key: r.regionCode, n: r._count._all })));
  const stalledCounts = countsBy(
    stalled.map((r) => ({ key: r.adopterRegionCode, n: r._count._all })),
  );
  const evidenceCounts = countsBy(evidence);
  const memberCounts = countsBy(members);
  const lastActivity = new Map(activity.map((r) => [r.regionCode!, r._max.at]));
  const active = new Map<string, number>();
  const verified = new Map<string, number>();
  for (const row of commitments) {
    const target = row.status === "VERIFIED" ? verified : active;
    target.set(row.adopterRegionCode, (target.get(row.adopterRegionCode) ?? 0) + row._count._all);
  }
  return regions.map((region) => {
    const last = lastActivity.get(region.code) ?? null;
    const withEvidence = evidenceCounts.get(region.code) ?? 0;
    return {
      code: region.code,
      name: region.name,
      provinceCode: region.provinceCode,
      status: statusOf(last, now),
      lastActivityAt: last?.toISOString() ?? null,
      activeMembers: memberCounts.get(region.code) ?? 0,
      practices: practiceCounts.get(region.code) ?? 0,
      software: softwareCounts.get(region.code) ?? 0,
      commitments: {
        active: active.get(region.code) ?? 0,
        verified: verified.get(region.code) ?? 0,
        stalled: stalledCounts.get(region.code) ?? 0,
      },
      evidenceCompleteness:
        indicatorCount > 0 ? Math.round((withEvidence / indicatorCount) * 1000) / 1000 : 0,
    };
  });
}
