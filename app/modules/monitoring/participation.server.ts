// Participation per region, computed in one place for every page, export and API that shows it
// (issue 16). The definitions users read are in ./figures.ts (one entry per figure below).
//
// Public aggregate figures (GET /api/participation, /partisipasi, its CSV; PUBLIC_FIGURES and
// toPublicParticipation): code, name, status, practices, software, commitments {active, verified,
// stalled}, evidenceCompleteness. Everything else is members level, for those the policy lets
// read monitoring figures (`monitoring:read`): provinceCode aside, activeMembers, lastActivityAt,
// evidenceAccepted, selfAssessment, replications, visits and spbeIndex.
//
// Each figure is one grouped query over all regions (514 rows at most), so the whole table costs
// the same few queries whatever its size; `regionCodes` / `provinceCodes` restrict every query.
import { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { stalledWhere } from "~/modules/tracker/commitment-queries.server";
import { stallSettings } from "~/modules/tracker/tracker-settings.server";
import { currentYear, todayInWib } from "~/utils/calendar";
import { participationThresholds } from "./participation-thresholds.server";
import {
  statusOf,
  type ParticipationStatus,
  type ParticipationThresholds,
} from "./participation-status";

export {
  DEFAULT_PARTICIPATION_THRESHOLDS,
  PARTICIPATION_STATUSES,
  PARTICIPATION_THRESHOLDS,
  statusOf,
  type ParticipationStatus,
  type ParticipationThresholds,
} from "./participation-status";

/** Members count as active when one of their sessions was seen in the last 30 days. */
export const ACTIVE_MEMBER_DAYS = 30;

/** Commitments under way: approved and not yet verified or cancelled. */
export const ACTIVE_COMMITMENT_STATUSES = ["COMMITTED", "IN_PROGRESS", "IMPLEMENTED"] as const;

/** Self-assessments that count for the self-assessed index: submitted by the secretary, or locked. */
export const FINAL_SELF_ASSESSMENT_STATUSES = ["SUBMITTED", "LOCKED"] as const;

/** The year's self-assessment state, as the self-assessment module names it; NONE: not started. */
export type SelfAssessmentState = "NONE" | "DRAFT" | "SUBMITTED" | "LOCKED";
export const SELF_ASSESSMENT_STATES = ["NONE", "DRAFT", "SUBMITTED", "LOCKED"] as const;

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
  /** Share of the framework's indicators with at least one ACCEPTED evidence record this year, 0..1. */
  evidenceAccepted: number;
  /** The state of the region's self-assessment of the year. */
  selfAssessment: SelfAssessmentState;
  /**
   * Verified replications: `given` of this region's work by other regions (it is the mentor),
   * `received` of other regions' work by this region (it is the adopter; = commitments.verified).
   */
  replications: { given: number; received: number };
  /**
   * Study visits: hosted by the region and made by it, and of each how many led to a commitment
   * (any but a cancelled one); the conversions are those shares, 0..1, null without visits.
   */
  visits: {
    hosted: number;
    hostedWithCommitment: number;
    hostedConversion: number | null;
    made: number;
    madeWithCommitment: number;
    madeConversion: number | null;
  };
  /**
   * The latest official index (up to the year) and its year, the latest self-assessed index
   * (a submitted or locked self-assessment) and its year, and the trend: the latest official index
   * minus the official index of the year before it (null when either is unknown).
   */
  spbeIndex: {
    official: number | null;
    officialYear: number | null;
    selfAssessed: number | null;
    selfAssessedYear: number | null;
    trend: number | null;
  };
}

/** The public aggregate figures (GET /api/participation answers exactly these). */
export const PUBLIC_FIGURES = [
  "code",
  "name",
  "status",
  "practices",
  "software",
  "commitments",
  "evidenceCompleteness",
] as const satisfies ReadonlyArray<keyof RegionParticipation>;

export type PublicRegionParticipation = Pick<RegionParticipation, (typeof PUBLIC_FIGURES)[number]>;

