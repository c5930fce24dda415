// The key figures of a region's page (/regions/:code), which its printed one-page report shows
// beside the SPBE index table: the region's public participation figures from the one
// participation module, and when they were computed. Public figures only: anyone may read the page.
import { currentYear } from "~/utils/calendar";
import {
  listParticipation,
  toPublicParticipation,
  type PublicRegionParticipation,
} from "./participation.server";

export interface RegionKeyFigures {
  generatedAt: string;
  year: number;
  figures: PublicRegionParticipation;
}

export async function regionKeyFigures(
  code: string,
  options: { now?: Date; year?: number } = {},
): Promise<RegionKeyFigures | null> {
  const now = options.now ?? new Date();
  const [row] = await listParticipation({ now, year: options.year, regionCodes: [code] });
  if (!row) return null;
  const figures = toPublicParticipation(row);
  return {
    generatedAt: now.toISOString(),
    year: options.year ?? currentYear(now),
    figures,
  };
}
