// The one search interface. Two engines implement it (PostgreSQL, the default; Meilisearch when
// MEILI_HOST is set) and both pass the same conformance suite (tests/integration/search-*).

import type { Visibility } from "~/auth/policy";

// Stored facet codes (app/modules/search/facet-codes.ts) use each value's position in this list:
// add new values at the end only, never reorder or remove one, or reindex every engine after the
// change (npm run search:reindex). tests/unit/facet-codes.test.ts pins every code.
export const SEARCH_TYPES = [
  "practice",
  "software",
  "region",
  "indicator",
  "evidence",
  "commitment",
] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

// Stored facet codes (app/modules/search/facet-codes.ts) use each facet's position (× 1,000,000) in this list:
// add new values at the end only, never reorder or remove one, or reindex every engine after the
// change (npm run search:reindex). tests/unit/facet-codes.test.ts pins every code.
export const FACET_NAMES = [
  "type",
  "province",
  "region",
  "indicator",
  "dimension",
  "year",
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/**
 * Who may read a search document, the three levels of the policy (app/auth/policy.ts):
 * "public" (anyone), "members" (signed-in members of any region, coordinators and admins), or the
 * code of the region whose private record it is ("32.11": that region's people and the centre).
 * Region codes have a dot, so they never meet the two names.
 */
export type SearchAudience = typeof PUBLIC_AUDIENCE | typeof MEMBERS_AUDIENCE | (string & {});

export const PUBLIC_AUDIENCE = "public";
export const MEMBERS_AUDIENCE = "members";

/** The audience of a region's record with the policy's visibility. */
export function audienceOf(visibility: Visibility, regionCode: string): SearchAudience {
  if (visibility === "public") return PUBLIC_AUDIENCE;
  if (visibility === "members") return MEMBERS_AUDIENCE;
  return regionCode;
}

/** One searchable record, as every engine receives it. Text is plain (no Markdown, no HTML). */
export interface SearchDocumentInput {
  /** "<type>:<record id>" */
  key: string;
  type: SearchType;
  recordId: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  url: string;
  regionCode: string | null;
  regionName: string | null;
  provinceCode: string | null;
  provinceName: string | null;
  indicators: number[];
  dimensions: string[];
  year: number | null;
  /** Who may read it: see SearchAudience. */
  audience: SearchAudience;
  isDemo: boolean;
}

export interface SearchFilters {
  type?: SearchType;
  province?: string;
  region?: string;
  indicator?: number;
  dimension?: string;
  year?: number;
}

export interface SearchRequest {
  q: string;
  filters: SearchFilters;
  page: number;
  limit: number;
}

/**
 * Whose search it is: whether the reader is a signed-in member (sees "members" records) and the
 * regions whose private records they may see ("all": the centre, who sees everything).
 */
export interface SearchViewer {
  members: boolean;
  privateRegions: "all" | string[];
}

export const ANONYMOUS_VIEWER: SearchViewer = { members: false, privateRegions: [] };

/** The audiences a viewer may read, or "all" (no filter). Both engines filter with this. */
export function readableAudiences(viewer: SearchViewer): "all" | string[] {
  if (viewer.privateRegions === "all") return "all";
  return [PUBLIC_AUDIENCE, ...(viewer.members ? [MEMBERS_AUDIENCE] : []), ...viewer.privateRegions];
}

export interface SearchHit {
  type: SearchType;
  id: string;
  slug: string;
  title: string;
  /** Plain text, HTML-escaped, with matches wrapped in <mark>…</mark>. */
  snippet: string;
  url: string;
  region: { code: string; name: string } | null;
  province: { code: string; name: string } | null;
  year: number | null;
  isDemo: boolean;
}

/** What every engine knows of a stored document: enough to make a hit. */
export interface StoredHitFields {
  type: string;
  recordId: string;
  slug: string;
  title: string;
  url: string;
  regionCode: string | null;
  regionName: string | null;
  provinceCode: string | null;
  provinceName: string | null;
  year: number | null;
  isDemo: boolean;
}

/** The one way a stored document becomes a hit (both engines). */
export function toSearchHit(fields: StoredHitFields, snippet: string): SearchHit {
  return {
    type: fields.type as SearchType,
    id: fields.recordId,
    slug: fields.slug,
    title: fields.title,
    snippet,
    url: fields.url,
    region:
      fields.regionCode && fields.regionName
        ? { code: fields.regionCode, name: fields.regionName }
        : null,
    province:
      fields.provinceCode && fields.provinceName
        ? { code: fields.provinceCode, name: fields.provinceName }
        : null,
    year: fields.year,
    isDemo: fields.isDemo,
  };
}

export type FacetCounts = Record<FacetName, Record<string, number>>;

export interface SearchResponse {
  total: number;
  tookMs: number;
  page: number;
  limit: number;
  hits: SearchHit[];
  facets: FacetCounts;
  /** A corrected query ("did you mean"), only when it finds something the reader may see. */
  suggestion: string | null;
  /** True when there was no hit for the query as typed and the hits are for `suggestion`. */
  corrected: boolean;
}

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  /** Adds or replaces documents (by key). */
  index(documents: SearchDocumentInput[]): Promise<void>;
  remove(keys: string[]): Promise<void>;
  search(request: SearchRequest, viewer: SearchViewer): Promise<SearchResponse>;
}

export function emptyFacets(): FacetCounts {
  return { type: {}, province: {}, region: {}, indicator: {}, dimension: {}, year: {} };
}
