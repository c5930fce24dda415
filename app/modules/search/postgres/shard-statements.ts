// The SQL of one search over one table of the SearchDocument projection: a shard (one hash
// partition) for the first page, the whole projection for later pages. One statement gives the
// page's hits with their snippets, the total and the facet counts, in one pass over the matches.
import { MARK_END, MARK_START } from "../snippet";
import { encodeFacet } from "../facet-codes";
import {
  FACET_NAMES,
  readableAudiences,
  type SearchRequest,
  type SearchViewer,
} from "../search.types";
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
// the shards' candidates uses too (compareCandidates), whatever the database's collation.
function candidateOrder(alias: string): string {
  return `${alias}.rank DESC, ${alias}.title COLLATE "C", ${alias}.key COLLATE "C"`;
}

/** A shard's candidate for the page: what the merge orders by. */
export interface Candidate {
  rank: number;
  key: string;
  title: string;
}

/**
 * Code-point order of two strings, the order of UTF-8 bytes and so of COLLATE "C". JavaScript
 * compares UTF-16 units, which puts U+E000–U+FFFF after supplementary characters; the fix-up
 * moves surrogates above them.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x += x >= 0xe000 ? -0x800 : 0x2000;
      y += y >= 0xe000 ? -0x800 : 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** The order of candidateOrder: rank descending, then title and key in code-point order. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return b.rank - a.rank || compareCodePoints(a.title, b.title) || compareCodePoints(a.key, b.key);
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
  const audiences = readableAudiences(viewer);
  if (audiences !== "all") {
    params.push(audiences);
    where.push(`d.audience = ANY($${params.length}::text[])`);
  }
  // Each filter is a facet value, matched by its code: the filter then keeps exactly the records
  // its facet count counted, and reads no column beyond those read for every match.
  for (const facet of FACET_NAMES) {
    const value = request.filters[facet];
    if (value === undefined) continue;
    const code = encodeFacet(facet, String(value));
    if (code === null) {
      where.push("false");
      continue;
    }
    params.push(code);
    where.push(`$${params.length}::int = ANY(d."facetCodes")`);
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
 * A search over one table: the request's page of hits (in candidateOrder, with their rank and
 * snippets), the total and the facet counts. `table` is a trusted table name (a quoted
 * identifier from the catalog), never user input.
 */
export function searchStatement(
  table: string,
  text: string | null,
  request: SearchRequest,
  viewer: SearchViewer,
): Statement {
  if (!/^"[A-Za-z0-9_]+"$/.test(table)) throw new Error(`Not a search table: ${table}`);
  const params: unknown[] = [];
  const cte = queryCte(text, params);
  const where = whereClauses(request, viewer, params);
  if (text) where.unshift(`d."searchVector" @@ query.q`);
  params.push(request.limit, (request.page - 1) * request.limit);
  const limitIndex = params.length - 1;
  const sql = `
WITH ${cte},
m AS MATERIALIZED (
  SELECT d.key, d.title, d."facetCodes", ${text ? RANK : "0::real"} AS rank
    FROM ${table} d, query
   ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
),
top AS (
  SELECT key, title, rank FROM m ORDER BY ${candidateOrder("m")}
   LIMIT $${limitIndex} OFFSET $${limitIndex + 1}
)
SELECT
  (SELECT count(*)::int FROM m) AS total,
  (SELECT coalesce(json_agg(h ORDER BY ${candidateOrder("h")}), '[]')
     FROM (SELECT top.rank, ${HIT_COLUMNS}, ${snippetSql(Boolean(text))} AS snippet
             FROM top JOIN ${table} d USING (key), query) h) AS hits,
  (SELECT coalesce(json_agg(json_build_array(f.c, f.n)), '[]')
     FROM (SELECT c, count(*)::int AS n FROM (SELECT unnest(m."facetCodes") AS c FROM m) u GROUP BY c) f
  ) AS facet_counts`;
  return { sql, params };
}