/** A row without its members-level figures: what anyone may read. */
export function toPublicParticipation(row: RegionParticipation): PublicRegionParticipation {
  return {
    code: row.code,
    name: row.name,
    status: row.status,
    practices: row.practices,
    software: row.software,
    commitments: {
      active: row.commitments.active,
      verified: row.commitments.verified,
      stalled: row.commitments.stalled,
    },
    evidenceCompleteness: row.evidenceCompleteness,
  };
}

export interface ParticipationOptions {
  now?: Date;
  year?: number;
  frameworkId?: string;
  /** Only these regions (codes such as "32.11"). */
  regionCodes?: readonly string[];
  /** Only the regions of these provinces (codes such as "32"). */
  provinceCodes?: readonly string[];
  /** The status thresholds; read from the settings (participationThresholds()) when left out. */
  thresholds?: ParticipationThresholds;
}

function countsBy<T extends string>(rows: Array<{ key: T; n: number }>): Map<T, number> {
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** A share 0..1 with three decimals; 0 when there is nothing to divide by. */
function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0;
}

/** numerator / denominator rounded half-up to two decimals, as the SPBE scoring does. */
function indexOf(points: number, weight: number): number {
  if (weight === 0) return 0;
  return Math.floor((points * 200 + weight) / (weight * 2)) / 100;
}

/** "AND <column> IN (...)" when the rows are restricted, nothing otherwise. */
function onlyIn(column: string, codes: readonly string[] | null): Prisma.Sql {
  return codes ? Prisma.sql`AND ${Prisma.raw(column)} IN (${Prisma.join(codes)})` : Prisma.empty;
}

async function regionsOf(options: ParticipationOptions) {
  const where: Prisma.RegionWhereInput = {};
  if (options.regionCodes) where.code = { in: [...options.regionCodes] };
  if (options.provinceCodes) where.provinceCode = { in: [...options.provinceCodes] };
  return db().region.findMany({
    where,
    orderBy: { code: "asc" },
    select: { code: true, name: true, provinceCode: true },
  });
}

