// The public face of participation (GET /api/participation, its CSV): aggregate figures per region
// and no personal data — no names of people, no member counts, no dates of anyone's activity.
// Which figures those are is decided once, in ./participation.server.ts (PUBLIC_FIGURES).
import { csvCell } from "~/utils/csv";
import {
  listParticipation,
  toPublicParticipation,
  type ParticipationOptions,
} from "./participation.server";

export type { PublicRegionParticipation } from "./participation.server";

export async function publicParticipation(options: ParticipationOptions = {}) {
  const rows = await listParticipation(options);
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    regions: rows.map(toPublicParticipation),
  };
}

const CSV_COLUMNS = [
  "code",
  "name",
  "status",
  "practices",
  "software",
  "commitments_active",
  "commitments_verified",
  "commitments_stalled",
  "evidence_completeness",
] as const;

/**
 * UTF-8 with a BOM, so spreadsheet programs show Indonesian names as written; every region, a
 * plain header row (when it was made is in the file name and the JSON).
 */
export function participationCsv(data: Awaited<ReturnType<typeof publicParticipation>>): string {
  const lines = [
    CSV_COLUMNS.join(","),
    ...data.regions.map((r) =>
      [
        r.code,
        r.name,
        r.status,
        r.practices,
        r.software,
        r.commitments.active,
        r.commitments.verified,
        r.commitments.stalled,
        r.evidenceCompleteness,
      ]
        .map(csvCell)
        .join(","),
    ),
  ];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
