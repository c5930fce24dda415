// Peers: the regions at level 4 or 5 on an indicator ("who did it well"), from official results
// (public) and from submitted or locked self-assessments (signed-in members only), the latest
// level per region within the last PEER_YEARS years. The gap page and the indicator page share it.
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

interface PeerRow {
  regionCode: string;
  regionName: string;
  indicatorNumber: number;
  level: number;
  year: number;
  isDemo: boolean;
}

/** Peer rows (already the latest per region and indicator, at or above PEER_MIN_LEVEL) by
 * indicator, best first, then by region name. */
export function peersByIndicator(rows: PeerRow[]): Map<number, Peer[]> {
  const byIndicator = new Map<number, Peer[]>();
  for (const row of rows) {
    const list = byIndicator.get(row.indicatorNumber) ?? [];
    list.push({
      region: { code: row.regionCode, name: row.regionName },
      level: row.level,
      year: row.year,
      isDemo: row.isDemo,
    });
    byIndicator.set(row.indicatorNumber, list);
  }
  for (const list of byIndicator.values())
    list.sort((a, b) => b.level - a.level || a.region.name.localeCompare(b.region.name));
  return byIndicator;
}

/**
 * Peers for every indicator of a framework (or one, with `indicatorNumber`) in the PEER_YEARS
 * years up to `year`, leaving out the region `exclude` (the one looking for peers). The database
 * keeps the latest level per region and indicator and drops those below PEER_MIN_LEVEL: with
 * every region assessed each year, the rows read are tens of thousands, the peers far fewer.
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
  const [official, selfAssessed] = await Promise.all([
    db().$queryRaw<PeerRow[]>`
      SELECT p."regionCode", r.name AS "regionName", p."indicatorNumber", p.level, p.year,
             p."isDemo"
        FROM (SELECT DISTINCT ON ("indicatorNumber", "regionCode")
                     "regionCode", "indicatorNumber", level, year, "isDemo"
                FROM "OfficialIndicatorLevel"
               WHERE "frameworkId" = ${frameworkId} AND year BETWEEN ${from} AND ${year}
                 AND level >= 1
                 AND (${indicator}::int IS NULL OR "indicatorNumber" = ${indicator}::int)
               ORDER BY "indicatorNumber", "regionCode", year DESC) AS p
        JOIN "Region" r ON r.code = p."regionCode"
       WHERE p.level >= ${PEER_MIN_LEVEL}
         AND (${exclude}::text IS NULL OR p."regionCode" <> ${exclude}::text)`,
    selfAssessedShown
      ? db().$queryRaw<PeerRow[]>`
          SELECT p."regionCode", r.name AS "regionName", p."indicatorNumber", p.level, p.year,
                 p."isDemo"
            FROM (SELECT DISTINCT ON (l."indicatorNumber", a."regionCode")
                         a."regionCode", l."indicatorNumber", l.level, a.year, a."isDemo"
                    FROM "SelfAssessment" a
                    JOIN "SelfAssessmentLevel" l ON l."assessmentId" = a.id
                   WHERE a."frameworkId" = ${frameworkId} AND a.year BETWEEN ${from} AND ${year}
                     AND a.status IN ('SUBMITTED', 'LOCKED')
                     AND (${indicator}::int IS NULL OR l."indicatorNumber" = ${indicator}::int)
                   ORDER BY l."indicatorNumber", a."regionCode", a.year DESC) AS p
            JOIN "Region" r ON r.code = p."regionCode"
           WHERE p.level >= ${PEER_MIN_LEVEL}
             AND (${exclude}::text IS NULL OR p."regionCode" <> ${exclude}::text)`
      : Promise.resolve([]),
  ]);
  return {
    official: peersByIndicator(official),
    selfAssessed: peersByIndicator(selfAssessed),
    selfAssessedShown,
  };
}
