// The figures a region's secretary compares against the cohort and province averages on
// /dashboard (issue 16, point 5): one line per figure, naming a figure of the catalogue
// (./figures.ts gives its label and its definition, "apa artinya?"). Only public figures are
// averaged over other regions. Shared by the server and the page.
import { figure, figureValue, type FigureId } from "./figures";
import type { RegionParticipation } from "./participation.server";

export interface StandingFigure {
  id: FigureId;
  /** True for a figure where less is better (stalled commitments). */
  lowerIsBetter?: boolean;
}

export const STANDING_FIGURES: readonly StandingFigure[] = [
  { id: "practices" },
  { id: "software" },
  { id: "commitments.active" },
  { id: "commitments.verified" },
  { id: "commitments.stalled", lowerIsBetter: true },
  { id: "evidenceCompleteness" },
];

/** The figure's number in a row (0 when unknown). */
export function standingValue(row: RegionParticipation, id: FigureId): number {
  const value = figureValue(row, id);
  return typeof value === "number" ? value : 0;
}

/** How the page writes it: a share as a percentage, anything else as a number. */
export function standingFormat(id: FigureId): "count" | "percent" {
  return figure(id).kind === "share" ? "percent" : "count";
}

/** The mean of the figure over the rows, rounded to three decimals (0 for no rows). */
export function averageOf(rows: readonly RegionParticipation[], id: FigureId): number {
  if (rows.length === 0) return 0;
  const sum = rows.reduce((total, row) => total + standingValue(row, id), 0);
  return Math.round((sum / rows.length) * 1000) / 1000;
}
