// Reading practices: the public list with filters, one practice for a reader, related practices.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { notFound } from "~/utils/app-error";
import { can, privateRegionsVisibleTo, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { provinceCodeSchema, regionCodeSchema } from "~/modules/regions/regions.schema";
import { SPBE_INDICATOR_COUNT } from "~/modules/spbe/framework";
import { optionalParam } from "~/utils/query-params";
import {
  DIMENSIONS,
  practiceVisibility,
  PUBLIC_PRACTICE_STATUSES,
  SECTORS,
  STAGES,
  storedStage,
} from "./practice.schema";

export const practiceQuerySchema = z.object({
  q: optionalParam(z.string().trim().max(100)),
  indicator: optionalParam(z.coerce.number().int().min(1).max(SPBE_INDICATOR_COUNT)),
  domain: optionalParam(z.coerce.number().int().min(1).max(4)),
  dimension: optionalParam(z.enum(DIMENSIONS)),
  province: optionalParam(provinceCodeSchema),
  region: optionalParam(regionCodeSchema),
  sector: optionalParam(z.enum(SECTORS)),
  stage: optionalParam(z.enum(STAGES)),
  sort: z.enum(["newest", "replicated", "viewed"]).catch("newest").default("newest"),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).catch(12).default(12),
});
export type PracticeQuery = z.infer<typeof practiceQuerySchema>;

export function parsePracticeQuery(params: URLSearchParams) {
  return practiceQuerySchema.safeParse(Object.fromEntries(params));
}

function listWhere(query: PracticeQuery): Prisma.PracticeWhereInput {
  const and: Prisma.PracticeWhereInput[] = [{ status: "PUBLISHED" }];
  if (query.q) {
    and.push({
      OR: [
        { title: { contains: query.q, mode: "insensitive" } },
        { summary: { contains: query.q, mode: "insensitive" } },
        { tags: { has: query.q.toLowerCase() } },
      ],
    });
  }
  if (query.indicator)
    and.push({ indicators: { some: { indicator: { number: query.indicator } } } });
  if (query.domain)
    and.push({
      indicators: { some: { indicator: { aspect: { domain: { number: query.domain } } } } },
    });
  if (query.dimension) and.push({ dimensions: { some: { dimensionKey: query.dimension } } });
  if (query.province) and.push({ region: { provinceCode: query.province } });
  if (query.region) and.push({ regionCode: query.region });
  if (query.sector) and.push({ sector: query.sector });
  if (query.stage) and.push({ stage: storedStage(query.stage) });
  return { AND: and };
}

const listSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  sector: true,
  stage: true,
  year: true,
  isDemo: true,
  viewCount: true,
  replicationCount: true,
  publishedAt: true,
  region: { select: { code: true, name: true, province: { select: { code: true, name: true } } } },
  indicators: {
    select: { indicator: { select: { number: true, title: true, titleEn: true } } },
    orderBy: { indicatorId: "asc" },
  },
  dimensions: { select: { dimensionKey: true } },
} satisfies Prisma.PracticeSelect;

export async function listPublishedPractices(query: PracticeQuery) {
  const where = listWhere(query);
  const orderBy: Prisma.PracticeOrderByWithRelationInput[] =
    query.sort === "replicated"
      ? [{ replicationCount: "desc" }, { publishedAt: "desc" }]
      : query.sort === "viewed"
        ? [{ viewCount: "desc" }, { publishedAt: "desc" }]
        : [{ publishedAt: "desc" }, { title: "asc" }];
  const [total, items] = await Promise.all([
    db().practice.count({ where }),
    db().practice.findMany({
      where,
      orderBy,
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: listSelect,
    }),
  ]);
  return { total, items };
}

export type PracticeListItem = Awaited<ReturnType<typeof listPublishedPractices>>["items"][number];

/** The smart city dimensions with their names in both languages, in reference order. */
export async function listDimensionOptions() {
  return db().smartCityDimension.findMany({
    orderBy: { position: "asc" },
    select: { key: true, name: true, nameId: true },
  });
}

