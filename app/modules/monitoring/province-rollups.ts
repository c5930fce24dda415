// Province roll-ups of the cohort table: per province, how many of the regions shown it has, how
// many in each status, the sums of their counts and their average evidence completeness. Pure.
import type { CohortTableRow } from "./cohort-columns";
import { PARTICIPATION_STATUSES, type ParticipationStatus } from "./participation-status";

export interface ProvinceRollup {
  provinceCode: string;
  provinceName: string;
  regions: number;
  byStatus: Record<ParticipationStatus, number>;
  activeMembers: number;
  practices: number;
  software: number;
  commitments: { active: number; verified: number; stalled: number };
  /** The mean of the regions' evidence completeness (each region weighs the same), 0..1. */
  averageEvidenceCompleteness: number;
}

function emptyStatusCounts(): Record<ParticipationStatus, number> {
  return Object.fromEntries(PARTICIPATION_STATUSES.map((s) => [s, 0])) as Record<
    ParticipationStatus,
    number
  >;
}

/** One roll-up per province with at least one of the rows, in province code order. */
export function provinceRollups(rows: readonly CohortTableRow[]): ProvinceRollup[] {
  const byProvince = new Map<string, ProvinceRollup & { evidenceSum: number }>();
  for (const row of rows) {
    let rollup = byProvince.get(row.provinceCode);
    if (!rollup) {
      rollup = {
        provinceCode: row.provinceCode,
        provinceName: row.provinceName,
        regions: 0,
        byStatus: emptyStatusCounts(),
        activeMembers: 0,
        practices: 0,
        software: 0,
        commitments: { active: 0, verified: 0, stalled: 0 },
        averageEvidenceCompleteness: 0,
        evidenceSum: 0,
      };
      byProvince.set(row.provinceCode, rollup);
    }
    rollup.regions += 1;
    rollup.byStatus[row.status] += 1;
    rollup.activeMembers += row.activeMembers;
    rollup.practices += row.practices;
    rollup.software += row.software;
    rollup.commitments.active += row.commitments.active;
    rollup.commitments.verified += row.commitments.verified;
    rollup.commitments.stalled += row.commitments.stalled;
    rollup.evidenceSum += row.evidenceCompleteness;
  }
  return [...byProvince.values()]
    .sort((a, b) => a.provinceCode.localeCompare(b.provinceCode))
    .map(({ evidenceSum, ...rollup }) => ({
      ...rollup,
      averageEvidenceCompleteness: Math.round((evidenceSum / rollup.regions) * 1000) / 1000,
    }));
}
