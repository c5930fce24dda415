// Search for the rest of the app: which engine answers (PostgreSQL unless MEILI_HOST is set),
// keeping the SearchDocument projection in step with the records (same transaction), the outbox
// worker for Meilisearch, and full rebuilds.
import type { Prisma } from "@prisma/client";
import type pg from "pg";
import { isMember, privateRegionsVisibleTo, type Actor } from "~/auth/policy";
import { db, dbPool } from "~/db.server";
import { env } from "~/env.server";
import {
  createMeiliEngine,
  type MeiliEngine,
  type Stemmer,
} from "./meilisearch/meili-engine.server";
import { createPostgresEngine } from "./postgres/postgres-engine.server";
import {
  deleteSearchDocuments,
  SEARCH_DOCUMENT_COLUMNS,
  writeSearchDocuments,
} from "./postgres/postgres-index.server";
import { drainSearchOutbox, enqueueSearchChanges, OUTBOX_LOCK } from "./search-outbox.server";
import {
  allSearchRefs,
  buildDocuments,
  documentKey,
  type SearchRef,
} from "./search-sources.server";
import type {
  SearchDocumentInput,
  SearchEngine,
  SearchRequest,
  SearchResponse,
  SearchViewer,
} from "./search.types";
import { transactionRunner, type SqlRunner } from "./sql-runner.server";

export type { SearchRef } from "./search-sources.server";

/** Stems with PostgreSQL's Snowball `indonesian` stemmer, word order kept. */
export function postgresStemmer(pool: pg.Pool): Stemmer {
  return async (texts) => {
    if (texts.length === 0) return [];
    const result = await pool.query<{ stem: string }>(
      `SELECT (SELECT coalesce(string_agg(coalesce((ts_lexize('indonesian_stem', w))[1], w), ' ' ORDER BY n), '')
                 FROM regexp_split_to_table(lower(unaccent(t)), '[^a-z0-9]+') WITH ORDINALITY AS x(w, n)
                WHERE w <> '') AS stem
         FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i) ORDER BY i`,
      [texts],
    );
    return result.rows.map((row) => row.stem);
  };
}

const globalForSearch = globalThis as unknown as {
  livingLabSearch?: {
    engine: SearchEngine;
    meili: MeiliEngine | null;
    worker?: NodeJS.Timeout;
    prepared?: Promise<void>;
  };
};

export function meiliConfigured(): boolean {
  return Boolean(env().MEILI_HOST);
}

function engines() {
  if (!globalForSearch.livingLabSearch) {
    const { MEILI_HOST, MEILI_API_KEY, MEILI_INDEX } = env();
    const meili = MEILI_HOST
      ? createMeiliEngine({
          host: MEILI_HOST,
          apiKey: MEILI_API_KEY,
          indexName: MEILI_INDEX,
          stem: postgresStemmer(dbPool()),
        })
      : null;
    globalForSearch.livingLabSearch = { engine: meili ?? createPostgresEngine(dbPool()), meili };
  }
  return globalForSearch.livingLabSearch;
}

export function searchEngine(): SearchEngine {
  return engines().engine;
}

export function viewerFor(actor: Actor | null): SearchViewer {
  return { members: isMember(actor), privateRegions: privateRegionsVisibleTo(actor) };
}

export function search(request: SearchRequest, actor: Actor | null): Promise<SearchResponse> {
  startSearchOutboxWorker();
  return searchEngine().search(request, viewerFor(actor));
}

async function refreshWith(run: SqlRunner, reader: Prisma.TransactionClient, refs: SearchRef[]) {
  const { documents, missing: removed } = await buildDocuments(reader, refs);
  await writeSearchDocuments(run, documents);
  await deleteSearchDocuments(run, removed);
  if (meiliConfigured()) {
    await enqueueSearchChanges(run, [
      ...documents.map((document) => ({ key: document.key, operation: "upsert" as const })),
      ...removed.map((key) => ({ key, operation: "delete" as const })),
    ]);
  }
}

/**
 * Brings the search documents of these records up to date, inside the caller's transaction: the
 * record and what search knows of it commit (or roll back) together.
 */
