// What the evidence pages show: a region's board for a year (the framework's indicators with
// evidence count, latest review and claimed level) and one record with its files and links,
// always limited to what the viewer may read.
import { forbidden, notFound } from "~/utils/app-error";
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { assessmentVisibility } from "~/modules/spbe/self-assessment.server";
import {
  DEFAULT_FRAMEWORK_ID,
  getFrameworkOverview,
  listIndicatorGroups,
} from "~/modules/spbe/spbe.server";
import { safeHttpUrl } from "~/utils/safe-url";
import {
  evidenceVisibleSql,
  isUuid,
  mayReadEvidence,
  mayWriteEvidence,
} from "./evidence-access.server";
import { startEvidenceExtractionPolling } from "./evidence-extraction.server";
import { readinessView } from "./readiness.server";
import { linkLabelOf, visibilityOf, type ReviewState } from "./evidence.schema";

export interface BoardRecord {
  id: string;
  title: string;
  level: number;
  visibility: ReturnType<typeof visibilityOf>;
  reviewState: ReviewState;
  isDemo: boolean;
}

export interface BoardIndicator {
  number: number;
  title: string;
  titleEn: string;
  /** The self-assessed level; null when not rated, "hidden" when the viewer may not read it. */
  claimed: number | null | "hidden";
  records: BoardRecord[];
  latestReview: ReviewState | null;
}

interface BoardRow {
  id: string;
  title: string;
  level: number;
  visibility: "PRIVATE" | "MEMBERS" | "PUBLIC";
  reviewState: ReviewState;
  reviewedAt: Date | null;
  isDemo: boolean;
  /** YYYY-MM-DD */
  expiresOn: string | null;
  /** The indicator numbers the record supports. */
  indicators: number[];
}

async function regionOrNotFound(code: string) {
  const parsed = regionCodeSchema.safeParse(code);
  if (!parsed.success) throw notFound();
  const region = await db().region.findUnique({
    where: { code: parsed.data },
    select: { code: true, name: true },
  });
  if (!region) throw notFound();
  return region;
}

/** The board of /regions/:code/evidence/:year. */
export async function getEvidenceBoard(
  regionCode: string,
  year: number,
  viewer: Actor | null,
  frameworkId = DEFAULT_FRAMEWORK_ID,
) {
  return (await loadEvidenceBoard(regionCode, year, viewer, frameworkId)).board;
}

/** The board with the rows it was built from (the page computes the readiness from them too). */
async function loadEvidenceBoard(
  regionCode: string,
  year: number,
  viewer: Actor | null,
  frameworkId: string,
) {
  startEvidenceExtractionPolling();
  const region = await regionOrNotFound(regionCode);
  const framework = await getFrameworkOverview(frameworkId);
  if (!framework) throw notFound();
  const [records, assessment] = await Promise.all([
    // One row per record with its indicator numbers: the busiest boards hold many hundreds.
    db().$queryRaw<BoardRow[]>`
      SELECT e.id, e.title, e.level, e.visibility::text AS visibility,
             e."reviewState"::text AS "reviewState", e."reviewedAt", e."isDemo",
             to_char(e."expiresOn", 'YYYY-MM-DD') AS "expiresOn",
             array_agg(i.number) AS indicators
        FROM "EvidenceRecord" e
        JOIN "EvidenceIndicator" ei ON ei."evidenceId" = e.id
        JOIN "FrameworkIndicator" i ON i.id = ei."indicatorId"
       WHERE e."regionCode" = ${region.code} AND e."frameworkId" = ${frameworkId}
         AND e.year = ${year} AND ${evidenceVisibleSql(viewer, "e")}
       GROUP BY e.id
       ORDER BY e."updatedAt" DESC`,
    db().selfAssessment.findUnique({
      where: { regionCode_frameworkId_year: { regionCode: region.code, frameworkId, year } },
      select: { status: true, levels: { select: { indicatorNumber: true, level: true } } },
    }),
  ]);
  const assessmentReadable =
    assessment !== null &&
    can(viewer, "record:read", {
      regionCode: region.code,
      visibility: assessmentVisibility(assessment.status),
    });
  const claimed = new Map(
    assessmentReadable ? assessment.levels.map((l) => [l.indicatorNumber, l.level]) : [],
  );
  const byIndicator = new Map<number, typeof records>();
  for (const record of records)
    for (const number of record.indicators) {
      const list = byIndicator.get(number);
      if (list) list.push(record);
      else byIndicator.set(number, [record]);
    }

  const indicatorOf = (indicator: { number: number; title: string; titleEn: string }) => {
    const own = byIndicator.get(indicator.number) ?? [];
    const reviewed = own
      .filter((r) => r.reviewedAt !== null)
      .sort((a, b) => b.reviewedAt!.getTime() - a.reviewedAt!.getTime());
    return {
      number: indicator.number,
      title: indicator.title,
      titleEn: indicator.titleEn,
      claimed:
        assessment && !assessmentReadable ? "hidden" : (claimed.get(indicator.number) ?? null),
      records: own.map((r) => ({
        id: r.id,
        title: r.title,
        level: r.level,
        visibility: visibilityOf(r.visibility),
        reviewState: r.reviewState,
        isDemo: r.isDemo,
      })),
      latestReview: reviewed[0]?.reviewState ?? (own.length > 0 ? "UNREVIEWED" : null),
    } satisfies BoardIndicator;
  };
  const domains = framework.domains.map((domain) => ({
    number: domain.number,
    title: domain.title,
    titleEn: domain.titleEn,
    aspects: domain.aspects.map((aspect) => ({
      number: aspect.number,
      title: aspect.title,
      titleEn: aspect.titleEn,
      indicators: aspect.indicators.map(indicatorOf),
    })),
  }));
  const all = domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators));
  const board = {
    region,
    year,
    framework: { id: framework.id, title: framework.title, titleEn: framework.titleEn },
    domains,
    total: all.length,
    withEvidence: all.filter((i) => i.records.length > 0).length,
    may: { write: mayWriteEvidence(viewer, region.code) },
  };
  return { board, framework, byIndicator, claimed: assessmentReadable ? claimed : null };
}

