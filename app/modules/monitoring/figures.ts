// The catalogue of participation figures (issue 16): for every figure of RegionParticipation its
// id (the field's path), its label and its definition (what it counts, from which records, over
// which period, with which thresholds), and whether it is a public aggregate figure or members
// level. Pages, exports and FigureHelp read labels and definitions from here, so one figure has
// one name and one meaning everywhere. Shared by the server and the browser (no database here).
import type { MessageKey, MessageParams } from "~/i18n/translate";
import type { RegionParticipation } from "./participation.server";

/** How a figure's value is written: a count, a share 0..1, an SPBE index, a year, ... */
export type FigureKind =
  "count" | "share" | "index" | "indexChange" | "year" | "date" | "status" | "selfAssessment";

export const FIGURE_IDS = [
  "status",
  "lastActivityAt",
  "activeMembers",
  "practices",
  "software",
  "commitments.active",
  "commitments.verified",
  "commitments.stalled",
  "evidenceCompleteness",
  "evidenceAccepted",
  "selfAssessment",
  "replications.given",
  "replications.received",
  "visits.hosted",
  "visits.hostedWithCommitment",
  "visits.hostedConversion",
  "visits.made",
  "visits.madeWithCommitment",
  "visits.madeConversion",
  "spbeIndex.official",
  "spbeIndex.officialYear",
  "spbeIndex.selfAssessed",
  "spbeIndex.selfAssessedYear",
  "spbeIndex.trend",
] as const;

export type FigureId = (typeof FIGURE_IDS)[number];

/** Figures anyone may read (GET /api/participation, /partisipasi); the rest are members level. */
const PUBLIC_FIGURE_IDS: ReadonlySet<FigureId> = new Set<FigureId>([
  "status",
  "practices",
  "software",
  "commitments.active",
  "commitments.verified",
  "commitments.stalled",
  "evidenceCompleteness",
]);

const KINDS: Record<FigureId, FigureKind> = {
  status: "status",
  lastActivityAt: "date",
  activeMembers: "count",
  practices: "count",
  software: "count",
  "commitments.active": "count",
  "commitments.verified": "count",
  "commitments.stalled": "count",
  evidenceCompleteness: "share",
  evidenceAccepted: "share",
  selfAssessment: "selfAssessment",
  "replications.given": "count",
  "replications.received": "count",
  "visits.hosted": "count",
  "visits.hostedWithCommitment": "count",
  "visits.hostedConversion": "share",
  "visits.made": "count",
  "visits.madeWithCommitment": "count",
  "visits.madeConversion": "share",
  "spbeIndex.official": "index",
  "spbeIndex.officialYear": "year",
  "spbeIndex.selfAssessed": "index",
  "spbeIndex.selfAssessedYear": "year",
  "spbeIndex.trend": "indexChange",
};

export interface Figure {
  id: FigureId;
  label: MessageKey;
  definition: MessageKey;
  kind: FigureKind;
  level: "public" | "members";
}

export const FIGURES: readonly Figure[] = FIGURE_IDS.map((id) => ({
  id,
  label: `figure.${id}.label` as MessageKey,
  definition: `figure.${id}.definition` as MessageKey,
  kind: KINDS[id],
  level: PUBLIC_FIGURE_IDS.has(id) ? "public" : "members",
}));

const BY_ID = new Map(FIGURES.map((f) => [f.id, f]));

export function figure(id: FigureId): Figure {
  return BY_ID.get(id)!;
}

/** The value of a figure in a row (null: not known, e.g. no official index yet). */
export function figureValue(row: RegionParticipation, id: FigureId): string | number | null {
  let value: unknown = row;
  for (const part of id.split(".")) value = (value as Record<string, unknown>)[part];
  return value as string | number | null;
}

/**
 * The numbers the definitions name (the thresholds in force, the tracker's stall rule, the year);
 * computed on the server (./figures.server.ts) and passed to FigureHelp.
 */
export interface FigureDefinitionParams extends MessageParams {
  activeDays: number;
  lessActiveDays: number;
  memberDays: number;
  stallDays: number;
  overdueDays: number;
  /** A string: the translator writes numbers in the locale ("2.026"). */
  year: string;
}
