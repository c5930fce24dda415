// The default engine: PostgreSQL full-text search over the SearchDocument projection.
// websearch_to_tsquery syntax (quotes, minus, or), word forms through the `indonesian`
// configuration plus exact words through `simple`, synonyms by query expansion, typo tolerance by
// correcting unknown words against the trigram-indexed vocabulary, facets and snippets computed in
// the same statement as the hits, and every row filtered by who may read it.
import type pg from "pg";
import { decodeFacet } from "../facet-codes";
import { markedSnippet, MARK_END, MARK_START } from "../snippet";
import { poolRunner, type SqlRunner } from "../sql-runner.server";
import { anyWordQuery, applyCorrections, queryWords, usesSyntax } from "../query-text";
import {
  emptyFacets,
  toSearchHit,
  type FacetCounts,
  type SearchDocumentInput,
  type SearchEngine,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
  type StoredHitFields,
  type SearchViewer,
} from "../search.types";
import { synonymAlternatives, synonymUnits } from "../synonyms";
import { deleteSearchDocuments, writeSearchDocuments } from "./postgres-index.server";

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

// Relevance: ts_rank over title (A) and summary (B) — the body only decides whether a record
// matches, so ranking never reads the large body vector — plus a bonus when the title alone
// matches the query, larger for short titles (a title that is just the query is the best answer).
const RANK = `ts_rank(d."headVector", query.q, 1) +
  CASE WHEN d."titleVector" @@ query.q THEN 0.3 + 1.0 / (1 + length(d."titleVector")) ELSE 0 END`;

interface Statement {
  sql: string;
  params: unknown[];
}

function whereClauses(request: SearchRequest, viewer: SearchViewer, params: unknown[]): string[] {
  const where: string[] = [];
  if (viewer.privateRegions !== "all") {
    params.push(viewer.privateRegions);
    where.push(`(d."restrictedTo" IS NULL OR d."restrictedTo" = ANY($${params.length}::text[]))`);
  }
  const { filters } = request;
  const equal = (column: string, value: unknown, cast: string) => {
    params.push(value);
    where.push(`d.${column} = $${params.length}::${cast}`);
  };
  if (filters.type) equal("type", filters.type, "text");
  if (filters.province) equal(`"provinceCode"`, filters.province, "text");
  if (filters.region) equal(`"regionCode"`, filters.region, "text");
  if (filters.year) equal("year", filters.year, "int");
  if (filters.indicator) {
    params.push(filters.indicator);
    where.push(`$${params.length}::int = ANY(d.indicators)`);
  }
  if (filters.dimension) {
    params.push(filters.dimension);
    where.push(`$${params.length}::text = ANY(d.dimensions)`);
  }
  return where;
}

// Facet counts in one pass over the matches: every facet code of each match, counted.
const FACETS_SQL = `
  (SELECT coalesce(json_agg(json_build_array(f.c, f.n)), '[]')
     FROM (SELECT c, count(*)::int AS n FROM (SELECT unnest(m."facetCodes") AS c FROM m) u GROUP BY c) f
  ) AS facet_counts`;

/** Stemmed OR exact (simple) form of one text, the exact one only when it differs. */
function eitherForm(parse: "plainto_tsquery" | "websearch_to_tsquery", index: number): string {
  return `(SELECT CASE WHEN stemmed::text = exact::text THEN stemmed ELSE stemmed || exact END
             FROM ${parse}('indonesian', unaccent($${index})) AS stemmed,
                  ${parse}('simple', unaccent($${index})) AS exact)`;
}

/**
 * The query as one tsquery expression. A plain query becomes an AND of units, each an OR of its
 * synonyms; a query with syntax is read by websearch_to_tsquery, with whole-query variants.
 */
export function tsqueryExpression(text: string, params: unknown[]): string {
  const add = (value: string) => {
    params.push(value);
    return params.length;
  };
  if (usesSyntax(text)) {
    return [text, ...synonymAlternatives(text)]
      .map((variant) => eitherForm("websearch_to_tsquery", add(variant)))
      .join(" || ");
  }
  return synonymUnits(text)
    .map(
      (alternatives) =>
        `(${alternatives.map((alternative) => eitherForm("plainto_tsquery", add(alternative))).join(" || ")})`,
    )
    .join(" && ");
}

/**
 * Hits, total and facets in one statement. The tsquery is computed inside it (a MATERIALIZED
 * CTE), out of the planner's sight: the planner then always takes the GIN index. Given the value,
 * it would choose a sequential scan for broad queries, which reads every row's out-of-line
 * vector and is ten times slower.
 */