export type EvidenceBoard = Awaited<ReturnType<typeof getEvidenceBoard>>;

/**
 * What /regions/:code/evidence/:year shows: the board and the evidence readiness of the year
 * (null when there is no self-assessment the viewer may read), from the same rows.
 */
export async function getEvidenceBoardPage(
  regionCode: string,
  year: number,
  viewer: Actor | null,
  frameworkId = DEFAULT_FRAMEWORK_ID,
) {
  const { board, framework, byIndicator, claimed } = await loadEvidenceBoard(
    regionCode,
    year,
    viewer,
    frameworkId,
  );
  const readiness = claimed
    ? readinessView({
        regionCode: board.region.code,
        viewer,
        framework,
        claimed,
        evidence: new Map(
          [...byIndicator].map(([number, records]) => [
            number,
            records.map((r) => ({
              level: r.level,
              reviewState: r.reviewState,
              expiresOn: r.expiresOn,
            })),
          ]),
        ),
      })
    : null;
  return { ...board, readiness };
}

const userName = { select: { name: true } } as const;

/** One record for /evidence/:id: 404 unless the viewer may read it. */
export async function getEvidenceView(id: string, viewer: Actor | null) {
  startEvidenceExtractionPolling();
  if (!isUuid(id)) throw notFound();
  const record = await db().evidenceRecord.findUnique({
    where: { id },
    select: {
      id: true,
      regionCode: true,
      year: true,
      frameworkId: true,
      title: true,
      description: true,
      level: true,
      effectiveDate: true,
      expiresOn: true,
      visibility: true,
      reviewState: true,
      isDemo: true,
      updatedAt: true,
      updatedBy: userName,
      region: { select: { name: true } },
      indicators: {
        orderBy: { indicator: { number: "asc" } },
        select: { indicator: { select: { number: true, title: true, titleEn: true } } },
      },
      links: { orderBy: { position: "asc" }, select: { url: true, label: true } },
      files: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          versions: {
            orderBy: { number: "desc" },
            select: {
              id: true,
              number: true,
              originalName: true,
              createdAt: true,
              createdBy: userName,
              stored: { select: { size: true } },
              extractionState: true,
              extractionReason: true,
              pageCount: true,
              pagesWithoutText: true,
              findings: {
                orderBy: { id: "asc" },
                select: { kind: true, page: true, match: true, count: true },
              },
            },
          },
        },
      },
    },
  });
  if (!record || !mayReadEvidence(viewer, record)) throw notFound();
  const writer = mayWriteEvidence(viewer, record.regionCode);
  // Older versions and findings are the region's and the centre's; readers see the latest file.
  const insider = mayReadEvidence(viewer, { regionCode: record.regionCode, visibility: "PRIVATE" });
  const [maturityLevels, indicatorGroups] = await Promise.all([
    db().maturityLevel.findMany({
      where: { frameworkId: record.frameworkId },
      orderBy: { level: "asc" },
      select: { level: true, name: true, nameEn: true },
    }),
    writer ? listIndicatorGroups(record.frameworkId) : Promise.resolve([]),
  ]);
  return {
    id: record.id,
    region: { code: record.regionCode, name: record.region.name },
    year: record.year,
    title: record.title,
    description: record.description,
    level: record.level,
    effectiveDate: record.effectiveDate.toISOString().slice(0, 10),
    expiresOn: record.expiresOn?.toISOString().slice(0, 10) ?? null,
    visibility: visibilityOf(record.visibility),
    reviewState: record.reviewState,
    isDemo: record.isDemo,
    updatedAt: record.updatedAt.toISOString(),
    updatedBy: record.updatedBy?.name ?? null,
    indicators: record.indicators.map((i) => i.indicator),
    links: record.links.flatMap((link) =>
      safeHttpUrl(link.url) ? [{ url: link.url, label: link.label, text: linkLabelOf(link) }] : [],
    ),
    files: record.files.map((file) => ({
      id: file.id,
      versions: (insider ? file.versions : file.versions.slice(0, 1)).map((v) => ({
        id: v.id,
        number: v.number,
        name: v.originalName,
        size: v.stored.size,
        createdAt: v.createdAt.toISOString(),
        createdBy: v.createdBy?.name ?? null,
        extraction: v.extractionState,
        reason: v.extractionReason,
        pageCount: v.pageCount,
        pagesWithoutText: v.pagesWithoutText,
        findings: insider ? v.findings : [],
      })),
    })),
    maturityLevels,
    indicatorGroups,
    may: { write: writer, insider },
  };
}

export type EvidenceView = Awaited<ReturnType<typeof getEvidenceView>>;

/** What the new-evidence form needs; 404 for an unknown region, 403 for who may not write. */
export async function getNewEvidenceForm(
  regionCode: string,
  year: number,
  actor: Actor,
  frameworkId = DEFAULT_FRAMEWORK_ID,
) {
  const region = await regionOrNotFound(regionCode);
  if (!mayWriteEvidence(actor, region.code)) throw forbidden();
  const [indicatorGroups, maturityLevels] = await Promise.all([
    listIndicatorGroups(frameworkId),
    db().maturityLevel.findMany({
      where: { frameworkId },
      orderBy: { level: "asc" },
      select: { level: true, name: true, nameEn: true },
    }),
  ]);
  return { region, year, indicatorGroups, maturityLevels };
}
