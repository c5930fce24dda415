// Gap analysis: a region's indicators ordered by the index gained from one more level, and for
// each the regions at level 4 or 5 on it (official results first, then self-assessments the viewer
// may read), with their published practices and code entries: "where are we weak, and who did it
// well".
import { isMember, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { gapOrder } from "./scoring";
import { getSelfAssessmentView, type SelfAssessmentView } from "./self-assessment.server";
import { DEFAULT_FRAMEWORK_ID } from "./spbe.server";

/** Levels from this many years back still count as "did it well". */
export const PEER_YEARS = 3;
export const PEER_MIN_LEVEL = 4;

export interface Peer {
  region: { code: string; name: string };
  level: number;
  year: number;
  isDemo: boolean;
}

export interface GapRow {
  number: number;
  title: string;
  titleEn: string;
  level: number;
  gain: number;
  officialPeers: Peer[];
  selfAssessedPeers: Peer[];
  practices: Array<{
    slug: string;
    title: string;
    isDemo: boolean;
    region: { code: string; name: string };
  }>;
  software: Array<{
    slug: string;
    name: string;
    isDemo: boolean;
    region: { code: string; name: string };
  }>;
}

export interface GapView {
  assessment: SelfAssessmentView;
  /** Where the levels come from: the self-assessment, else the official result, else none. */
  basis: "self-assessment" | "official" | "none";
  rows: GapRow[];
  /** False when the viewer may not read other regions' self-assessments (not signed in as a member). */
  selfAssessedPeersShown: boolean;
}

/** The latest level per region and indicator at or above PEER_MIN_LEVEL, newest year first. */
function latestPerRegion(
  rows: Array<{
    regionCode: string;
    regionName: string;
    indicatorNumber: number;
    level: number;
    year: number;
    isDemo: boolean;
  }>,
  exclude: string,
): Map<number, Peer[]> {
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

export async function getGapView(
  regionCode: string,
  year: number,
  viewer: Actor | null,
  frameworkId = DEFAULT_FRAMEWORK_ID,
): Promise<GapView> {
  const assessment = await getSelfAssessmentView(regionCode, year, viewer, frameworkId);
  const { framework, region } = assessment;
  const levels = assessment.assessment
    ? new Map(Object.entries(assessment.assessment.levels).map(([n, l]) => [Number(n), l.level]))
    : assessment.official && Object.keys(assessment.official.levels).length > 0
      ? new Map(Object.entries(assessment.official.levels).map(([n, l]) => [Number(n), l]))
      : new Map<number, number>();
  const basis = assessment.assessment ? "self-assessment" : levels.size > 0 ? "official" : "none";
  const years = { gte: year - PEER_YEARS + 1, lte: year };
  const selfAssessedPeersShown = isMember(viewer);
  const [official, selfAssessed, practices, software] = await Promise.all([
    db().officialIndicatorLevel.findMany({
      where: { frameworkId, year: years, level: { gte: 1 } },
      select: {
        regionCode: true,
        indicatorNumber: true,
        level: true,
        year: true,
        isDemo: true,
        region: { select: { name: true } },
      },
    }),
    selfAssessedPeersShown
      ? db().selfAssessmentLevel.findMany({
          where: {
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
    db().practice.findMany({
      where: { status: "PUBLISHED", indicators: { some: { indicator: { frameworkId } } } },
      orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
      select: {
        slug: true,
        title: true,
        isDemo: true,
        region: { select: { code: true, name: true } },
        indicators: { select: { indicator: { select: { number: true, frameworkId: true } } } },
      },
    }),
    db().softwareEntry.findMany({
      where: { status: "PUBLISHED", indicators: { some: { indicator: { frameworkId } } } },
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        isDemo: true,
        region: { select: { code: true, name: true } },
        indicators: { select: { indicator: { select: { number: true, frameworkId: true } } } },
      },
    }),
  ]);
  const officialPeers = latestPerRegion(
    official.map((row) => ({ ...row, regionName: row.region.name })),
    region.code,
  );
  const selfPeers = latestPerRegion(
    selfAssessed.map((row) => ({
      regionCode: row.assessment.regionCode,
      regionName: row.assessment.region.name,
      indicatorNumber: row.indicatorNumber,
      level: row.level,
      year: row.assessment.year,
      isDemo: row.assessment.isDemo,
    })),
    region.code,
  );
  const indicators = new Map(
    framework.domains
      .flatMap((d) => d.aspects)
      .flatMap((a) => a.indicators)
      .map((i) => [i.number, i]),
  );
  const forIndicator = <
    T extends {
      region: { code: string };
      indicators: Array<{ indicator: { number: number; frameworkId: string } }>;
    },
  >(
    items: T[],
    number: number,
  ) =>
    items
      .filter(
        (item) =>
          item.region.code !== region.code &&
          item.indicators.some(
            (i) => i.indicator.number === number && i.indicator.frameworkId === frameworkId,
          ),
      )
      .map(({ indicators: _, ...rest }) => rest);
  const rows: GapRow[] = gapOrder(framework, levels).map((row) => {
    const indicator = indicators.get(row.number)!;
    return {
      ...row,
      title: indicator.title,
      titleEn: indicator.titleEn,
      officialPeers: officialPeers.get(row.number) ?? [],
      selfAssessedPeers: selfPeers.get(row.number) ?? [],
      practices: forIndicator(practices, row.number),
      software: forIndicator(software, row.number),
    };
  });
  return { assessment, basis, rows, selfAssessedPeersShown };
}
