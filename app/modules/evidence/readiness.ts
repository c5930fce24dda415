// Evidence readiness (kesiapan bukti dukung): for each indicator a region claims a level on, is
// that level backed by evidence? And how many of the self-assessed index's points rest on backed
// evidence? Pure arithmetic on the framework's weights, in the integer thousandths the index uses
// (scoring.ts), so the backed points never exceed the index and add up exactly.
import { localeOf, type Language } from "~/i18n/languages";
import {
  weightThousandths,
  type IndicatorLevels,
  type ScoringFramework,
} from "~/modules/spbe/scoring";
import type { ReviewState } from "./evidence.schema";

/**
 * backed: a current record of at least the claimed level, accepted or not yet reviewed;
 * needsRevision: such records exist only with the review "perlu perbaikan";
 * expired: such records exist only past their expiry date;
 * missing: no record of at least the claimed level.
 */
export const READINESS_STATES = ["backed", "needsRevision", "expired", "missing"] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];

/** What readiness reads of an evidence record. `expiresOn` is a calendar day (YYYY-MM-DD). */
export interface ReadinessEvidence {
  level: number;
  reviewState: ReviewState;
  expiresOn: string | null;
}

export interface IndicatorReadiness {
  number: number;
  /** The claimed level; 0 when the indicator is not rated (then `state` is null). */
  claimed: number;
  state: ReadinessState | null;
}

export interface ReadinessResult {
  indicators: IndicatorReadiness[];
  /** The self-assessed index and the part of it on backed indicators, two decimals, half-up. */
  index: number;
  backedPoints: number;
  /** The same, one decimal (from the two-decimal figures, so they agree with the index shown). */
  indexTenths: number;
  backedTenths: number;
  counts: Record<ReadinessState, number>;
}

/** A record still in force on `asOf` (it expires at the end of its expiry day). */
function current(evidence: ReadinessEvidence, asOf: string): boolean {
  return evidence.expiresOn === null || evidence.expiresOn >= asOf;
}

/** The readiness of one claimed level (> 0) given the indicator's evidence records. */
export function indicatorReadiness(
  claimed: number,
  evidence: readonly ReadinessEvidence[],
  asOf: string,
): ReadinessState {
  const enough = evidence.filter((e) => e.level >= claimed);
  const inForce = enough.filter((e) => current(e, asOf));
  if (inForce.some((e) => e.reviewState !== "NEEDS_REVISION")) return "backed";
  if (inForce.length > 0) return "needsRevision";
  if (enough.length > 0) return "expired";
  return "missing";
}

/** numerator / denominator rounded half-up to two decimals (non-negative integers). */
function hundredths(numerator: number, denominator: number): number {
  if (denominator === 0) return 0;
  return Math.floor((numerator * 200 + denominator) / (denominator * 2));
}

const tenthsOf = (h: number) => Math.floor((h + 5) / 10) / 10;

function levelOf(levels: IndicatorLevels, number: number): number {
  const level =
    levels instanceof Map ? levels.get(number) : (levels as Record<number, number>)[number];
  return typeof level === "number" && Number.isInteger(level) && level > 0 ? level : 0;
}

/** Readiness of every indicator of the framework and the index points backed by evidence. */
export function computeReadiness(
  framework: ScoringFramework,
  claimed: IndicatorLevels,
  evidenceByIndicator: ReadonlyMap<number, readonly ReadinessEvidence[]>,
  asOf: string,
): ReadinessResult {
  const indicators: IndicatorReadiness[] = [];
  const counts: Record<ReadinessState, number> = {
    backed: 0,
    needsRevision: 0,
    expired: 0,
    missing: 0,
  };
  let total = 0;
  let backed = 0;
  let totalWeight = 0;
  for (const domain of framework.domains)
    for (const aspect of domain.aspects)
      for (const indicator of aspect.indicators) {
        const weight = weightThousandths(indicator.weight);
        const level = levelOf(claimed, indicator.number);
        totalWeight += weight;
        if (level === 0) {
          indicators.push({ number: indicator.number, claimed: 0, state: null });
          continue;
        }
        const state = indicatorReadiness(
          level,
          evidenceByIndicator.get(indicator.number) ?? [],
          asOf,
        );
        counts[state] += 1;
        total += level * weight;
        if (state === "backed") backed += level * weight;
        indicators.push({ number: indicator.number, claimed: level, state });
      }
  const indexH = hundredths(total, totalWeight);
  const backedH = hundredths(backed, totalWeight);
  return {
    indicators,
    index: indexH / 100,
    backedPoints: backedH / 100,
    indexTenths: tenthsOf(indexH),
    backedTenths: tenthsOf(backedH),
    counts,
  };
}

/** Index points with one decimal in the reader's number format ("2,1" in Indonesian, "2.1" in English). */
export function formatPoints(value: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