export function searchStatement(
  text: string | null,
  request: SearchRequest,
  viewer: SearchViewer,
): Statement {
  const params: unknown[] = [];
  const hasQuery = Boolean(text);
  const tsquery = text ? tsqueryExpression(text, params) : `''::tsquery`;
  const where = whereClauses(request, viewer, params);
  if (hasQuery) where.unshift(`d."searchVector" @@ query.q`);
  params.push(request.limit, (request.page - 1) * request.limit);
  const limitIndex = params.length - 1;
  const sql = `
WITH query AS MATERIALIZED (SELECT ${tsquery} AS q),
m AS MATERIALIZED (
  SELECT d.key, d.title, d."facetCodes",
         ${hasQuery ? RANK : "0::real"} AS rank
    FROM "SearchDocument" d, query
   ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
),
top AS (SELECT key, rank FROM m ORDER BY rank DESC, title, key LIMIT $${limitIndex} OFFSET $${limitIndex + 1})
SELECT
  (SELECT count(*)::int FROM m) AS total,
  (SELECT coalesce(json_agg(h ORDER BY h.rank DESC, h.title, h.key), '[]') FROM (
     SELECT top.rank, d.key, d.type, d."recordId", d.slug, d.title, d.url, d."regionCode",
            d."regionName", d."provinceCode", d."provinceName", d.year, d."isDemo",
            ${
              hasQuery
                ? `ts_headline('indonesian', d.summary || ' … ' || left(d.body, 1000), query.q, '${HEADLINE_OPTIONS}')`
                : `left(d.summary, 240)`
            } AS snippet
       FROM top JOIN "SearchDocument" d USING (key), query) h) AS hits,
  ${FACETS_SQL}`;
  return { sql, params };
}

/** A hit as the statement returns it: the shared hit fields and the highlighted snippet. */
type HitRow = StoredHitFields & { snippet: string | null };

interface ResultRow {
  total: number;
  hits: HitRow[];
  facet_counts: Array<[number, number]>;
}

function toHit(row: HitRow): SearchHit {
  return toSearchHit(row, markedSnippet(row.snippet ?? ""));
}

interface Outcome {
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
}

export function createPostgresEngine(pool: pg.Pool): SearchEngine {
  const run: SqlRunner = poolRunner(pool);

  async function runSearch(
    text: string,
    request: SearchRequest,
    viewer: SearchViewer,
  ): Promise<Outcome> {
    const { sql, params } = searchStatement(text || null, request, viewer);
    const [row] = await run<ResultRow>(sql, params);
    const facets = emptyFacets();
    for (const [code, count] of row?.facet_counts ?? []) {
      const decoded = decodeFacet(code);
      if (decoded) facets[decoded[0]][decoded[1]] = count;
    }
    return { total: row?.total ?? 0, hits: (row?.hits ?? []).map(toHit), facets };
  }

  /** Unknown words replaced by the closest known word (trigram similarity), or null. */
  async function correction(query: string): Promise<string | null> {
    const words = [...new Set(queryWords(query))];
    if (words.length === 0) return null;
    const rows = await run<{ word: string; known: boolean; best: string | null }>(
      `SELECT w AS word,
              EXISTS (SELECT 1 FROM "SearchTerm" WHERE term = w) AS known,
              (SELECT term FROM "SearchTerm" WHERE term % w AND similarity(term, w) >= 0.4
                ORDER BY similarity(term, w) + 0.05 * ln(1 + documents) DESC, term LIMIT 1) AS best
         FROM unnest($1::text[]) AS w`,
      [words],
    );
    const corrections = new Map<string, string>();
    for (const row of rows) if (!row.known && row.best) corrections.set(row.word, row.best);
    if (corrections.size === 0) return null;
    const corrected = applyCorrections(query, corrections);
    return corrected === query ? null : corrected;
  }

  return {
    name: "postgres",
    async index(documents: SearchDocumentInput[]) {
      await writeSearchDocuments(run, documents);
    },
    async remove(keys: string[]) {
      await deleteSearchDocuments(run, keys);
    },
    async search(request: SearchRequest, viewer: SearchViewer): Promise<SearchResponse> {
      const started = performance.now();
      const q = request.q.trim();
      let outcome = await runSearch(q, request, viewer);
      let suggestion: string | null = null;
      let corrected = false;
      // Few or no hits: a misspelt word is the likeliest cause, so correct before loosening.
      if (q && outcome.total < 3) {
        const candidate = await correction(q);
        if (candidate) {
          const alternative = await runSearch(candidate, request, viewer);
          if (alternative.total > outcome.total) {
            suggestion = candidate;
            if (outcome.total === 0) {
              outcome = alternative;
              corrected = true;
            }
          }
        }
      }
      if (q && outcome.total === 0) {
        const anyWord = anyWordQuery(q);
        if (anyWord) outcome = await runSearch(anyWord, request, viewer);
      }
      return {
        ...outcome,
        page: request.page,
        limit: request.limit,
        suggestion,
        corrected,
        tookMs: Math.round((performance.now() - started) * 10) / 10,
      };
    },
  };
}
