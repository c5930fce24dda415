// What each kind of record looks like to search: one builder per type turns a record into a
// SearchDocumentInput (plain text, facets, who may read it). Later issues add their own types.
import { markdownToPlainText } from "~/modules/practices/markdown.server";
import { practiceVisibility } from "~/modules/practices/practice.schema";
import { visibilityOf } from "~/modules/review/workflow";
import type { PubliccodeData } from "~/modules/software/publiccode/types";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { commitmentDocument } from "./commitment-source.server";
import { evidenceDocument } from "./evidence-source.server";
import { documentKey, joinText, regionFields, type Reader } from "./source-fields.server";
import {
  audienceOf,
  PUBLIC_AUDIENCE,
  type SearchDocumentInput,
  type SearchType,
} from "./search.types";

export { documentKey, type Reader } from "./source-fields.server";

/** A record to (re)index: its type and id (region code, indicator number as text, uuid). */
export interface SearchRef {
  type: SearchType;
  id: string;
}

async function practiceDocument(tx: Reader, id: string): Promise<SearchDocumentInput | null> {
  const practice = await tx.practice.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      problem: true,
      solution: true,
      results: true,
      challenges: true,
      conditions: true,
      replication: true,
      sector: true,
      tags: true,
      year: true,
      status: true,
      isDemo: true,
      regionCode: true,
    },
  });
  if (!practice) return null;
  const region = await regionFields(tx, practice.regionCode);
  const indicators = await tx.frameworkIndicator.findMany({
    where: { practices: { some: { practiceId: id } } },
    select: { number: true },
    orderBy: { number: "asc" },
  });
  const dimensions = await tx.practiceDimension.findMany({
    where: { practiceId: id },
    select: { dimensionKey: true },
    orderBy: { dimensionKey: "asc" },
  });
  const sections = [
    practice.problem,
    practice.solution,
    practice.results,
    practice.challenges,
    practice.conditions,
    practice.replication,
  ].map(markdownToPlainText);
  return {
    key: documentKey({ type: "practice", id: practice.id }),
    type: "practice",
    recordId: practice.id,
    slug: practice.slug,
    title: practice.title,
    summary: practice.summary,
    body: joinText([...sections, practice.sector, practice.tags.join(" ")]),
    url: `/practices/${practice.slug}`,
    ...region,
    indicators: indicators.map((indicator) => indicator.number),
    dimensions: dimensions.map((dimension) => dimension.dimensionKey),
    year: practice.year,
    audience: audienceOf(practiceVisibility(practice.status), practice.regionCode),
    isDemo: practice.isDemo,
  };
}

async function softwareDocument(tx: Reader, id: string): Promise<SearchDocumentInput | null> {
  const entry = await tx.softwareEntry.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      shortDescription: true,
      publiccode: true,
      categories: true,
      tech: true,
      releaseDate: true,
      createdAt: true,
      isDemo: true,
      regionCode: true,
      status: true,
    },
  });
  if (!entry) return null;
  const region = await regionFields(tx, entry.regionCode);
  const indicators = await tx.frameworkIndicator.findMany({
    where: { software: { some: { softwareId: id } } },
    select: { number: true },
    orderBy: { number: "asc" },
  });
  const data = entry.publiccode as unknown as PubliccodeData;
  const descriptions = Object.values(data.descriptions ?? {});
  return {
    key: documentKey({ type: "software", id: entry.id }),
    type: "software",
    recordId: entry.id,
    slug: entry.slug,
    title: entry.name,
    summary: entry.shortDescription,
    body: joinText([
      ...descriptions.map((description) =>
        joinText([
          description.longDescription ? markdownToPlainText(description.longDescription) : "",
          (description.features ?? []).join(". "),
        ]),
      ),
      entry.categories.join(" "),
      entry.tech.join(" "),
    ]),
    url: `/software/${entry.slug}`,
    ...region,
    indicators: indicators.map((indicator) => indicator.number),
    dimensions: [],
    year: (entry.releaseDate ?? entry.createdAt).getUTCFullYear(),
    // Drafts and submissions are found only by their region's people and the centre.
    audience: audienceOf(visibilityOf(entry.status), entry.regionCode),
    isDemo: entry.isDemo,
  };
}