/** Every region's participation (or the restricted ones), in region code order. */
export async function listParticipation(
  options: ParticipationOptions = {},
): Promise<RegionParticipation[]> {
  const now = options.now ?? new Date();
  const year = options.year ?? currentYear(now);
  const frameworkId = options.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  const memberSince = new Date(now.getTime() - ACTIVE_MEMBER_DAYS * 86_400_000);
  const restricted = Boolean(options.regionCodes || options.provinceCodes);
  // Restricted: the region list first, then every figure for those codes only.
  const restrictedRegions = restricted ? await regionsOf(options) : null;
  if (restrictedRegions && restrictedRegions.length === 0) return [];
  const codes = restrictedRegions ? restrictedRegions.map((r) => r.code) : null;
  const inCodes = codes ? { in: codes } : undefined;
  const client = db();
  const [
    regions,
    thresholds,
    practices,
    software,
    commitments,
    stalled,
    given,
    indicatorCount,
    evidence,
    members,
    activity,
    assessments,
    selfAssessed,
    official,
    visits,
  ] = await Promise.all([
    restrictedRegions ?? regionsOf(options),
    options.thresholds ?? participationThresholds(),
    client.practice.groupBy({
      by: ["regionCode"],
      where: { status: "PUBLISHED", regionCode: inCodes },
      _count: { _all: true },
    }),
    client.softwareEntry.groupBy({
      by: ["regionCode"],
      where: { status: "PUBLISHED", regionCode: inCodes },
      _count: { _all: true },
    }),
    client.commitment.groupBy({
      by: ["adopterRegionCode", "status"],
      where: {
        status: { in: [...ACTIVE_COMMITMENT_STATUSES, "VERIFIED"] },
        adopterRegionCode: inCodes,
      },
      _count: { _all: true },
    }),
    client.commitment.groupBy({
      by: ["adopterRegionCode"],
      where: {
        AND: [stalledWhere(todayInWib(now), stallSettings()), { adopterRegionCode: inCodes }],
      },
      _count: { _all: true },
    }),
    client.commitment.groupBy({
      by: ["mentorRegionCode"],
      where: { status: "VERIFIED", mentorRegionCode: inCodes },
      _count: { _all: true },
    }),
    client.frameworkIndicator.count({ where: { frameworkId } }),
    client.$queryRaw<Array<{ key: string; n: number; accepted: number }>>(Prisma.sql`
      SELECT key, count(*)::int AS n, (count(*) FILTER (WHERE accepted))::int AS accepted
        FROM (SELECT r."regionCode" AS key, ei."indicatorId",
                     bool_or(r."reviewState" = 'ACCEPTED') AS accepted
                FROM "EvidenceRecord" r JOIN "EvidenceIndicator" ei ON ei."evidenceId" = r.id
               WHERE r.year = ${year} AND r."frameworkId" = ${frameworkId} ${onlyIn('r."regionCode"', codes)}
               GROUP BY 1, 2) per_indicator
       GROUP BY key`),
    client.$queryRaw<Array<{ key: string; n: number }>>(Prisma.sql`
      SELECT m."regionCode" AS key, count(DISTINCT m."userId")::int AS n
        FROM "RegionMembership" m JOIN "User" u ON u.id = m."userId"
       WHERE u."disabledAt" IS NULL ${onlyIn('m."regionCode"', codes)}
         AND EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = m."userId" AND s."lastSeenAt" >= ${memberSince})
       GROUP BY m."regionCode"`),
    // Per region through the regionCode index: cheaper than grouping the whole log.
    client.$queryRaw<Array<{ key: string; at: Date | null }>>(Prisma.sql`
      SELECT r.code AS key,
             (SELECT max(a.at) FROM "AuditEvent" a WHERE a."regionCode" = r.code AND a.at <= ${now}) AS at
        FROM "Region" r WHERE true ${onlyIn("r.code", codes)}`),
    client.selfAssessment.findMany({
      where: { frameworkId, year, regionCode: inCodes },
      select: { regionCode: true, status: true },
    }),
    // The self-assessed index as the scoring computes it: sum of level × weight (in thousandths
    // of a percent) over the framework's weights, unrated indicators counting 0.
    client.$queryRaw<Array<{ key: string; year: number; points: bigint; weight: bigint }>>(
      Prisma.sql`
      WITH latest AS (
        SELECT DISTINCT ON (a."regionCode") a.id, a."regionCode", a.year
          FROM "SelfAssessment" a
         WHERE a."frameworkId" = ${frameworkId} AND a.year <= ${year}
           AND a.status IN ('SUBMITTED', 'LOCKED') ${onlyIn('a."regionCode"', codes)}
         ORDER BY a."regionCode", a.year DESC
      ), weights AS (
        SELECT number, round(weight * 1000)::bigint AS weight
          FROM "FrameworkIndicator" WHERE "frameworkId" = ${frameworkId}
      ), points AS (
        SELECT lv."assessmentId", sum(lv.level * w.weight)::bigint AS points
          FROM "SelfAssessmentLevel" lv JOIN weights w ON w.number = lv."indicatorNumber"
         WHERE lv."assessmentId" IN (SELECT id FROM latest)
         GROUP BY 1
      )
      SELECT l."regionCode" AS key, l.year, coalesce(p.points, 0)::bigint AS points,
             (SELECT coalesce(sum(weight), 0) FROM weights)::bigint AS weight
        FROM latest l LEFT JOIN points p ON p."assessmentId" = l.id`,
    ),
    client.$queryRaw<Array<{ key: string; year: number; index: string; trend: string | null }>>(
      Prisma.sql`
      SELECT DISTINCT ON (s."regionCode") s."regionCode" AS key, s.year, s.index::text AS index,
             (s.index - p.index)::text AS trend
        FROM "SpbeIndexScore" s
        LEFT JOIN "SpbeIndexScore" p
          ON p."regionCode" = s."regionCode" AND p."frameworkId" = s."frameworkId" AND p.year = s.year - 1
       WHERE s."frameworkId" = ${frameworkId} AND s.year <= ${year} ${onlyIn('s."regionCode"', codes)}
       ORDER BY s."regionCode", s.year DESC`,
    ),
    client.$queryRaw<
      Array<{
        key: string;
        hosted: number;
        hostedWith: number;
        made: number;
        madeWith: number;
      }>
    >(Prisma.sql`
      WITH v AS (
        SELECT sv."hostRegionCode" AS host, sv."visitorRegionCode" AS visitor,
               EXISTS (SELECT 1 FROM "Commitment" c
                        WHERE c."visitId" = sv.id AND c.status <> 'CANCELLED') AS converted
          FROM "StudyVisit" sv
      ), sides AS (
        SELECT host AS key, true AS hosted, converted FROM v
        UNION ALL
        SELECT visitor AS key, false AS hosted, converted FROM v
      )
      SELECT key,
             (count(*) FILTER (WHERE hosted))::int AS "hosted",
             (count(*) FILTER (WHERE hosted AND converted))::int AS "hostedWith",
             (count(*) FILTER (WHERE NOT hosted))::int AS "made",
             (count(*) FILTER (WHERE NOT hosted AND converted))::int AS "madeWith"
        FROM sides WHERE true ${onlyIn("key", codes)}
       GROUP BY key`),
  ]);
  const practiceCounts = countsBy(practices.map((r) => ({ key: r.regionCode, n: r._count._all })));
  const softwareCounts = countsBy(software.map((r) => ({ key: r.regionCode, n: r._count._all })));
  const stalledCounts = countsBy(
    stalled.map((r) => ({ key: r.adopterRegionCode, n: r._count._all })),
  );
  const givenCounts = countsBy(given.map((r) => ({ key: r.mentorRegionCode, n: r._count._all })));
  const evidenceCounts = new Map(evidence.map((r) => [r.key, r]));
  const memberCounts = countsBy(members);
  const lastActivity = new Map(activity.map((r) => [r.key, r.at]));
  const assessmentStates = new Map(assessments.map((a) => [a.regionCode, a.status]));
  const selfAssessedIndex = new Map(selfAssessed.map((r) => [r.key, r]));
  const officialIndex = new Map(official.map((r) => [r.key, r]));
  const visitCounts = new Map(visits.map((r) => [r.key, r]));
  const active = new Map<string, number>();
  const verified = new Map<string, number>();
  for (const row of commitments) {
    const target = row.status === "VERIFIED" ? verified : active;
    target.set(row.adopterRegionCode, (target.get(row.adopterRegionCode) ?? 0) + row._count._all);
  }
  return regions.map((region): RegionParticipation => {
    const last = lastActivity.get(region.code) ?? null;
    const withEvidence = evidenceCounts.get(region.code);
    const self = selfAssessedIndex.get(region.code);
    const officialRow = officialIndex.get(region.code);
    const visit = visitCounts.get(region.code);
    const received = verified.get(region.code) ?? 0;
    const hosted = visit?.hosted ?? 0;
    const made = visit?.made ?? 0;
    return {
      code: region.code,
      name: region.name,
      provinceCode: region.provinceCode,
      status: statusOf(last, now, thresholds),
      lastActivityAt: last?.toISOString() ?? null,
      activeMembers: memberCounts.get(region.code) ?? 0,
      practices: practiceCounts.get(region.code) ?? 0,
      software: softwareCounts.get(region.code) ?? 0,
      commitments: {
        active: active.get(region.code) ?? 0,
        verified: received,
        stalled: stalledCounts.get(region.code) ?? 0,
      },
      evidenceCompleteness: share(withEvidence?.n ?? 0, indicatorCount),
      evidenceAccepted: share(withEvidence?.accepted ?? 0, indicatorCount),
      selfAssessment: assessmentStates.get(region.code) ?? "NONE",
      replications: { given: givenCounts.get(region.code) ?? 0, received },
      visits: {
        hosted,
        hostedWithCommitment: visit?.hostedWith ?? 0,
        hostedConversion: hosted > 0 ? share(visit?.hostedWith ?? 0, hosted) : null,
        made,
        madeWithCommitment: visit?.madeWith ?? 0,
        madeConversion: made > 0 ? share(visit?.madeWith ?? 0, made) : null,
      },
      spbeIndex: {
        official: officialRow ? Number(officialRow.index) : null,
        officialYear: officialRow?.year ?? null,
        selfAssessed: self ? indexOf(Number(self.points), Number(self.weight)) : null,
        selfAssessedYear: self?.year ?? null,
        trend: officialRow?.trend != null ? Number(officialRow.trend) : null,
      },
    };
  });
}
