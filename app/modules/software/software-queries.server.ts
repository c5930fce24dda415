// Reading the code catalogue: the list with filters and sorts, one entry with its adopters.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { notFound } from "~/utils/app-error";
import { can, privateRegionsVisibleTo, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { visibilityOf } from "~/modules/review/workflow";
import { provinceCodeSchema, regionCodeSchema } from "~/modules/regions/regions.schema";
import { SPBE_INDICATOR_COUNT } from "~/modules/spbe/framework";
import { optionalParam } from "~/utils/query-params";
import type { PubliccodeData } from "./publiccode";
import { readinessOf } from "./readiness";

export const softwareQuerySchema = z.object({
  q: optionalParam(z.string().trim().max(100)),
  category: optionalParam(z.string().regex(/^[a-z0-9-]{2,60}$/)),
  indicator: optionalParam(z.coerce.number().int().min(1).max(SPBE_INDICATOR_COUNT)),
  license: optionalParam(z.string().max(80)),
  status: optionalParam(z.enum(["concept", "development", "beta", "stable", "obsolete"])),
  tech: optionalParam(z.string().trim().toLowerCase().max(40)),
  province: optionalParam(provinceCodeSchema),
  region: optionalParam(regionCodeSchema),
  sort: z.enum(["newest", "adopted", "readiness"]).catch("newest").default("newest"),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).catch(12).default(12),
});
export type SoftwareQuery = z.infer<typeof softwareQuerySchema>;

/**
 * What the public catalogue holds: published entries only. The one place this rule is written for
 * the list (page and API), its filters' choices and the indicator pages.
 */
const PUBLIC_CATALOGUE = { status: "PUBLISHED" } satisfies Prisma.SoftwareEntryWhereInput;

function listWhere(q: SoftwareQuery): Prisma.SoftwareEntryWhereInput {
  const and: Prisma.SoftwareEntryWhereInput[] = [PUBLIC_CATALOGUE];
  if (q.q)
    and.push({
      OR: [
        { name: { contains: q.q, mode: "insensitive" } },
        { shortDescription: { contains: q.q, mode: "insensitive" } },
      ],
    });
  if (q.category) and.push({ categories: { has: q.category } });
  if (q.indicator) and.push({ indicators: { some: { indicator: { number: q.indicator } } } });
  if (q.license) and.push({ license: q.license });
  if (q.status) and.push({ developmentStatus: q.status });
  if (q.tech) and.push({ tech: { has: q.tech } });
  if (q.province) and.push({ region: { provinceCode: q.province } });
  if (q.region) and.push({ regionCode: q.region });
  return { AND: and };
}

const listSelect = {
  id: true,
  slug: true,
  name: true,
  shortDescription: true,
  license: true,
  developmentStatus: true,
  categories: true,
  tech: true,
  isDemo: true,
  createdAt: true,
  releaseDate: true,
  publiccode: true,
  region: { select: { code: true, name: true, province: { select: { code: true, name: true } } } },
  indicators: { select: { indicator: { select: { number: true, title: true } } } },
  releases: { select: { releaseDate: true }, orderBy: { releaseDate: "desc" }, take: 1 },
  _count: { select: { adoptions: { where: { status: "CONFIRMED" } } } },
} satisfies Prisma.SoftwareEntrySelect;

type ListRow = Prisma.SoftwareEntryGetPayload<{ select: typeof listSelect }>;

export function readinessForEntry(
  row: Pick<ListRow, "publiccode" | "license" | "releaseDate" | "releases"> & {
    confirmedAdopters: number;
  },
) {
  const data = row.publiccode as unknown as PubliccodeData;
  const description = data.descriptions?.id ?? Object.values(data.descriptions ?? {})[0];
  const lastRelease = row.releases[0]?.releaseDate ?? row.releaseDate ?? null;
  return readinessOf({
    longDescriptionLength: description?.longDescription?.length ?? 0,
    featureCount: description?.features?.length ?? 0,
    hasDocumentation: Boolean(description?.documentation),
    license: row.license,
    maintenanceContacts: data.maintenance?.contacts?.length ?? 0,
    confirmedAdopters: row.confirmedAdopters,
    lastReleaseDate: lastRelease,
  });
}

export async function listSoftware(query: SoftwareQuery) {
  const where = listWhere(query);
  // The catalogue is small (hundreds of entries): sorting by adoption or readiness happens here.
  const rows = await db().softwareEntry.findMany({
    where,
    select: listSelect,
    orderBy: [{ createdAt: "desc" }, { name: "asc" }],
  });
  const items = rows.map((row) => {
    const confirmedAdopters = row._count.adoptions;
    return {
      ...row,
      confirmedAdopters,
      readiness: readinessForEntry({ ...row, confirmedAdopters }).score,
    };
  });
  if (query.sort === "adopted")
    items.sort((a, b) => b.confirmedAdopters - a.confirmedAdopters || a.name.localeCompare(b.name));
  if (query.sort === "readiness")
    items.sort((a, b) => b.readiness - a.readiness || a.name.localeCompare(b.name));
  const start = (query.page - 1) * query.limit;
  return { total: items.length, items: items.slice(start, start + query.limit) };
}

