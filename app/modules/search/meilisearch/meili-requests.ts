// What the Meilisearch engine sends, as plain data (unit-tested without a server): index settings,
// documents with their stemmed fields, and search parameters with the reader's access filter.
// Meilisearch does not stem Indonesian, so documents carry *_stem fields and the query is
// stemmed the same way (by PostgreSQL's Snowball `indonesian` stemmer) before it is sent.
import { MARK_END, MARK_START } from "../snippet";
import {
  FACET_NAMES,
  type FacetName,
  readableAudiences,
  type SearchDocumentInput,
  type SearchRequest,
  type SearchViewer,
} from "../search.types";
import { synonymMap } from "../synonyms";

/** Facet names of the interface → attributes of the Meilisearch document. */
export const FACET_ATTRIBUTES: Record<FacetName, string> = {
  type: "type",
  province: "provinceCode",
  region: "regionCode",
  indicator: "indicators",
  dimension: "dimensions",
  year: "year",
};

/** A search document as Meilisearch stores it: with stemmed fields and an access attribute. */
export type MeiliDocument = Omit<SearchDocumentInput, "audience"> & {
  id: string;
  title_stem: string;
  summary_stem: string;
  body_stem: string;
  /** The document's audience: "public", "members", or the region whose private record it is. */
  access: string;
};

/** Meilisearch ids allow letters, digits, "-" and "_" only. */
export function meiliId(key: string): string {
  return key.replace(/:/, "__").replace(/[^A-Za-z0-9_-]/g, "-");
}

export function indexSettings(stem: (text: string) => string) {
  return {
    searchableAttributes: [
      "title",
      "title_stem",
      "summary",
      "summary_stem",
      "body",
      "body_stem",
      "regionName",
      "provinceName",
    ],
    filterableAttributes: [...Object.values(FACET_ATTRIBUTES), "access"],
    sortableAttributes: ["year", "title"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    displayedAttributes: ["*"],
    synonyms: synonymMap(stem),
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
    // Above the 514 kabupaten/kota, so every region can be counted.
    faceting: { maxValuesPerFacet: 1000 },
    // The deepest page the API allows (page 500 × limit 50).
    pagination: { maxTotalHits: 25_000 },
  };
}

export function toMeiliDocument(
  document: SearchDocumentInput,
  stems: { title: string; summary: string; body: string },
): MeiliDocument {
  return {
    id: meiliId(document.key),
    key: document.key,
    type: document.type,
    recordId: document.recordId,
    slug: document.slug,
    title: document.title,
    summary: document.summary,
    body: document.body,
    title_stem: stems.title,
    summary_stem: stems.summary,
    body_stem: stems.body,
    url: document.url,
    regionCode: document.regionCode,
    regionName: document.regionName,
    provinceCode: document.provinceCode,
    provinceName: document.provinceName,
    indicators: document.indicators,
    dimensions: document.dimensions,
    year: document.year,
    access: document.audience,
    isDemo: document.isDemo,
  };
}

function quoted(value: string | number): string {
  return typeof value === "number" ? String(value) : `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/** The filter expressions: the reader's access first, then the request's filters. */
export function searchFilter(request: SearchRequest, viewer: SearchViewer): string[] {
  const filter: string[] = [];
  const audiences = readableAudiences(viewer);
  if (audiences !== "all") filter.push(`access IN [${audiences.map(quoted).join(", ")}]`);
  const { filters } = request;
  const add = (name: FacetName, value: string | number | undefined) => {
    if (value !== undefined) filter.push(`${FACET_ATTRIBUTES[name]} = ${quoted(value)}`);
  };
  add("type", filters.type);
  add("province", filters.province);
  add("region", filters.region);
  add("indicator", filters.indicator);
  add("dimension", filters.dimension);
  add("year", filters.year);
  return filter;
}

export function searchParams(request: SearchRequest, viewer: SearchViewer) {
  return {
    filter: searchFilter(request, viewer),
    facets: FACET_NAMES.map((name) => FACET_ATTRIBUTES[name]),
    page: request.page,
    hitsPerPage: request.limit,
    attributesToRetrieve: [
      "key",
      "type",
      "recordId",
      "slug",
      "title",
      "url",
      "regionCode",
      "regionName",
      "provinceCode",
      "provinceName",
      "year",
      "isDemo",
    ],
    attributesToCrop: ["summary", "body"],
    cropLength: 28,
    cropMarker: " … ",
    attributesToHighlight: ["summary", "body"],
    highlightPreTag: MARK_START,
    highlightPostTag: MARK_END,
    matchingStrategy: "last" as const,
  };
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The query with each word replaced by its stem, its syntax (quotes, minus) kept as typed:
 * `"tanda tangan" -desa` → `"tanda tang" -desa`.
 */
export async function stemQuery(
  query: string,
  stem: (words: string[]) => Promise<string[]>,
): Promise<string> {
  const words = query.match(WORD) ?? [];
  if (words.length === 0) return query.trim();
  const stems = await stem(words);
  let index = 0;
  return query.trim().replace(WORD, (word) => stems[index++] || word);
}
