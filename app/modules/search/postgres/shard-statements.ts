// The SQL of one search over one shard of the SearchDocument projection (one hash partition):
// the shard's best candidates, its total and its facet counts in one statement; and the snippets
// of the page's hits once the shards' candidates are merged.
import { MARK_END, MARK_START } from "../snippet";
import type { SearchRequest, SearchViewer } from "../search.types";
import { queryShape, shapeExpression } from "./tsquery";

export interface Statement {
  sql: string;
  params: unknown[];
}

const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

// Relevance: ts_rank over title (A) and summary (B) — the body only decides whether a record
// matches, so ranking never reads the large body vector — plus a bonus when the title alone
// matches the query, larger for short titles (a title that is just the query is the best answer).
// It depends on the document alone, so ranks from different shards compare as they are.
const RANK = `ts_rank(d."headVector", query.r, 1) +
  CASE WHEN d."titleVector" @@ query.r THEN 0.3 + 1.0 / (1 + length(d."titleVector")) ELSE 0 END`;

// Ties are broken by title, then key, in code-point order (COLLATE "C"), the order the merge of
// the shards' candidates uses too, whatever the database's collation.
export const CANDIDATE_ORDER = `rank DESC, title COLLATE "C", key COLLATE "C"`;

/** A shard's candidate for the page: what the merge orders by. */
export interface Candidate {
  rank: number;
  key: string;
  title: string;
}

const utf8 = (text: string) => Buffer.from(text, "utf8");

/** The order of CANDIDATE_ORDER: rank descending, then title and key in code-point order. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.rank - a.rank ||
    Buffer.compare(utf8(a.title), utf8(b.title)) ||
    Buffer.compare(utf8(a.key), utf8(b.key))
  );
}

const HIT_COLUMNS = `d.key, d.type, d."recordId", d.slug, d.title, d.url, d."regionCode", d."regionName",
  d."provinceCode", d."provinceName", d.year, d."isDemo"`;

function snippetSql(hasQuery: boolean): string {
  return hasQuery
    ? `ts_headline('indonesian', d.summary || ' … ' || left(d.body, 1000), query.r, '${HEADLINE_OPTIONS}')`
    : `left(d.summary, 240)`;
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

/**
 * The query CTE: q finds the matches, r ranks and highlights them. Computed inside the statement
 * (MATERIALIZED), out of the planner's sight, so that the planner always takes the GIN index:
 * given the value, it would choose a sequential scan for broad queries, which reads every row's
 * out-of-line vector and is ten times slower.
 */
function queryCte(text: string | null, params: unknown[]): string {
  const shape = text ? queryShape(text, params) : null;
  const q = shape ? shapeExpression(shape, "match") : `''::tsquery`;
  const r = shape ? shapeExpression(shape, "rank") : `''::tsquery`;
  return `query AS MATERIALIZED (SELECT ${q} AS q, ${r} AS r)`;
}

/**
 * One shard's part of a search: its `candidates` best matches (rank, title and key; with their
 * hit fields and snippets when `withHits`), its total and its facet counts, in one pass over its
 * matches.
 */
export function shardStatement(
  shard: string,
  text: string | null,
  request: SearchRequest,
  viewer: SearchViewer,
  options: { candidates: number; withHits: boolean },
): Statement {
  const params: unknown[] = [];
  const cte = queryCte(text, params);
  const where = whereClauses(request, viewer, params);
  if (text) where.unshift(`d."searchVector" @@ query.q`);
  params.push(options.candidates);
  const candidates = options.withHits
    ? `SELECT top.rank, ${HIT_COLUMNS}, ${snippetSql(Boolean(text))} AS snippet
         FROM top JOIN ${shard} d USING (key), query`
    : `SELECT rank, key, title FROM top`;
  const sql = `
WITH ${cte},
m AS MATERIALIZED (
  SELECT d.key, d.title, d."facetCodes", ${text ? RANK : "0::real"} AS rank
    FROM ${shard} d, query
   ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
),
top AS (SELECT key, title, rank FROM m ORDER BY ${CANDIDATE_ORDER} LIMIT $${params.length})
SELECT
  (SELECT count(*)::int FROM m) AS total,
  (SELECT coalesce(json_agg(c), '[]') FROM (${candidates}) c) AS candidates,
  (SELECT coalesce(json_agg(json_build_array(f.c, f.n)), '[]')
     FROM (SELECT c, count(*)::int AS n FROM (SELECT unnest(m."facetCodes") AS c FROM m) u GROUP BY c) f
  ) AS facet_counts`;
  return { sql, params };
}

/** The hit fields and snippets of the page's hits, by key, once the shards are merged. */
export function pageStatement(text: string | null, keys: string[]): Statement {
  const params: unknown[] = [];
  const cte = queryCte(text, params);
  params.push(keys);
  const sql = `
WITH ${cte}
SELECT ${HIT_COLUMNS}, ${snippetSql(Boolean(text))} AS snippet
  FROM "SearchDocument" d, query
 WHERE d.key = ANY($${params.length}::text[])`;
  return { sql, params };
}
