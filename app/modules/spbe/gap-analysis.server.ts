// Gap analysis: a region's indicators ordered by the index gained from one more level, and for
// each the regions at level 4 or 5 on it (official results first, then self-assessments the viewer
// may read), with their published practices and code entries: "where are we weak, and who did it
// well".
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { loadPeers, type Peer } from "./peers.server";
import { gapOrder } from "./scoring";
import { getSelfAssessmentView, type SelfAssessmentView } from "./self-assessment.server";
import { DEFAULT_FRAMEWORK_ID } from "./spbe.server";

export type { Peer };

/** Peers listed per indicator and kind; the indicator page lists all of them. */
export const GAP_PEERS = 5;

export interface GapRow {
  number: number;
  title: string;
  titleEn: string;
  level: number;
  gain: number;
  /** The first GAP_PEERS peers, best first; the totals count all (the indicator page lists them). */
  officialPeers: Peer[];
  officialPeerTotal: number;
  selfAssessedPeers: Peer[];
  selfAssessedPeerTotal: number;
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
  const [peers, practices, software] = await Promise.all([
    loadPeers({ frameworkId, year, viewer, exclude: region.code, limit: GAP_PEERS }),
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
      officialPeers: peers.official.get(row.number) ?? [],
      officialPeerTotal: peers.officialTotal.get(row.number) ?? 0,
      selfAssessedPeers: peers.selfAssessed.get(row.number) ?? [],
      selfAssessedPeerTotal: peers.selfAssessedTotal.get(row.number) ?? 0,
      practices: forIndicator(practices, row.number),
      software: forIndicator(software, row.number),
    };
  });
  return { assessment, basis, rows, selfAssessedPeersShown: peers.selfAssessedShown };
}
