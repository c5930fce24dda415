// The figures behind the monitoring charts, for a set of regions (all, a province's, a cohort's):
// activity per month, the latest official SPBE index per region, commitments by status (stalled
// apart) and the verified replications between regions. One grouped query each.
import { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { stalledWhere } from "~/modules/tracker/commitment-queries.server";
import { stallSettings } from "~/modules/tracker/tracker-settings.server";
import { todayInWib } from "~/utils/calendar";

/** "all" or the region codes the figures are about. */
export type RegionScope = "all" | readonly string[];

export const ACTIVITY_MONTHS = 12;

export const COMMITMENT_STATUSES = [
  "DRAFT",
  "COMMITTED",
  "IN_PROGRESS",
  "IMPLEMENTED",
  "VERIFIED",
  "CANCELLED",
] as const;
export type CommitmentStatusKey = (typeof COMMITMENT_STATUSES)[number];

/** The last `count` months in WIB up to the one `now` falls in, oldest first ("2026-01"). */
export function lastMonths(now: Date, count = ACTIVITY_MONTHS): string[] {
  const [year, month] = todayInWib(now).split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return date.toISOString().slice(0, 7);
  });
}

function inScope(column: Prisma.Sql, scope: RegionScope): Prisma.Sql {
  return scope === "all"
    ? Prisma.sql`${column} IS NOT NULL`
    : Prisma.sql`${column} = ANY(${[...scope]}::text[])`;
}

function codesWhere(scope: RegionScope) {
  return scope === "all" ? {} : { in: [...scope] };
}

/** Audit events about the scope's regions per WIB month, every month present (0 when none). */
export async function activityPerMonth(scope: RegionScope, now: Date) {
  const months = lastMonths(now);
  // Each month's first instant in WIB; width_bucket puts an event in the month it falls in by
  // comparing instants (four times cheaper than converting every event to WIB and formatting it).
  const starts = months.map((month) => `${month}-01T00:00:00+07:00`);
  const rows = await db().$queryRaw<Array<{ bucket: number; n: number }>>(Prisma.sql`
    SELECT width_bucket(at, ${starts}::timestamptz[]) AS bucket, count(*)::int AS n
      FROM "AuditEvent"
     WHERE ${inScope(Prisma.sql`"regionCode"`, scope)} AND at >= ${new Date(starts[0]!)} AND at <= ${now}
     GROUP BY 1`);
  const counts = new Map(rows.map((r) => [months[r.bucket - 1], r.n]));
  return months.map((month) => ({ month, count: counts.get(month) ?? 0 }));
}

/** Each region's most recent official index (one row per region that has one). */
export async function latestOfficialIndex(scope: RegionScope, frameworkId = DEFAULT_FRAMEWORK_ID) {
  return db().$queryRaw<
    Array<{ regionCode: string; year: number; index: number; isDemo: boolean }>
  >(
    Prisma.sql`
      SELECT DISTINCT ON ("regionCode") "regionCode", year, index::float8 AS index, "isDemo"
        FROM "SpbeIndexScore"
       WHERE "frameworkId" = ${frameworkId} AND ${inScope(Prisma.sql`"regionCode"`, scope)}
       ORDER BY "regionCode", year DESC`,
  );
}

/** Commitments whose adopter is in the scope, per status: all of them and the stalled ones. */
export async function commitmentsByStatus(scope: RegionScope, now: Date) {
  const where = { adopterRegionCode: codesWhere(scope) };
  const [all, stalled] = await Promise.all([
    db().commitment.groupBy({ by: ["status", "isDemo"], where, _count: { _all: true } }),
    db().commitment.groupBy({
      by: ["status"],
      where: { AND: [where, stalledWhere(todayInWib(now), stallSettings())] },
      _count: { _all: true },
    }),
  ]);
  return {
    statuses: COMMITMENT_STATUSES.map((status) => ({
      status,
      total: all.filter((r) => r.status === status).reduce((sum, r) => sum + r._count._all, 0),
      stalled: stalled.find((r) => r.status === status)?._count._all ?? 0,
    })),
    isDemo: all.some((r) => r.isDemo),
  };
}

/**
 * Verified, non-private replications with either end in the scope: mentor (source) -> adopter,
 * counted per pair, with the names of every region in a pair.
 */
export async function replicationPairs(scope: RegionScope) {
  const ends =
    scope === "all"
      ? {}
      : { OR: [{ adopterRegionCode: codesWhere(scope) }, { mentorRegionCode: codesWhere(scope) }] };
  const rows = await db().commitment.groupBy({
    by: ["mentorRegionCode", "adopterRegionCode", "isDemo"],
    where: { status: "VERIFIED", visibility: { not: "PRIVATE" }, ...ends },
    _count: { _all: true },
  });
  const pairs = new Map<string, { sourceCode: string; targetCode: string; count: number }>();
  for (const row of rows) {
    const key = `${row.mentorRegionCode}>${row.adopterRegionCode}`;
    const pair = pairs.get(key) ?? {
      sourceCode: row.mentorRegionCode,
      targetCode: row.adopterRegionCode,
      count: 0,
    };
    pair.count += row._count._all;
    pairs.set(key, pair);
  }
  const codes = [...new Set(rows.flatMap((r) => [r.mentorRegionCode, r.adopterRegionCode]))];
  const regions = codes.length
    ? await db().region.findMany({
        where: { code: { in: codes } },
        select: { code: true, name: true, shortName: true, kind: true },
      })
    : [];
  return {
    edges: [...pairs.values()],
    regions: regions.map((r) => ({
      code: r.code,
      name: r.name,
      // "Kota Bandung" keeps its kind (its name says it); a kabupaten is known by its short name.
      label: r.kind === "KOTA" ? r.name : r.shortName,
    })),
    isDemo: rows.some((r) => r.isDemo),
  };
}

export async function regionCountOf(scope: RegionScope): Promise<number> {
  return scope === "all" ? db().region.count() : scope.length;
}
