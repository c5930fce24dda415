// The plan of the demo study visits and commitments (labelled demo): who visited whom on which
// day, and what each visit led to. Pure and deterministic, apart from `now`: open commitments are
// dated relative to the seed's day, so "stalled" shows on the ones meant to stall and not on the
// others. Written to the database by ./demo-tracker.ts.
export type DemoStatus =
  "DRAFT" | "COMMITTED" | "IN_PROGRESS" | "IMPLEMENTED" | "VERIFIED" | "CANCELLED";

/** What a visit led to: nothing, or one commitment in a status (stalled: how). */
export interface DemoOutcome {
  status: DemoStatus | null;
  stall?: "noUpdate" | "overdue";
  /** Kota Bandung's showcase: in progress, one milestone done waiting for the mentor. */
  waiting?: boolean;
}

const N = null;
/**
 * Visits to Sumedang, oldest first: advanced statuses for the oldest, none for some. The verified
 * ones are approved after the 2025 self-assessment was submitted, so their before/after is
 * 2025 -> 2026 (./demo-tracker.ts submits those adopters' 2026 self-assessments).
 */
export const SUMEDANG_OUTCOMES: DemoOutcome[] = [
  { status: "IMPLEMENTED" },
  { status: "CANCELLED" },
  { status: N },
  { status: "IMPLEMENTED" },
  { status: "VERIFIED" },
  { status: "VERIFIED" },
  { status: "IN_PROGRESS", stall: "noUpdate" },
  { status: N },
  { status: "VERIFIED" },
  { status: "CANCELLED" },
  { status: "VERIFIED" },
  { status: "IN_PROGRESS", stall: "overdue" },
  { status: "COMMITTED", stall: "noUpdate" },
  { status: "IN_PROGRESS" },
  { status: N },
  { status: "IMPLEMENTED" },
  { status: "COMMITTED" },
  { status: "IN_PROGRESS", stall: "noUpdate" },
  { status: "DRAFT" },
  { status: N },
  { status: "COMMITTED" },
  { status: "IN_PROGRESS" },
  { status: "DRAFT" },
  { status: N },
  { status: "DRAFT" },
];

/** Visits to two other hosts (regions with published practices, not Kota Bandung). */
export const OTHER_HOST_OUTCOMES: DemoOutcome[][] = [
  [{ status: "VERIFIED" }, { status: "IN_PROGRESS" }, { status: N }, { status: "DRAFT" }],
  [{ status: "COMMITTED" }, { status: N }],
];

export const DAY_MS = 86_400_000;
export const FIRST_VISIT_DAY = "2025-01-15";
/** Days between two visits to Sumedang: 25 visits from January 2025 to autumn 2026. */
export const VISIT_SPACING_DAYS = 25;
/** Demo self-assessments: 2024 locked, 2025 submitted on this day (before it, 2024 is the latest). */
export const SUBMITTED_2025_ON = "2025-04-30";

export const MILESTONE_TITLES = [
  "Tim pelaksana dibentuk dan belajar dari mentor (DEMO)",
  "Uji coba layanan di satu perangkat daerah (DEMO)",
  "Layanan berjalan di seluruh daerah dan dievaluasi (DEMO)",
];

export type DemoMilestoneState = "OPEN" | "DONE" | "CONFIRMED";

/** The milestones' states for a status (three milestones each). */
export function milestoneStates(outcome: DemoOutcome): DemoMilestoneState[] {
  switch (outcome.status) {
    case "VERIFIED":
      return ["CONFIRMED", "CONFIRMED", "CONFIRMED"];
    case "IMPLEMENTED":
      return ["CONFIRMED", "CONFIRMED", "DONE"];
    case "IN_PROGRESS":
      return outcome.waiting ? ["CONFIRMED", "DONE", "OPEN"] : ["CONFIRMED", "OPEN", "OPEN"];
    default:
      return ["OPEN", "OPEN", "OPEN"];
  }
}

/** The statuses a commitment went through to reach its own, in order (after DRAFT). */
export function statusPath(status: DemoStatus): DemoStatus[] {
  const flow: DemoStatus[] = ["COMMITTED", "IN_PROGRESS", "IMPLEMENTED", "VERIFIED"];
  if (status === "DRAFT") return [];
  if (status === "CANCELLED") return ["COMMITTED", "CANCELLED"];
  return flow.slice(0, flow.indexOf(status) + 1);
}

export const CANCEL_REASON =
  "Contoh data demo: anggaran dialihkan ke prioritas lain tahun ini; akan diajukan lagi tahun depan.";
