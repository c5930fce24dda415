// The figures a region's secretary compares against the cohort and province averages on
// /dashboard (issue 16, point 5). One line per figure: its key (the message keys
// `regionStanding.figure.<key>` and `regionStanding.counts.<key>` say what it counts), how it is
// read from a region's participation row, and how it is shown. Shared by the server and the page.
import type { RegionParticipation } from "./participation.server";

export interface StandingFigure {
  key: string;
  of: (row: RegionParticipation) => number;
  format: "count" | "percent";
  /** True for a figure where less is better (stalled commitments). */
  lowerIsBetter?: boolean;
}

export const STANDING_FIGURES = [
  { key: "practices", of: (r) => r.practices, format: "count" },
  { key: "software", of: (r) => r.software, format: "count" },
  { key: "commitmentsActive", of: (r) => r.commitments.active, format: "count" },
  { key: "commitmentsVerified", of: (r) => r.commitments.verified, format: "count" },
  {
    key: "commitmentsStalled",
    of: (r) => r.commitments.stalled,
    format: "count",
    lowerIsBetter: true,
  },
  { key: "evidenceCompleteness", of: (r) => r.evidenceCompleteness, format: "percent" },
] as const satisfies readonly StandingFigure[];

export type StandingFigureKey = (typeof STANDING_FIGURES)[number]["key"];

/** The mean of the figure over the rows, rounded to three decimals (0 for no rows). */
export function averageOf(rows: readonly RegionParticipation[], figure: StandingFigure): number {
  if (rows.length === 0) return 0;
  const sum = rows.reduce((total, row) => total + figure.of(row), 0);
  return Math.round((sum / rows.length) * 1000) / 1000;
}
