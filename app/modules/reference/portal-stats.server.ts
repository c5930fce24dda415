import { db } from "~/db.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";

/** Figures for the home page: what the portal holds today. */
export async function getPortalStats() {
  const [provinces, regions, indicators, pilot] = await Promise.all([
    db().province.count(),
    db().region.count(),
    db().frameworkIndicator.count({ where: { frameworkId: DEFAULT_FRAMEWORK_ID } }),
    db().cohort.findFirst({
      where: { slug: "living-lab-pilot" },
      select: {
        slug: true,
        isDemo: true,
        _count: { select: { members: true } },
        hostRegion: { select: { code: true, name: true } },
      },
    }),
  ]);
  return {
    provinces,
    regions,
    indicators,
    pilotCohort: pilot
      ? {
          slug: pilot.slug,
          isDemo: pilot.isDemo,
          members: pilot._count.members,
          host: pilot.hostRegion,
        }
      : null,
  };
}
