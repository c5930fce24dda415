// Which regions belong to each cohort, for filters (the monitoring cohort table): the member
// regions and the host, as /regions?cohort= lists them.
import { db } from "~/db.server";

export interface CohortRegions {
  slug: string;
  name: string;
  nameEn: string;
  isDemo: boolean;
  /** Member regions and the host region, each once. */
  regionCodes: string[];
}

export async function listCohortRegions(): Promise<CohortRegions[]> {
  const rows = await db().cohort.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      nameEn: true,
      isDemo: true,
      hostRegionCode: true,
      members: { select: { regionCode: true } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    nameEn: row.nameEn,
    isDemo: row.isDemo,
    regionCodes: [
      ...new Set([
        ...(row.hostRegionCode ? [row.hostRegionCode] : []),
        ...row.members.map((m) => m.regionCode),
      ]),
    ],
  }));
}
