// The default engine: PostgreSQL full-text search over the SearchDocument projection, which is
// split into hash partitions (shards). The first page asks every shard at once, each on its own
// connection, so the server's cores share the work, and merges their answers: totals and facet
// counts add up, and each shard's best hits merge into the page (a rank depends on its document
// alone). Later pages ask the whole projection in one statement. Query syntax, word forms,
// acronyms and synonyms: ./tsquery.ts; the SQL: ./shard-statements.ts. Typo tolerance corrects
// unknown words against the trigram-indexed vocabulary. Every row is filtered by who may read it.
import type pg from "pg";
import { decodeFacet } from "../facet-codes";
import { markedSnippet } from "../snippet";
import { poolRunner, type SqlRunner } from "../sql-runner.server";
import { anyWordQuery, applyCorrections, queryWords } from "../query-text";
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
import { deleteSearchDocuments, writeSearchDocuments } from "./postgres-index.server";
import { compareCandidates, searchStatement } from "./shard-statements";

/** A hit as the statement returns it: the shared hit fields and the highlighted snippet. */
type HitRow = StoredHitFields & { key: string; snippet: string | null };

interface ResultRow {
  total: number;
  hits: Array<HitRow & { rank: number }>;
  facet_counts: Array<[number, number]>;
}

/** The whole projection (its parent table, when partitioned). */
const WHOLE_PROJECTION = `"SearchDocument"`;

/** The shards of the projection: its partitions, or the table itself when it has none. */
async function listShards(run: SqlRunner): Promise<string[]> {
  const rows = await run<{ name: string }>(
    `SELECT c.oid::regclass::text AS name
       FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
      WHERE i.inhparent = $1::regclass
      ORDER BY 1`,
    [WHOLE_PROJECTION],
  );
  return rows.length > 0 ? rows.map((row) => row.name) : [WHOLE_PROJECTION];
}

function toHit(row: HitRow): SearchHit {
  return toSearchHit(row, markedSnippet(row.snippet ?? ""));
}

interface Outcome {
  total: number;
  hits: SearchHit[];
  facets: FacetCounts;
}

export interface PostgresEngineOptions {
  /** Tables to search, each a part of the projection (default: its partitions). */
  shards?: string[];
}

export function createPostgresEngine(
  pool: pg.Pool,
  options: PostgresEngineOptions = {},
): SearchEngine {
  const run: SqlRunner = poolRunner(pool);
  let shards: Promise<string[]> | null = options.shards ? Promise.resolve(options.shards) : null;

  /** The shards, read once; a failed read (database unreachable) is tried again next time. */
  function shardTables(): Promise<string[]> {
    shards ??= listShards(run).catch((error: unknown) => {
      shards = null;
      throw error;
    });
    return shards;
  }

  async function runSearch(
    text: string,
    request: SearchRequest,
    viewer: SearchViewer,
  ): Promise<Outcome> {
    const query = text || null;
    // Page 1 (nearly every search, as you type): every shard at once, each its best `limit` hits,
    // merged. Later pages: the whole projection in one statement, so that no shard sends the
    // `offset` rows before the page.
    const tables = request.page === 1 ? await shardTables() : [WHOLE_PROJECTION];
    const rows = await Promise.all(
      tables.map(async (table) => {
        const statement = searchStatement(table, query, request, viewer);
        const [row] = await run<ResultRow>(statement.sql, statement.params);
        return row!;
      }),
    ).catch((error: unknown) => {
      // A shard that is gone (the projection re-partitioned): read the shards again next time.
      if (!options.shards && (error as { code?: string }).code === "42P01") shards = null;
      throw error;
    });
    const facets = emptyFacets();
    let total = 0;
    for (const row of rows) {
      total += row.total;
      for (const [code, count] of row.facet_counts) {
        const decoded = decodeFacet(code);
        if (decoded) {
          const [facet, value] = decoded;
          facets[facet][value] = (facets[facet][value] ?? 0) + count;
        }
      }
    }
    // One table: its hits are in order already. Shards: merged in the order the SQL uses.
    const hits =
      rows.length === 1
        ? rows[0]!.hits
        : rows
            .flatMap((row) => row.hits)
            .sort(compareCandidates)
            .slice(0, request.limit);
    return { total, hits: hits.map(toHit), facets };
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
