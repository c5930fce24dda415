// What a replication changed: the adopting region's levels on the commitment's target indicators
// and its SPBE index, before and after. SPBE evaluations are yearly, so "before" is the latest
// evaluation year up to the year the commitment was approved (or drafted, when not approved) and
// "after" the latest year after it, for the self-assessment (submitted or locked) and for the
// official result alike. Self-assessed figures follow the self-assessment's own visibility
// (members); official results are public.
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { computeIndex } from "~/modules/spbe/scoring";
import { DEFAULT_FRAMEWORK_ID, getFrameworkOverview } from "~/modules/spbe/spbe.server";
import { currentYear } from "~/utils/calendar";

export interface ImpactInput {
  id: string;
  adopterRegionCode: string;
  approvedAt: Date | null;
  createdAt: Date;
  indicators: Array<{ number: number; baselineLevel: number | null; targetLevel: number }>;
}

export interface YearValue {
  year: number;
  value: number;
}

export interface IndicatorChange {
  number: number;
  baselineLevel: number | null;
  targetLevel: number;
  selfBefore: YearValue | null;
  selfAfter: YearValue | null;
  officialBefore: YearValue | null;
  officialAfter: YearValue | null;
}

export interface IndexChange {
  before: YearValue | null;
  after: YearValue | null;
  /** after - before, two decimals; null unless both exist. */
  gained: number | null;
}

export interface CommitmentImpact {
  /** The year the before/after split is made on. */
  pivotYear: number;
  /** False when the viewer may not read the region's self-assessments (their figures are null). */
  selfAssessedReadable: boolean;
  indicators: IndicatorChange[];
  selfIndex: IndexChange;
  officialIndex: IndexChange;
}

interface YearLevels {
  year: number;
  levels: Map<number, number>;
}

function split<T extends { year: number }>(rows: T[], pivotYear: number) {
  const sorted = [...rows].sort((a, b) => b.year - a.year);
  return {
    before: sorted.find((r) => r.year <= pivotYear) ?? null,
    after: sorted.find((r) => r.year > pivotYear) ?? null,
  };
}

function gained(before: YearValue | null, after: YearValue | null): number | null {
  if (!before || !after) return null;
  return Math.round((after.value - before.value) * 100) / 100;
}

function yearValue(row: YearLevels | null, number: number): YearValue | null {
  const level = row?.levels.get(number);
  return row && level !== undefined ? { year: row.year, value: level } : null;
}

/** The impact of each commitment, read in three queries whatever their number. */
export async function impactOf(
  commitments: ImpactInput[],
  viewer: Actor | null,
  frameworkId = DEFAULT_FRAMEWORK_ID,
): Promise<Map<string, CommitmentImpact>> {
  const result = new Map<string, CommitmentImpact>();
  if (commitments.length === 0) return result;
  const regions = [...new Set(commitments.map((c) => c.adopterRegionCode))];
  const readable = new Set(
    regions.filter((regionCode) =>
      can(viewer, "record:read", { regionCode, visibility: "members" }),
    ),
  );
  const [framework, assessments, officialLevels, officialScores] = await Promise.all([
    getFrameworkOverview(frameworkId),
    readable.size
      ? db().selfAssessment.findMany({
          where: {
            frameworkId,
            regionCode: { in: [...readable] },
            status: { in: ["SUBMITTED", "LOCKED"] },
          },
          select: {
            regionCode: true,
            year: true,
            levels: { select: { indicatorNumber: true, level: true } },
          },
        })
      : Promise.resolve([]),
    db().officialIndicatorLevel.findMany({
      where: { frameworkId, regionCode: { in: regions } },
      select: { regionCode: true, year: true, indicatorNumber: true, level: true },
    }),
    db().spbeIndexScore.findMany({
      where: { frameworkId, regionCode: { in: regions } },
      select: { regionCode: true, year: true, index: true },
    }),
  ]);
  const selfByRegion = new Map<string, YearLevels[]>();
  for (const a of assessments) {
    const list = selfByRegion.get(a.regionCode) ?? [];
    list.push({
      year: a.year,
      levels: new Map(a.levels.map((l) => [l.indicatorNumber, l.level])),
    });
    selfByRegion.set(a.regionCode, list);
  }
  const officialByRegion = new Map<string, Map<number, YearLevels>>();
  for (const row of officialLevels) {
    const years = officialByRegion.get(row.regionCode) ?? new Map<number, YearLevels>();
    const entry = years.get(row.year) ?? { year: row.year, levels: new Map<number, number>() };
    entry.levels.set(row.indicatorNumber, row.level);
    years.set(row.year, entry);
    officialByRegion.set(row.regionCode, years);
  }
  for (const c of commitments) {
    const pivotYear = currentYear(c.approvedAt ?? c.createdAt);
    const self = split(selfByRegion.get(c.adopterRegionCode) ?? [], pivotYear);
    const official = split(
      [...(officialByRegion.get(c.adopterRegionCode)?.values() ?? [])],
      pivotYear,
    );
    const scores = split(
      officialScores
        .filter((s) => s.regionCode === c.adopterRegionCode)
        .map((s) => ({ year: s.year, value: Number(s.index) })),
      pivotYear,
    );
    const selfIndexOf = (row: YearLevels | null): YearValue | null =>
      row && framework
        ? { year: row.year, value: computeIndex(framework, row.levels).index }
        : null;
    const selfBefore = selfIndexOf(self.before);
    const selfAfter = selfIndexOf(self.after);
    result.set(c.id, {
      pivotYear,
      selfAssessedReadable: readable.has(c.adopterRegionCode),
      indicators: [...c.indicators]
        .sort((a, b) => a.number - b.number)
        .map((i) => ({
          number: i.number,
          baselineLevel: i.baselineLevel,
          targetLevel: i.targetLevel,
          selfBefore: yearValue(self.before, i.number),
          selfAfter: yearValue(self.after, i.number),
          officialBefore: yearValue(official.before, i.number),
          officialAfter: yearValue(official.after, i.number),
        })),
      selfIndex: { before: selfBefore, after: selfAfter, gained: gained(selfBefore, selfAfter) },
      officialIndex: {
        before: scores.before,
        after: scores.after,
        gained: gained(scores.before, scores.after),
      },
    });
  }
  return result;
}
