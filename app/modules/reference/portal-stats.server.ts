import { db } from "~/db.server";
import { cohortCount } from "~/modules/cohorts/cohort-count.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";

export const PILOT_COHORT = "living-lab-pilot";

/** Figures for the home page: what the portal holds today. */
export async function getPortalStats() {
  const [provinces, regions, indicators, pilot] = await Promise.all([
    db().province.count(),
    db().region.count(),
    db().frameworkIndicator.count({ where: { frameworkId: DEFAULT_FRAMEWORK_ID } }),
    cohortCount(PILOT_COHORT),
  ]);
  return { provinces, regions, indicators, pilotCohort: pilot };
}
