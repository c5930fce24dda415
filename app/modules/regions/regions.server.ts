// Queries on provinces, kabupaten/kota and cohorts. Everything here is public reference data.
import type { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import type { RegionQuery } from "./regions.schema";

export interface RegionListItem {
  code: string;
  name: string;
  kind: "kabupaten" | "kota";
  province: { code: string; name: string };
}

function searchWhere(query: RegionQuery): Prisma.RegionWhereInput {
  const where: Prisma.RegionWhereInput[] = [];
  if (query.q) {
    // "Sumedang", "kab sumedang", "Kota Bandung" and "32.11" all find their region.
    const term = query.q.replace(/^(kabupaten|kab\.?|kota)\s+/i, "").trim();
    where.push({
      OR: [
        { shortName: { contains: term, mode: "insensitive" } },
        { name: { contains: query.q, mode: "insensitive" } },
        { code: { startsWith: query.q } },
      ],
    });
    if (/^(kota)\s+/i.test(query.q)) where.push({ kind: "KOTA" });
    if (/^(kabupaten|kab\.?)\s+/i.test(query.q)) where.push({ kind: "KABUPATEN" });
  }
  if (query.province) where.push({ provinceCode: query.province });
  if (query.cohort) {
    where.push({
      OR: [
        { cohortMembers: { some: { cohortSlug: query.cohort } } },
        { hostedCohorts: { some: { slug: query.cohort } } },
      ],
    });
  }
  return { AND: where };
}

export async function listRegions(
  query: RegionQuery,
): Promise<{ total: number; items: RegionListItem[] }> {
  const where = searchWhere(query);
  const [total, rows] = await Promise.all([
    db().region.count({ where }),
    db().region.findMany({
      where,
      orderBy: [{ provinceCode: "asc" }, { code: "asc" }],
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: {
        code: true,
        name: true,
        kind: true,
        province: { select: { code: true, name: true } },
      },
    }),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      code: row.code,
      name: row.name,
      kind: row.kind === "KOTA" ? "kota" : "kabupaten",
      province: row.province,
    })),
  };
}

export async function listProvinces() {
  const rows = await db().province.findMany({
    orderBy: { code: "asc" },
    select: { code: true, name: true, _count: { select: { regions: true } } },
  });
  return rows.map((row) => ({ code: row.code, name: row.name, regionCount: row._count.regions }));
}

export async function listCohorts() {
  return db().cohort.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      nameEn: true,
      isDemo: true,
      hostRegion: { select: { code: true, name: true } },
      _count: { select: { members: true } },
    },
  });
}

export async function getRegionProfile(code: string) {
  const region = await db().region.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      shortName: true,
      kind: true,
      province: { select: { code: true, name: true } },
      cohortMembers: {
        select: {
          basis: true,
          cohort: { select: { slug: true, name: true, nameEn: true, isDemo: true } },
        },
      },
      hostedCohorts: { select: { slug: true, name: true, nameEn: true, isDemo: true } },
      spbeIndexScores: {
        orderBy: { year: "asc" },
        select: { year: true, index: true, source: true, isDemo: true, frameworkId: true },
      },
    },
  });
  if (!region) return null;
  const cohorts = [
    ...region.hostedCohorts.map((cohort) => ({ ...cohort, role: "host" as const, basis: null })),
    ...region.cohortMembers.map((member) => ({
      ...member.cohort,
      role: "member" as const,
      basis: member.basis,
    })),
  ];
  return {
    code: region.code,
    name: region.name,
    shortName: region.shortName,
    kind: region.kind === "KOTA" ? ("kota" as const) : ("kabupaten" as const),
    province: region.province,
    cohorts,
    indexHistory: region.spbeIndexScores.map((score) => ({
      year: score.year,
      index: Number(score.index),
      source: score.source,
      isDemo: score.isDemo,
      frameworkId: score.frameworkId,
    })),
  };
}

export type RegionProfile = NonNullable<Awaited<ReturnType<typeof getRegionProfile>>>;

/** Every kabupaten/kota for a form's select. */
export async function listRegionsForSelect() {
  return db().region.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
}