export async function refreshSearchDocuments(
  tx: Prisma.TransactionClient,
  refs: SearchRef[],
): Promise<void> {
  await refreshWith(transactionRunner(tx), tx, refs);
  // The outbox rows commit with the caller's transaction; the worker sends them within a second.
  // (A drain started here would run before the commit and see nothing.)
  startSearchOutboxWorker();
}

/** Rebuilds the whole projection from the records (start-up on an empty index, search:reindex). */
export async function rebuildSearchProjection(): Promise<{ documents: number }> {
  return db().$transaction(
    async (tx) => {
      const refs = await allSearchRefs(tx);
      const keep = refs.map(documentKey);
      await tx.$executeRawUnsafe(
        `DELETE FROM "SearchDocument" WHERE NOT (key = ANY($1::text[]))`,
        keep,
      );
      await refreshWith(transactionRunner(tx), tx, refs);
      return { documents: refs.length };
    },
    { timeout: 600_000 },
  );
}

/** Bump when what a document holds changes: the next start rebuilds the projection. */
export const SEARCH_PROJECTION_VERSION = "7";
const VERSION_KEY = "search_projection_version";

/** Rebuilds the projection when it was built by another version (or never). */
export async function ensureSearchProjection(): Promise<{ rebuilt: boolean; documents: number }> {
  const marker = await db().systemSetting.findUnique({ where: { key: VERSION_KEY } });
  if (marker?.value === SEARCH_PROJECTION_VERSION) {
    const count = await dbPool().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "SearchDocument"`,
    );
    return { rebuilt: false, documents: count.rows[0]?.n ?? 0 };
  }
  const { documents } = await rebuildSearchProjection();
  await markSearchProjectionCurrent();
  return { rebuilt: true, documents };
}

export async function markSearchProjectionCurrent(): Promise<void> {
  await db().systemSetting.upsert({
    where: { key: VERSION_KEY },
    create: { key: VERSION_KEY, value: SEARCH_PROJECTION_VERSION },
    update: { value: SEARCH_PROJECTION_VERSION },
  });
}

async function* projectionBatches(size = 1000): AsyncGenerator<SearchDocumentInput[]> {
  let after = "";
  for (;;) {
    const batch = await dbPool().query<SearchDocumentInput>(
      `SELECT ${SEARCH_DOCUMENT_COLUMNS} FROM "SearchDocument" WHERE key > $1 ORDER BY key LIMIT $2`,
      [after, size],
    );
    if (batch.rows.length === 0) return;
    yield batch.rows;
    after = batch.rows[batch.rows.length - 1]!.key;
  }
}

/**
 * Builds a fresh Meilisearch index from the projection and swaps it in. Holds the outbox lock
 * meanwhile, so changes made during the rebuild wait in the outbox and then go to the new index.
 */
export async function rebuildMeiliIndex(): Promise<{ indexed: number }> {
  const { meili } = engines();
  if (!meili) throw new Error("MEILI_HOST is not set.");
  const client = await dbPool().connect();
  try {
    await client.query(`SELECT pg_advisory_lock($1)`, [OUTBOX_LOCK]);
    return await meili.rebuild(projectionBatches());
  } finally {
    await client.query(`SELECT pg_advisory_unlock($1)`, [OUTBOX_LOCK]).catch(() => undefined);
    client.release();
  }
}

let draining = false;

async function drainOnce(): Promise<void> {
  const state = engines();
  const meili = state.meili;
  if (!meili || draining) return;
  draining = true;
  try {
    state.prepared ??= meili.prepare().catch((error: unknown) => {
      state.prepared = undefined;
      throw error;
    });
    await state.prepared;
    for (;;) {
      const report = await drainSearchOutbox(dbPool(), meili);
      if (report.sent === 0) break;
    }
  } catch (error) {
    console.warn(`[search] outbox: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    draining = false;
  }
}

/**
 * With Meilisearch configured, sends outbox changes every second. Started by the first search or
 * the first write of the process.
 */
export function startSearchOutboxWorker(): void {
  const state = engines();
  if (!state.meili || state.worker) return;
  state.worker = setInterval(() => void drainOnce(), 1000);
  state.worker.unref();
}
