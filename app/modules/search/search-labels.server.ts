// Names for the facet values a search returns (codes and numbers in the engines).
import { db } from "~/db.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import type { FacetCounts } from "./search.types";

export interface FacetLabels {
  province: Record<string, string>;
  region: Record<string, string>;
  indicator: Record<string, string>;
  /** The indicators' English titles, for English readers. */
  indicatorEn: Record<string, string>;
}

export async function facetLabels(
  facets: FacetCounts,
  selected: { province?: string; region?: string; indicator?: number },
): Promise<FacetLabels> {
  const provinceCodes = [
    ...Object.keys(facets.province),
    ...(selected.province ? [selected.province] : []),
  ];
  const regionCodes = [
    ...Object.keys(facets.region),
    ...(selected.region ? [selected.region] : []),
  ];
  const indicatorNumbers = [
    ...Object.keys(facets.indicator).map(Number),
    ...(selected.indicator ? [selected.indicator] : []),
  ].filter(Number.isInteger);
  const [provinces, regions, indicators] = await Promise.all([
    provinceCodes.length
      ? db().province.findMany({
          where: { code: { in: provinceCodes } },
          select: { code: true, name: true },
        })
      : [],
    regionCodes.length
      ? db().region.findMany({
          where: { code: { in: regionCodes } },
          select: { code: true, name: true },
        })
      : [],
    indicatorNumbers.length
      ? db().frameworkIndicator.findMany({
          where: { frameworkId: DEFAULT_FRAMEWORK_ID, number: { in: indicatorNumbers } },
          select: { number: true, title: true, titleEn: true },
        })
      : [],
  ]);
  return {
    province: Object.fromEntries(provinces.map((row) => [row.code, row.name])),
    region: Object.fromEntries(regions.map((row) => [row.code, row.name])),
    indicator: Object.fromEntries(indicators.map((row) => [String(row.number), row.title])),
    indicatorEn: Object.fromEntries(indicators.map((row) => [String(row.number), row.titleEn])),
  };
}
