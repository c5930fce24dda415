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
  /** False when the viewer may not read other regions' self-assessments (not signed in as a member). */
  selfAssessedShown: boolean;
}

/** The order of String.prototype.localeCompare, without building a collator per comparison. */
const byName = new Intl.Collator();

/** One row per indicator with its peers, as the database aggregates them. */
interface PeerGroup {
  indicatorNumber: number;
  peers: Peer[];
}

/** A Peer as JSON, from the aggregate `p` (latest) joined with the region `r`. */
const PEER_JSON = Prisma.sql`json_agg(json_build_object(
  'region', json_build_object('code', p."regionCode", 'name', r.name),
  'level', p.latest / 10 % 100, 'year', p.latest / 1000, 'isDemo', p.latest % 10 = 1))`;

/** Peers by indicator, best first, then by region name. */
export function peersByIndicator(groups: PeerGroup[]): Map<number, Peer[]> {
  return new Map(
    groups.map((group) => [
      group.indicatorNumber,
      group.peers.sort((a, b) => b.level - a.level || byName.compare(a.region.name, b.region.name)),
    ]),
  );
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
}): Promise<PeerLevels> {
  const { frameworkId, year, viewer } = options;
  const from = year - PEER_YEARS + 1;
  const indicator = options.indicatorNumber ?? null;
  const exclude = options.exclude ?? null;
  const selfAssessedShown = isMember(viewer);
  // The latest row per region and indicator is the largest year * 1000 + level * 10 + isDemo
  // (levels stay below 100): one hash aggregate over the rows, no sort of tens of thousands. The
  // peers come back as one JSON list per indicator.
  const [official, selfAssessed] = await Promise.all([
    db().$queryRaw<PeerGroup[]>`
      SELECT p."indicatorNumber", ${PEER_JSON} AS peers
        FROM (SELECT "regionCode", "indicatorNumber",
                     max(year * 1000 + level * 10 + "isDemo"::int) AS latest
                FROM "OfficialIndicatorLevel"
               WHERE "frameworkId" = ${frameworkId} AND year BETWEEN ${from} AND ${year}
                 AND level >= 1
                 AND (${indicator}::int IS NULL OR "indicatorNumber" = ${indicator}::int)
                 AND (${exclude}::text IS NULL OR "regionCode" <> ${exclude}::text)
               GROUP BY "regionCode", "indicatorNumber") AS p
        JOIN "Region" r ON r.code = p."regionCode"
       WHERE p.latest / 10 % 100 >= ${PEER_MIN_LEVEL}
       GROUP BY p."indicatorNumber"`,
    selfAssessedShown
      ? db().$queryRaw<PeerGroup[]>`
          SELECT p."indicatorNumber", ${PEER_JSON} AS peers
            FROM (SELECT a."regionCode", l."indicatorNumber",
                         max(a.year * 1000 + l.level * 10 + a."isDemo"::int) AS latest
                    FROM "SelfAssessment" a
                    JOIN "SelfAssessmentLevel" l ON l."assessmentId" = a.id
                   WHERE a."frameworkId" = ${frameworkId} AND a.year BETWEEN ${from} AND ${year}
                     AND a.status IN ('SUBMITTED', 'LOCKED')
                     AND (${indicator}::int IS NULL OR l."indicatorNumber" = ${indicator}::int)
                     AND (${exclude}::text IS NULL OR a."regionCode" <> ${exclude}::text)
                   GROUP BY a."regionCode", l."indicatorNumber") AS p
            JOIN "Region" r ON r.code = p."regionCode"
           WHERE p.latest / 10 % 100 >= ${PEER_MIN_LEVEL}
           GROUP BY p."indicatorNumber"`
      : Promise.resolve([]),
  ]);
  return {
    official: peersByIndicator(official),
    selfAssessed: peersByIndicator(selfAssessed),
    selfAssessedShown,
  };
}
