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

/** The latest level per region and indicator, kept when at or above PEER_MIN_LEVEL; best first. */
export function latestPerRegion(rows: PeerRow[], exclude?: string): Map<number, Peer[]> {
  const seen = new Set<string>();
  const byIndicator = new Map<number, Peer[]>();
  for (const row of [...rows].sort(
    (a, b) => b.year - a.year || b.level - a.level || a.regionName.localeCompare(b.regionName),
  )) {
    if (row.regionCode === exclude) continue;
    const key = `${row.indicatorNumber}/${row.regionCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (row.level < PEER_MIN_LEVEL) continue;
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
 * years up to `year`, leaving out the region `exclude` (the one looking for peers).
 */
export async function loadPeers(options: {
  frameworkId: string;
  year: number;
  viewer: Actor | null;
  indicatorNumber?: number;
  exclude?: string;
}): Promise<PeerLevels> {
  const { frameworkId, year, viewer, indicatorNumber, exclude } = options;
  const years = { gte: year - PEER_YEARS + 1, lte: year };
  const selfAssessedShown = isMember(viewer);
  const [official, selfAssessed] = await Promise.all([
    db().officialIndicatorLevel.findMany({
      where: { frameworkId, year: years, level: { gte: 1 }, indicatorNumber },
      select: {
        regionCode: true,
        indicatorNumber: true,
        level: true,
        year: true,
        isDemo: true,
        region: { select: { name: true } },
      },
    }),
    selfAssessedShown
      ? db().selfAssessmentLevel.findMany({
          where: {
            indicatorNumber,
            assessment: { frameworkId, year: years, status: { in: ["SUBMITTED", "LOCKED"] } },
          },
          select: {
            indicatorNumber: true,
            level: true,
            assessment: {
              select: {
                regionCode: true,
                year: true,
                isDemo: true,
                region: { select: { name: true } },
              },
            },
          },
        })
      : Promise.resolve([]),
  ]);
  return {
    official: latestPerRegion(
      official.map((row) => ({ ...row, regionName: row.region.name })),
      exclude,
    ),
    selfAssessed: latestPerRegion(
      selfAssessed.map((row) => ({
        regionCode: row.assessment.regionCode,
        regionName: row.assessment.region.name,
        indicatorNumber: row.indicatorNumber,
        level: row.level,
        year: row.assessment.year,
        isDemo: row.assessment.isDemo,
      })),
      exclude,
    ),
    selfAssessedShown,
  };
}
