// Lists of evidence records across regions, for the example library (/evidence) and the API
// (GET /api/evidence): public records plus what the viewer may read (members-level records for
// signed-in members, a region's private ones for its people and the centre), by indicator, level,
// region, province and year, newest evaluation year and highest level first, with totals.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { provinceCodeSchema, regionCodeSchema } from "~/modules/regions/regions.schema";
import { SPBE_INDICATOR_COUNT } from "~/modules/spbe/framework";
import { FIRST_YEAR } from "~/modules/spbe/self-assessment.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { optionalParam } from "~/utils/query-params";
import { evidenceVisibleTo } from "./evidence-access.server";
import { visibilityOf } from "./evidence.schema";

export const evidenceListSchema = z.object({
  q: optionalParam(z.string().trim().max(100)),
  indicator: optionalParam(z.coerce.number().int().min(1).max(SPBE_INDICATOR_COUNT)),
  level: optionalParam(z.coerce.number().int().min(1).max(5)),
  region: optionalParam(regionCodeSchema),
  province: optionalParam(provinceCodeSchema),
  year: optionalParam(z.coerce.number().int().min(FIRST_YEAR).max(2100)),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type EvidenceListQuery = z.infer<typeof evidenceListSchema>;

function listWhere(q: EvidenceListQuery, viewer: Actor | null): Prisma.EvidenceRecordWhereInput {
  const and: Prisma.EvidenceRecordWhereInput[] = [
    { frameworkId: DEFAULT_FRAMEWORK_ID },
    evidenceVisibleTo(viewer),
  ];
  if (q.q)
    and.push({
      OR: [
        { title: { contains: q.q, mode: "insensitive" } },
        { description: { contains: q.q, mode: "insensitive" } },
      ],
    });
  if (q.indicator) and.push({ indicators: { some: { indicator: { number: q.indicator } } } });
  if (q.level) and.push({ level: q.level });
  if (q.region) and.push({ regionCode: q.region });
  if (q.province) and.push({ region: { provinceCode: q.province } });
  if (q.year) and.push({ year: q.year });
  return { AND: and };
}

const itemSelect = {
  id: true,
  title: true,
  description: true,
  year: true,
  level: true,
  visibility: true,
  effectiveDate: true,
  reviewState: true,
  isDemo: true,
  region: { select: { code: true, name: true, province: { select: { code: true, name: true } } } },
  indicators: {
    select: { indicator: { select: { number: true, title: true, titleEn: true } } },
    orderBy: { indicator: { number: "asc" } },
  },
  files: {
    orderBy: { createdAt: "asc" },
    select: {
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: { id: true, originalName: true, pageCount: true },
      },
    },
  },
} satisfies Prisma.EvidenceRecordSelect;

type Row = Prisma.EvidenceRecordGetPayload<{ select: typeof itemSelect }>;

function itemOf(row: Row) {
  return {
    ...row,
    visibility: visibilityOf(row.visibility),
    effectiveDate: row.effectiveDate.toISOString().slice(0, 10),
    indicators: row.indicators.map((i) => i.indicator),
    files: row.files.flatMap((f) => f.versions),
  };
}

/** One page of the records the viewer may read, with the total over all pages. */
export async function listEvidence(q: EvidenceListQuery, viewer: Actor | null) {
  const where = listWhere(q, viewer);
  const [total, rows] = await Promise.all([
    db().evidenceRecord.count({ where }),
    db().evidenceRecord.findMany({
      where,
      orderBy: [{ year: "desc" }, { level: "desc" }, { effectiveDate: "desc" }, { id: "asc" }],
      skip: (q.page - 1) * q.limit,
      take: q.limit,
      select: itemSelect,
    }),
  ]);
  const items = rows.map(itemOf);
  return { total, page: q.page, limit: q.limit, pages: Math.ceil(total / q.limit), items };
}
export type EvidenceListItem = ReturnType<typeof itemOf>;

/** One record as the lists show it (no visibility check: for its writer, right after saving). */
export async function getEvidenceItem(id: string): Promise<EvidenceListItem | null> {
  const row = await db().evidenceRecord.findUnique({ where: { id }, select: itemSelect });
  return row ? itemOf(row) : null;
}

/** The regions, provinces and years the viewer's readable records come from (the filters' choices). */
export async function evidenceFilterOptions(viewer: Actor | null) {
  const where: Prisma.EvidenceRecordWhereInput = {
    AND: [{ frameworkId: DEFAULT_FRAMEWORK_ID }, evidenceVisibleTo(viewer)],
  };
  const [regionRows, yearRows] = await Promise.all([
    db().evidenceRecord.groupBy({ by: ["regionCode"], where }),
    db().evidenceRecord.groupBy({ by: ["year"], where, orderBy: { year: "desc" } }),
  ]);
  const regions = await db().region.findMany({
    where: { code: { in: regionRows.map((r) => r.regionCode) } },
    orderBy: { name: "asc" },
    select: { code: true, name: true, province: { select: { code: true, name: true } } },
  });
  const provinces = [...new Map(regions.map((r) => [r.province.code, r.province])).values()].sort(
    (a, b) => a.name.localeCompare(b.name, "id"),
  );
  return {
    regions: regions.map((r) => ({ code: r.code, name: r.name })),
    provinces,
    years: yearRows.map((y) => y.year),
  };
}
