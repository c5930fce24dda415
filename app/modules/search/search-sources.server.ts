// What each kind of record looks like to search: one builder per type turns a record into a
// SearchDocumentInput (plain text, facets, who may read it). Later issues add their own types.
import type { Prisma, PrismaClient } from "@prisma/client";
import { markdownToPlainText } from "~/modules/practices/markdown.server";
import { practiceVisibility } from "~/modules/practices/practice.schema";
import type { PubliccodeData } from "~/modules/software/publiccode/types";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import type { SearchDocumentInput, SearchType } from "./search.types";

export type Reader = Prisma.TransactionClient | PrismaClient;

/** A record to (re)index: its type and id (region code, indicator number as text, uuid). */
export interface SearchRef {
  type: Extract<SearchType, "practice" | "software" | "region" | "indicator">;
  id: string;
}

export function documentKey(ref: { type: string; id: string }): string {
  return `${ref.type}:${ref.id}`;
}

const regionSelect = {
  code: true,
  name: true,
  province: { select: { code: true, name: true } },
} satisfies Prisma.RegionSelect;

type RegionRow = Prisma.RegionGetPayload<{ select: typeof regionSelect }>;

function regionFields(region: RegionRow) {
  return {
    regionCode: region.code,
    regionName: region.name,
    provinceCode: region.province.code,
    provinceName: region.province.name,
  };
}

function joinText(parts: Array<string | null | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(" \n ")
    .slice(0, 200_000);
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
      region: { select: regionSelect },
      indicators: { select: { indicator: { select: { number: true } } } },
      dimensions: { select: { dimensionKey: true } },
    },
  });
  if (!practice) return null;
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
    ...regionFields(practice.region),
    indicators: practice.indicators.map((link) => link.indicator.number).sort((a, b) => a - b),
    dimensions: practice.dimensions.map((link) => link.dimensionKey).sort(),
    year: practice.year,
    restrictedTo: practiceVisibility(practice.status) === "public" ? null : practice.region.code,
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
      region: { select: regionSelect },
      indicators: { select: { indicator: { select: { number: true } } } },
    },
  });
  if (!entry) return null;
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
    ...regionFields(entry.region),
    indicators: entry.indicators.map((link) => link.indicator.number).sort((a, b) => a - b),
    dimensions: [],
    year: (entry.releaseDate ?? entry.createdAt).getUTCFullYear(),
    restrictedTo: null,
    isDemo: entry.isDemo,
  };
}

async function regionDocument(tx: Reader, code: string): Promise<SearchDocumentInput | null> {
  const region = await tx.region.findUnique({
    where: { code },
    select: { ...regionSelect, shortName: true, kind: true },
  });
  if (!region) return null;
  return {
    key: documentKey({ type: "region", id: region.code }),
    type: "region",
    recordId: region.code,
    slug: region.code,
    title: region.name,
    summary: `${region.name}, ${region.province.name}`,
    body: joinText([region.shortName, region.kind === "KOTA" ? "kota" : "kabupaten", region.code]),
    url: `/regions/${region.code}`,
    ...regionFields(region),
    indicators: [],
    dimensions: [],
    year: null,
    restrictedTo: null,
    isDemo: false,
  };
}

async function indicatorDocument(tx: Reader, number: string): Promise<SearchDocumentInput | null> {
  const indicator = await tx.frameworkIndicator.findUnique({
    where: { frameworkId_number: { frameworkId: DEFAULT_FRAMEWORK_ID, number: Number(number) } },
    select: {
      number: true,
      title: true,
      titleEn: true,
      description: true,
      descriptionEn: true,
      aspect: { select: { title: true, domain: { select: { title: true } } } },
      levels: { select: { description: true }, orderBy: { level: "asc" } },
      evidence: { select: { text: true }, orderBy: { position: "asc" } },
    },
  });
  if (!indicator) return null;
  return {
    key: documentKey({ type: "indicator", id: String(indicator.number) }),
    type: "indicator",
    recordId: String(indicator.number),
    slug: String(indicator.number),
    title: indicator.title,
    summary: `Indikator ${indicator.number}. ${indicator.description}`,
    body: joinText([
      indicator.aspect.title,
      indicator.aspect.domain.title,
      ...indicator.levels.map((level) => level.description),
      ...indicator.evidence.map((evidence) => evidence.text),
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
    restrictedTo: null,
    isDemo: false,
  };
}

const BUILDERS: Record<
  SearchRef["type"],
  (tx: Reader, id: string) => Promise<SearchDocumentInput | null>
> = {
  practice: practiceDocument,
  software: softwareDocument,
  region: regionDocument,
  indicator: indicatorDocument,
};

/** The document for a record, or null when the record no longer exists. */
export function buildDocument(tx: Reader, ref: SearchRef): Promise<SearchDocumentInput | null> {
  return BUILDERS[ref.type](tx, ref.id);
}

/** Every record that search should hold (for a full rebuild). */
export async function allSearchRefs(tx: Reader): Promise<SearchRef[]> {
  // One after the other: inside a transaction the queries share one connection.
  const practices = await tx.practice.findMany({ select: { id: true } });
  const software = await tx.softwareEntry.findMany({ select: { id: true } });
  const regions = await tx.region.findMany({ select: { code: true } });
  const indicators = await tx.frameworkIndicator.findMany({
    where: { frameworkId: DEFAULT_FRAMEWORK_ID },
    select: { number: true },
  });
  return [
    ...practices.map((row) => ({ type: "practice" as const, id: row.id })),
    ...software.map((row) => ({ type: "software" as const, id: row.id })),
    ...regions.map((row) => ({ type: "region" as const, id: row.code })),
    ...indicators.map((row) => ({ type: "indicator" as const, id: String(row.number) })),
  ];
}