/** Regions with at least one published practice, by name, for the list's region filter. */
export async function regionsWithPublishedPractices() {
  return db().region.findMany({
    where: { practices: { some: { status: "PUBLISHED" } } },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}

/** Published practices addressing one SPBE indicator, newest first, for the indicator's page. */
export async function publishedPracticesForIndicator(number: number) {
  return db().practice.findMany({
    where: { status: "PUBLISHED", indicators: { some: { indicator: { number } } } },
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
    select: {
      slug: true,
      title: true,
      isDemo: true,
      region: { select: { code: true, name: true } },
    },
  });
}

/** Practices of a region a viewer may see: published ones, and drafts for its people and the centre. */
export async function practicesOfRegion(regionCode: string, viewer: Actor | null) {
  const mayReadPrivate = can(viewer, "record:read", { regionCode, visibility: "private" });
  return db().practice.findMany({
    where: {
      regionCode,
      ...(mayReadPrivate ? {} : { status: { in: [...PUBLIC_PRACTICE_STATUSES] } }),
    },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    select: { slug: true, title: true, status: true, isDemo: true, year: true },
  });
}

/** Drafts and submissions the viewer may see (for the practices page of signed-in people). */
export async function unpublishedPracticesFor(viewer: Actor | null) {
  const regions = privateRegionsVisibleTo(viewer);
  if (regions !== "all" && regions.length === 0) return [];
  return db().practice.findMany({
    where: {
      status: { in: ["DRAFT", "SUBMITTED"] },
      ...(regions === "all" ? {} : { regionCode: { in: regions } }),
    },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: {
      slug: true,
      title: true,
      status: true,
      updatedAt: true,
      region: { select: { code: true, name: true } },
    },
  });
}

/** One practice with everything its page shows; 404 when missing or not readable by the viewer. */
export async function getPracticeForReader(slug: string, viewer: Actor | null) {
  const practice = await db().practice.findUnique({
    where: { slug },
    include: {
      region: {
        select: { code: true, name: true, province: { select: { code: true, name: true } } },
      },
      indicators: {
        select: { indicator: { select: { number: true, title: true, titleEn: true } } },
        orderBy: { indicatorId: "asc" },
      },
      dimensions: { select: { dimension: { select: { key: true, name: true, nameId: true } } } },
      contacts: { orderBy: { position: "asc" } },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          originalName: true,
          sha256: true,
          file: { select: { size: true, mimeType: true } },
        },
      },
      revisions: {
        orderBy: { number: "desc" },
        select: {
          number: true,
          createdAt: true,
          note: true,
          createdBy: { select: { name: true } },
        },
      },
    },
  });
  if (
    !practice ||
    !can(viewer, "record:read", {
      regionCode: practice.regionCode,
      visibility: practiceVisibility(practice.status),
    })
  )
    throw notFound();
  return practice;
}

export type PracticeForReader = Awaited<ReturnType<typeof getPracticeForReader>>;

export async function countPracticeView(id: string): Promise<void> {
  await db().practice.update({ where: { id }, data: { viewCount: { increment: 1 } } });
}

/** Published practices that share indicators with this one, most shared first. */
export async function relatedPractices(practiceId: string, limit = 4) {
  const rows = await db().$queryRaw<Array<{ id: string; shared: bigint }>>`
    SELECT other."practiceId" AS id, count(*) AS shared
      FROM "PracticeIndicator" mine
      JOIN "PracticeIndicator" other ON other."indicatorId" = mine."indicatorId" AND other."practiceId" <> mine."practiceId"
      JOIN "Practice" p ON p.id = other."practiceId" AND p.status = 'PUBLISHED'
     WHERE mine."practiceId" = ${practiceId}::uuid
     GROUP BY other."practiceId"
     ORDER BY shared DESC, other."practiceId"
     LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const practices = await db().practice.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, slug: true, title: true, isDemo: true, region: { select: { name: true } } },
  });
  return rows.map((r) => practices.find((p) => p.id === r.id)!).filter(Boolean);
}
