// Which catalogue figures the province page rolls up and shows (shared by the server and the
// page; no database here): every public count is summed, every public share averaged, and two
// members-level figures are shown per region to whom may read them.
import { FIGURES, type FigureId } from "./figures";

/** The public count figures (practices, software, commitments ...): added up in a roll-up. */
export const SUMMED_FIGURES: readonly FigureId[] = FIGURES.filter(
  (f) => f.level === "public" && f.kind === "count",
).map((f) => f.id);

/** The public shares (evidence completeness ...): averaged over the regions in a roll-up. */
export const AVERAGED_FIGURES: readonly FigureId[] = FIGURES.filter(
  (f) => f.level === "public" && f.kind === "share",
).map((f) => f.id);

/** The members-level figures the province page shows per region. */
export const PROVINCE_MEMBER_FIGURES = [
  "activeMembers",
  "lastActivityAt",
] as const satisfies readonly FigureId[];
