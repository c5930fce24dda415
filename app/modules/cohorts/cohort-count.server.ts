// The one count of a cohort: its participating regions, with the host region stated separately
// ("62 daerah peserta + Kabupaten Sumedang sebagai tuan rumah"). The home page, the links to a
// cohort and the cohort's pages all show this, so they cannot disagree. A host that is also listed
// as a member is counted once, as the host.
import { db } from "~/db.server";

export interface CohortCount {
  slug: string;
  name: string;
  nameEn: string;
  isDemo: boolean;
  /** Member regions other than the host. */
  participants: number;
  host: { code: string; name: string } | null;
}

const cohortSelect = {
  slug: true,
  name: true,
  nameEn: true,
  isDemo: true,
  hostRegion: { select: { code: true, name: true } },
  members: { select: { regionCode: true } },
} as const;

type CohortRow = {
  slug: string;
  name: string;
  nameEn: string;
  isDemo: boolean;
  hostRegion: { code: string; name: string } | null;
  members: Array<{ regionCode: string }>;
};

function countOf(row: CohortRow): CohortCount {
  const hostCode = row.hostRegion?.code;
  return {
    slug: row.slug,
    name: row.name,
    nameEn: row.nameEn,
    isDemo: row.isDemo,
    participants: row.members.filter((m) => m.regionCode !== hostCode).length,
    host: row.hostRegion,
  };
}

/** The count of one cohort, or null when there is no such cohort. */
export async function cohortCount(slug: string): Promise<CohortCount | null> {
  const row = await db().cohort.findUnique({ where: { slug }, select: cohortSelect });
  return row ? countOf(row) : null;
}

/** The counts of several cohorts (e.g. those a region belongs to), by slug. */
export async function cohortCounts(slugs: readonly string[]): Promise<Record<string, CohortCount>> {
  if (slugs.length === 0) return {};
  const rows = await db().cohort.findMany({
    where: { slug: { in: [...new Set(slugs)] } },
    select: cohortSelect,
  });
  return Object.fromEntries(rows.map((row) => [row.slug, countOf(row)]));
}
