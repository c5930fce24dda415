// The key figures of a region's page (/regions/:code), which its printed one-page report shows
// beside the SPBE index table: the region's public participation figures from the one
// participation module, and when they were computed. Public figures only: anyone may read the page.
import { currentYear } from "~/utils/calendar";
import { publicParticipation } from "./participation-public.server";
import type { PublicRegionParticipation } from "./participation-public.server";

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
  const data = await publicParticipation({ now, year: options.year });
  const figures = data.regions.find((r) => r.code === code);
  if (!figures) return null;
  return {
    generatedAt: data.generatedAt,
    year: options.year ?? currentYear(now),
    figures,
  };
}
