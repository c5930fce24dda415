// The SPBE evaluation framework as stored data: domains, aspects, indicators, levels, predicates.
import { db } from "~/db.server";

export const DEFAULT_FRAMEWORK_ID = "permenpanrb-59-2020";

/**
 * A framework is reference data, written only by the seed (at start and by `npm run db:seed`):
 * each process keeps what it read for FRAMEWORK_CACHE_MS, so the pages that show a framework
 * (the evidence board, the self-assessment and gap pages read it on every request) do not load
 * its domains, aspects and indicators again each time. A change shows within that time.
 */
export const FRAMEWORK_CACHE_MS = 60_000;

const frameworkCache = new Map<
  string,
  { at: number; framework: Promise<Awaited<ReturnType<typeof loadFrameworkOverview>>> }
>();

export function getFrameworkOverview(frameworkId = DEFAULT_FRAMEWORK_ID) {
  const cached = frameworkCache.get(frameworkId);
  if (cached && performance.now() - cached.at < FRAMEWORK_CACHE_MS) return cached.framework;
  const framework = loadFrameworkOverview(frameworkId);
  const entry = { at: performance.now(), framework };
  frameworkCache.set(frameworkId, entry);
  // Neither a failed read nor an unknown framework is kept.
  framework.then(
    (found) => {
      if (!found && frameworkCache.get(frameworkId) === entry) frameworkCache.delete(frameworkId);
    },
    () => {
      if (frameworkCache.get(frameworkId) === entry) frameworkCache.delete(frameworkId);
    },
  );
  return framework;
}

async function loadFrameworkOverview(frameworkId: string) {
  const framework = await db().framework.findUnique({
    where: { id: frameworkId },
    select: {
      id: true,
      title: true,
      titleEn: true,
      regulation: true,
      year: true,
      scaleMax: true,
      note: true,
      noteEn: true,
      maturityLevels: {
        orderBy: { level: "asc" },
        select: { level: true, name: true, nameEn: true, description: true, descriptionEn: true },
      },
      predicates: {
        orderBy: { min: "desc" },
        select: { name: true, nameEn: true, min: true, max: true },
      },
      domains: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          title: true,
          titleEn: true,
          weight: true,
          aspects: {
            orderBy: { number: "asc" },
            select: {
              number: true,
              title: true,
              titleEn: true,
              weight: true,
              indicators: {
                orderBy: { number: "asc" },
                select: { number: true, title: true, titleEn: true, weight: true },
              },
            },
          },
        },
      },
    },
  });
  if (!framework) return null;
  return {
    ...framework,
    predicates: framework.predicates.map((p) => ({ ...p, min: Number(p.min), max: Number(p.max) })),
    domains: framework.domains.map((domain) => ({
      ...domain,
      weight: Number(domain.weight),
      aspects: domain.aspects.map((aspect) => ({
        ...aspect,
        weight: Number(aspect.weight),
        indicators: aspect.indicators.map((indicator) => ({
          ...indicator,
          weight: Number(indicator.weight),
        })),
      })),
    })),
  };
}

export type FrameworkOverview = NonNullable<Awaited<ReturnType<typeof getFrameworkOverview>>>;

export async function getIndicator(number: number, frameworkId = DEFAULT_FRAMEWORK_ID) {
  const indicator = await db().frameworkIndicator.findUnique({
    where: { frameworkId_number: { frameworkId, number } },
    select: {
      number: true,
      title: true,
      titleEn: true,
      weight: true,
      description: true,
      descriptionEn: true,
      framework: { select: { id: true, title: true, titleEn: true } },
      aspect: {
        select: {
          number: true,
          title: true,
          titleEn: true,
          domain: { select: { number: true, title: true, titleEn: true } },
        },
      },
      levels: {
        orderBy: { level: "asc" },
        select: { level: true, description: true, descriptionEn: true },
      },
      evidence: { orderBy: { position: "asc" }, select: { text: true, textEn: true } },
      crosswalkFrom: {
        select: {
          relation: true,
          to: { select: { number: true, title: true, frameworkId: true } },
        },
      },
      crosswalkTo: {
        select: {
          relation: true,
          from: { select: { number: true, title: true, frameworkId: true } },
        },
      },
    },
  });
  if (!indicator) return null;
  const maturityLevels = await db().maturityLevel.findMany({
    where: { frameworkId },
    orderBy: { level: "asc" },
    select: { level: true, name: true, nameEn: true },
  });
  const [previous, next] = await Promise.all([
    db().frameworkIndicator.findFirst({
      where: { frameworkId, number: { lt: number } },
      orderBy: { number: "desc" },
      select: { number: true },
    }),
    db().frameworkIndicator.findFirst({
      where: { frameworkId, number: { gt: number } },
      orderBy: { number: "asc" },
      select: { number: true },
    }),
  ]);
  return {
    ...indicator,
    weight: Number(indicator.weight),
    maturityLevels,
    previousNumber: previous?.number ?? null,
    nextNumber: next?.number ?? null,
  };
}

export type IndicatorDetail = NonNullable<Awaited<ReturnType<typeof getIndicator>>>;

/** The predicate band of an index (the top band closed at its max); see scoring.ts. */
export { predicateOf as predicateFor } from "./scoring";

/** Indicator numbers and titles, for filter selects. */
export async function listIndicatorOptions(frameworkId = DEFAULT_FRAMEWORK_ID) {
  return db().frameworkIndicator.findMany({
    where: { frameworkId },
    orderBy: { number: "asc" },
    select: { number: true, title: true, titleEn: true },
  });
}

/** Domain numbers and titles, for filter selects. */
export async function listDomainOptions(frameworkId = DEFAULT_FRAMEWORK_ID) {
  return db().frameworkDomain.findMany({
    where: { frameworkId },
    orderBy: { number: "asc" },
    select: { number: true, title: true, titleEn: true },
  });
}

/** The framework's indicators grouped by domain and aspect, for the authoring forms' picker. */
export async function listIndicatorGroups(frameworkId = DEFAULT_FRAMEWORK_ID) {
  return db().frameworkDomain.findMany({
    where: { frameworkId },
    orderBy: { number: "asc" },
    select: {
      number: true,
      title: true,
      titleEn: true,
      aspects: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          title: true,
          titleEn: true,
          indicators: {
            orderBy: { number: "asc" },
            select: { number: true, title: true, titleEn: true },
          },
        },
      },
    },
  });
}

export type IndicatorGroups = Awaited<ReturnType<typeof listIndicatorGroups>>;