/**
 * The choices the catalogue's filters offer: the values its published entries have, regions and
 * provinces with their names.
 */
export async function softwareFilterOptions() {
  const rows = await db().softwareEntry.findMany({
    where: PUBLIC_CATALOGUE,
    select: {
      categories: true,
      license: true,
      tech: true,
      region: {
        select: { code: true, name: true, province: { select: { code: true, name: true } } },
      },
    },
  });
  const sorted = (values: Iterable<string>) =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const regions = new Map<string, string>();
  const provinces = new Map<string, string>();
  for (const row of rows) {
    regions.set(row.region.code, row.region.name);
    provinces.set(row.region.province.code, row.region.province.name);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "id");
  return {
    categories: sorted(rows.flatMap((row) => row.categories)),
    licenses: sorted(rows.map((row) => row.license)),
    tech: sorted(rows.flatMap((row) => row.tech)),
    regions: [...regions].map(([code, name]) => ({ code, name })).sort(byName),
    provinces: [...provinces].map(([code, name]) => ({ code, name })).sort(byName),
  };
}

/** Published catalogue entries serving one SPBE indicator, by name, for the indicator's page. */
export async function softwareForIndicator(number: number) {
  return db().softwareEntry.findMany({
    where: { ...PUBLIC_CATALOGUE, indicators: { some: { indicator: { number } } } },
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      isDemo: true,
      region: { select: { code: true, name: true } },
    },
  });
}

export type SoftwareListItem = Awaited<ReturnType<typeof listSoftware>>["items"][number];

/** One entry with its page's data; 404 when missing or a draft the viewer may not read. */
export async function getSoftwareBySlug(slug: string, viewer: Actor | null) {
  const entry = await db().softwareEntry.findUnique({
    where: { slug },
    include: {
      region: { select: { code: true, name: true, province: { select: { name: true } } } },
      indicators: {
        select: { indicator: { select: { number: true, title: true, titleEn: true } } },
      },
      releases: {
        orderBy: { releaseDate: "desc" },
        select: {
          id: true,
          version: true,
          releaseDate: true,
          changelog: true,
          sha256: true,
          archiveName: true,
        },
      },
      adoptions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          status: true,
          version: true,
          since: true,
          serviceUrl: true,
          region: { select: { code: true, name: true } },
        },
      },
      practices: { select: { practice: { select: { slug: true, title: true, status: true } } } },
    },
  });
  if (
    !entry ||
    !can(viewer, "record:read", {
      regionCode: entry.regionCode,
      visibility: visibilityOf(entry.status),
    })
  )
    throw notFound();
  const confirmedAdopters = entry.adoptions.filter((a) => a.status === "CONFIRMED").length;
  return {
    ...entry,
    confirmedAdopters,
    readiness: readinessForEntry({ ...entry, confirmedAdopters }),
  };
}

/** Confirmed adoptions involving a region: entries it runs and entries of its own that others run. */
export async function softwareOfRegion(regionCode: string, viewer: Actor | null) {
  const mayReadPrivate = can(viewer, "record:read", { regionCode, visibility: "private" });
  const [owned, used] = await Promise.all([
    db().softwareEntry.findMany({
      where: {
        regionCode,
        ...(mayReadPrivate ? {} : { status: { in: ["PUBLISHED", "ARCHIVED"] } }),
      },
      select: { slug: true, name: true, isDemo: true, status: true },
      orderBy: { name: "asc" },
    }),
    db().softwareAdoption.findMany({
      where: { regionCode, status: "CONFIRMED", software: { status: "PUBLISHED" } },
      select: { software: { select: { slug: true, name: true, isDemo: true } } },
    }),
  ]);
  return { owned, used: used.map((u) => u.software) };
}

/** Drafts and submissions of code entries the viewer may see (regions' people and the centre). */
export async function unpublishedSoftwareFor(viewer: Actor | null) {
  const regions = privateRegionsVisibleTo(viewer);
  if (regions !== "all" && regions.length === 0) return [];
  return db().softwareEntry.findMany({
    where: {
      status: { in: ["DRAFT", "SUBMITTED"] },
      ...(regions === "all" ? {} : { regionCode: { in: regions } }),
    },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: {
      slug: true,
      name: true,
      status: true,
      updatedAt: true,
      region: { select: { code: true, name: true } },
    },
  });
}
