// SPBE index arithmetic, computed from a framework's own data (weights and predicate bands), so a
// second framework with other indicators, weights or bands needs no code change.
//
// Weights are percentages with at most three decimals (the database column is DECIMAL(6,3)). They
// are turned into integer thousandths before any sum, so 13 × 1.3 % adds up to exactly 16.9 %
// rather than 16.900000000000002, and an index of exactly 4.20 is never 4.1999… (which would
// change its predicate).

/** The parts of a framework the arithmetic needs. */
export interface ScoringFramework {
  scaleMax: number;
  domains: ReadonlyArray<{
    number: number;
    aspects: ReadonlyArray<{
      number: number;
      indicators: ReadonlyArray<{ number: number; weight: number | string }>;
    }>;
  }>;
  predicates: ReadonlyArray<{ name: string; nameEn: string; min: number; max: number }>;
}

/** Level per indicator number; an indicator without a level counts as 0 (not rated). */
export type IndicatorLevels = ReadonlyMap<number, number> | Readonly<Record<number, number>>;

export interface IndexResult {
  /** The index on the framework's scale, rounded half-up to two decimals. */
  index: number;
  predicate: { name: string; nameEn: string } | null;
  domains: Array<{ number: number; index: number }>;
  aspects: Array<{ number: number; domainNumber: number; index: number }>;
  /** How many of the framework's indicators have a level. */
  rated: number;
  indicatorCount: number;
}

/** A weight in percent as integer thousandths of a percent ("1.300" -> 1300). Exact for ≤3 decimals. */
export function weightThousandths(weight: number | string): number {
  const text = typeof weight === "number" ? weight.toFixed(3) : weight.trim();
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(text);
  if (!match) throw new RangeError(`Not a weight with at most three decimals: ${String(weight)}`);
  return Number(match[1]) * 1000 + Number((match[2] ?? "").padEnd(3, "0"));
}

/** numerator / denominator rounded half-up to two decimals, for non-negative integers. */
function roundedQuotient(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  const hundredths = Math.floor((numerator * 100 * 2 + denominator) / (denominator * 2));
  return hundredths / 100;
}

function levelOf(levels: IndicatorLevels, number: number): number {
  const level =
    levels instanceof Map ? levels.get(number) : (levels as Record<number, number>)[number];
  return typeof level === "number" && Number.isInteger(level) ? level : 0;
}

/** The predicate band of an index: min inclusive, max exclusive, the top band closed at its max. */
export function predicateOf<T extends { min: number; max: number }>(
  index: number,
  bands: readonly T[],
): T | null {
  if (bands.length === 0) return null;
  const top = Math.max(...bands.map((band) => band.max));
  return (
    bands.find(
      (band) => index >= band.min && (index < band.max || (band.max === top && index <= band.max)),
    ) ?? null
  );
}

/**
 * The index (sum of level × weight / 100), each domain's and aspect's index (the weighted mean
 * level of its indicators) and the predicate of the rounded index.
 */
export function computeIndex(framework: ScoringFramework, levels: IndicatorLevels): IndexResult {
  let total = 0;
  let totalWeight = 0;
  let rated = 0;
  let indicatorCount = 0;
  const domains: IndexResult["domains"] = [];
  const aspects: IndexResult["aspects"] = [];
  for (const domain of framework.domains) {
    let domainSum = 0;
    let domainWeight = 0;
    for (const aspect of domain.aspects) {
      let aspectSum = 0;
      let aspectWeight = 0;
      for (const indicator of aspect.indicators) {
        const level = levelOf(levels, indicator.number);
        if (level < 0 || level > framework.scaleMax)
          throw new RangeError(`Level ${level} of indicator ${indicator.number} is off the scale`);
        const weight = weightThousandths(indicator.weight);
        indicatorCount += 1;
        if (level > 0) rated += 1;
        aspectSum += level * weight;
        aspectWeight += weight;
      }
      aspects.push({
        number: aspect.number,
        domainNumber: domain.number,
        index: roundedQuotient(aspectSum, aspectWeight),
      });
      domainSum += aspectSum;
      domainWeight += aspectWeight;
    }
    domains.push({ number: domain.number, index: roundedQuotient(domainSum, domainWeight) });
    total += domainSum;
    totalWeight += domainWeight;
  }
  // Weights sum to 100 % (100,000 thousandths); dividing by the actual sum keeps a framework whose
  // weights are rounded (e.g. 99.999 %) on its scale.
  const index = roundedQuotient(total, totalWeight);
  const band = predicateOf(index, framework.predicates);
  return {
    index,
    predicate: band ? { name: band.name, nameEn: band.nameEn } : null,
    domains,
    aspects,
    rated,
    indicatorCount,
  };
}

export interface IndicatorGain {
  number: number;
  level: number;
  /** Index points gained by raising this indicator one level (its weight / 100), 0 at the top. */
  gain: number;
}

/**
 * The indicators ordered by the index gained by raising each one level (capped at the scale's
 * top), then the lowest level first, then by number.
 */
export function gapOrder(framework: ScoringFramework, levels: IndicatorLevels): IndicatorGain[] {
  const rows: Array<IndicatorGain & { thousandths: number }> = [];
  for (const domain of framework.domains)
    for (const aspect of domain.aspects)
      for (const indicator of aspect.indicators) {
        const level = levelOf(levels, indicator.number);
        const thousandths = level >= framework.scaleMax ? 0 : weightThousandths(indicator.weight);
        rows.push({ number: indicator.number, level, gain: thousandths / 100_000, thousandths });
      }
  return rows
    .sort((a, b) => b.thousandths - a.thousandths || a.level - b.level || a.number - b.number)
    .map(({ number, level, gain }) => ({ number, level, gain }));
}
