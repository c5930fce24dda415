// Peers: the regions at level 4 or 5 on an indicator ("who did it well"), from official results
// (public) and from submitted or locked self-assessments (signed-in members only), the latest
// level per region within the last PEER_YEARS years. The gap page and the indicator page share it.
import { Prisma } from "@prisma/client";
import { isMember, type Actor } from "~/auth/policy";
import { db } from "~/db.server";

/** Levels from this many years back still count as "did it well". */
export const PEER_YEARS = 3;
export const PEER_MIN_LEVEL = 4;

export interface Peer {
  region: { code: string; name: string };
  level: number;
  year: number;
  isDemo: boolean;
}

export interface PeerLevels {
  official: Map<number, Peer[]>;
  selfAssessed: Map<number, Peer[]>;
  /** How many peers there are per indicator (more than listed when `limit` cut the list). */
  officialTotal: Map<number, number>;
  selfAssessedTotal: Map<number, number>;
  /** False when the viewer may not read other regions' self-assessments (not signed in as a member). */
  selfAssessedShown: boolean;
}

/** One row per indicator with its peers, as the database aggregates them. */
interface PeerGroup {
  indicatorNumber: number;
  peers: Peer[];
  total: number;
}

/**
 * Per indicator the peers as JSON, best first, then by name (ICU, as Intl.Collator orders), the
 * first `limit` of them (all when null), and how many there are. `p` is the latest level per
 * region and indicator, encoded as year * 1000 + level * 10 + isDemo.
 */
function peerGroups(latest: Prisma.Sql, limit: number | null): Prisma.Sql {
  return Prisma.sql`
    SELECT q."indicatorNumber", max(q.total)::int AS total,
           json_agg(json_build_object(
             'region', json_build_object('code', q."regionCode", 'name', q.name),
             'level', q.latest / 10 % 100, 'year', q.latest / 1000, 'isDemo', q.latest % 10 = 1)
             ORDER BY q.rn) FILTER (WHERE ${limit}::int IS NULL OR q.rn <= ${limit}::int) AS peers
      FROM (SELECT p."regionCode", p."indicatorNumber", p.latest, r.name,
                   row_number() OVER (PARTITION BY p."indicatorNumber"
                                      ORDER BY p.latest / 10 % 100 DESC, r.name COLLATE "und-x-icu",
                                               p."regionCode") AS rn,
                   count(*) OVER (PARTITION BY p."indicatorNumber") AS total
              FROM (${latest}) AS p
              JOIN "Region" r ON r.code = p."regionCode"
             WHERE p.latest / 10 % 100 >= ${PEER_MIN_LEVEL}) AS q
     GROUP BY q."indicatorNumber"`;
}

/** Peers by indicator, in the database's order: best first, then by region name. */
function peersByIndicator(groups: PeerGroup[]): Map<number, Peer[]> {
  return new Map(groups.map((group) => [group.indicatorNumber, group.peers]));
}

/**
 * Peers for every indicator of a framework (or one, with `indicatorNumber`) in the PEER_YEARS
 * years up to `year`, leaving out the region `exclude` (the one looking for peers). The database
 * keeps the latest level per region and indicator and drops those below PEER_MIN_LEVEL: with
 * every region assessed each year, the rows read are tens of thousands.
 */
export async function loadPeers(options: {
  frameworkId: string;
  year: number;
  viewer: Actor | null;
  indicatorNumber?: number;
  exclude?: string;
  /** List at most this many peers per indicator (best first); the totals still count all. */
  limit?: number;
}): Promise<PeerLevels> {
  const { frameworkId, year, viewer } = options;
  const from = year - PEER_YEARS + 1;
  const indicator = options.indicatorNumber ?? null;
  const exclude = options.exclude ?? null;
  const limit = options.limit ?? null;
  const selfAssessedShown = isMember(viewer);
  // The latest row per region and indicator is the largest year * 1000 + level * 10 + isDemo
  // (levels stay below 100): one hash aggregate over the rows, no sort of tens of thousands. The
  // peers come back as one JSON list per indicator.
  const [official, selfAssessed] = await Promise.all([
    db().$queryRaw<PeerGroup[]>(
      peerGroups(
        Prisma.sql`
          SELECT "regionCode", "indicatorNumber",
                 max(year * 1000 + level * 10 + "isDemo"::int) AS latest
            FROM "OfficialIndicatorLevel"
           WHERE "frameworkId" = ${frameworkId} AND year BETWEEN ${from} AND ${year}
             AND level >= 1
             AND (${indicator}::int IS NULL OR "indicatorNumber" = ${indicator}::int)
             AND (${exclude}::text IS NULL OR "regionCode" <> ${exclude}::text)
           GROUP BY "regionCode", "indicatorNumber"`,
        limit,
      ),
    ),
    selfAssessedShown
      ? db().$queryRaw<PeerGroup[]>(
          peerGroups(
            // A region whose latest assessment rates every indicator of the framework has its
            // latest levels in that one assessment: only its rows are read. The others (a
            // partial submission) take the latest level per indicator over all their years.
            Prisma.sql`
              WITH a AS MATERIALIZED (
                     SELECT id, "regionCode", year, "isDemo"::int AS demo
                       FROM "SelfAssessment"
                      WHERE "frameworkId" = ${frameworkId} AND year BETWEEN ${from} AND ${year}
                        AND status IN ('SUBMITTED', 'LOCKED')
                        AND (${exclude}::text IS NULL OR "regionCode" <> ${exclude}::text)),
                   complete AS MATERIALIZED (
                     SELECT lt.* FROM (SELECT DISTINCT ON ("regionCode") * FROM a
                                        ORDER BY "regionCode", year DESC) AS lt
                      WHERE (SELECT count(*) FROM "SelfAssessmentLevel" c
                              WHERE c."assessmentId" = lt.id)
                            >= (SELECT count(*) FROM "FrameworkIndicator"
                                 WHERE "frameworkId" = ${frameworkId}))
              SELECT lt."regionCode", l."indicatorNumber",
                     lt.year * 1000 + l.level * 10 + lt.demo AS latest
                FROM complete lt
                JOIN "SelfAssessmentLevel" l ON l."assessmentId" = lt.id
               WHERE (${indicator}::int IS NULL OR l."indicatorNumber" = ${indicator}::int)
              UNION ALL
              SELECT a."regionCode", l."indicatorNumber", max(a.year * 1000 + l.level * 10 + a.demo)
                FROM a
                JOIN "SelfAssessmentLevel" l ON l."assessmentId" = a.id
               WHERE a."regionCode" NOT IN (SELECT "regionCode" FROM complete)
                 AND (${indicator}::int IS NULL OR l."indicatorNumber" = ${indicator}::int)
               GROUP BY a."regionCode", l."indicatorNumber"`,
            limit,
          ),
        )
      : Promise.resolve([]),
  ]);
  return {
    official: peersByIndicator(official),
    selfAssessed: peersByIndicator(selfAssessed),
    officialTotal: new Map(official.map((g) => [g.indicatorNumber, g.total])),
    selfAssessedTotal: new Map(selfAssessed.map((g) => [g.indicatorNumber, g.total])),
    selfAssessedShown,
  };
}