async function indicatorDocument(tx: Reader, number: string): Promise<SearchDocumentInput | null> {
  const indicator = await tx.frameworkIndicator.findUnique({
    where: { frameworkId_number: { frameworkId: DEFAULT_FRAMEWORK_ID, number: Number(number) } },
    select: {
      id: true,
      number: true,
      title: true,
      titleEn: true,
      description: true,
      descriptionEn: true,
      aspectId: true,
    },
  });
  if (!indicator) return null;
  const aspect = await tx.frameworkAspect.findUniqueOrThrow({
    where: { id: indicator.aspectId },
    select: { title: true, domainId: true },
  });
  const domain = await tx.frameworkDomain.findUniqueOrThrow({
    where: { id: aspect.domainId },
    select: { title: true },
  });
  const levels = await tx.indicatorLevel.findMany({
    where: { indicatorId: indicator.id },
    select: { description: true },
    orderBy: { level: "asc" },
  });
  const evidence = await tx.indicatorEvidence.findMany({
    where: { indicatorId: indicator.id },
    select: { text: true },
    orderBy: { position: "asc" },
  });
  return {
    key: documentKey({ type: "indicator", id: String(indicator.number) }),
    type: "indicator",
    recordId: String(indicator.number),
    slug: String(indicator.number),
    title: indicator.title,
    summary: `Indikator ${indicator.number}. ${indicator.description}`,
    body: joinText([
      aspect.title,
      domain.title,
      ...levels.map((level) => level.description),
      ...evidence.map((item) => item.text),
      indicator.titleEn,
      indicator.descriptionEn,
    ]),
    url: `/spbe/indicators/${indicator.number}`,
    regionCode: null,
    regionName: null,
    provinceCode: null,
    provinceName: null,
    indicators: [indicator.number],
    dimensions: [],
    year: null,
    audience: PUBLIC_AUDIENCE,
    isDemo: false,
  };
}

/** One builder per type that is built record by record; regions are built in bulk below. */
const BUILDERS: Record<
  Exclude<SearchRef["type"], "region">,
  (tx: Reader, id: string) => Promise<SearchDocumentInput | null>
> = {
  practice: practiceDocument,
  software: softwareDocument,
  indicator: indicatorDocument,
  evidence: evidenceDocument,
  commitment: commitmentDocument,
};

/** Region documents in two queries, however many (a full rebuild holds all 514). */
async function regionDocuments(tx: Reader, codes: string[]): Promise<SearchDocumentInput[]> {
  const regions = await tx.region.findMany({
    where: { code: { in: codes } },
    select: { code: true, name: true, shortName: true, kind: true, provinceCode: true },
  });
  const provinces = await tx.province.findMany({ select: { code: true, name: true } });
  const provinceNames = new Map(provinces.map((province) => [province.code, province.name]));
  return regions.map((region) => {
    const provinceName = provinceNames.get(region.provinceCode) ?? "";
    return {
      key: documentKey({ type: "region", id: region.code }),
      type: "region",
      recordId: region.code,
      slug: region.code,
      title: region.name,
      summary: `${region.name}, ${provinceName}`,
      body: joinText([
        region.shortName,
        region.kind === "KOTA" ? "kota" : "kabupaten",
        region.code,
      ]),
      url: `/regions/${region.code}`,
      regionCode: region.code,
      regionName: region.name,
      provinceCode: region.provinceCode,
      provinceName,
      indicators: [],
      dimensions: [],
      year: null,
      audience: PUBLIC_AUDIENCE,
      isDemo: false,
    };
  });
}

/** The documents of these records, and the keys of those that no longer exist. */
export async function buildDocuments(
  tx: Reader,
  refs: SearchRef[],
): Promise<{ documents: SearchDocumentInput[]; missing: string[] }> {
  const regionCodes = refs.filter((ref) => ref.type === "region").map((ref) => ref.id);
  const documents = regionCodes.length ? await regionDocuments(tx, regionCodes) : [];
  const found = new Set(documents.map((document) => document.key));
  const missing = regionCodes
    .map((code) => documentKey({ type: "region", id: code }))
    .filter((key) => !found.has(key));
  for (const ref of refs) {
    if (ref.type === "region") continue;
    const document = await BUILDERS[ref.type](tx, ref.id);
    if (document) documents.push(document);
    else missing.push(documentKey(ref));
  }
  return { documents, missing };
}

/** Every record that search should hold (for a full rebuild). */
export async function allSearchRefs(tx: Reader): Promise<SearchRef[]> {
  // One after the other: inside a transaction the queries share one connection.
  const practices = await tx.practice.findMany({ select: { id: true } });
  const software = await tx.softwareEntry.findMany({ select: { id: true } });
  const evidence = await tx.evidenceRecord.findMany({ select: { id: true } });
  const commitments = await tx.commitment.findMany({ select: { id: true } });
  const regions = await tx.region.findMany({ select: { code: true } });
  const indicators = await tx.frameworkIndicator.findMany({
    where: { frameworkId: DEFAULT_FRAMEWORK_ID },
    select: { number: true },
  });
  return [
    ...practices.map((row) => ({ type: "practice" as const, id: row.id })),
    ...software.map((row) => ({ type: "software" as const, id: row.id })),
    ...evidence.map((row) => ({ type: "evidence" as const, id: row.id })),
    ...commitments.map((row) => ({ type: "commitment" as const, id: row.id })),
    ...regions.map((row) => ({ type: "region" as const, id: row.code })),
    ...indicators.map((row) => ({ type: "indicator" as const, id: String(row.number) })),
  ];
}
