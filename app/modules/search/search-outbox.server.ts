// The transactional outbox for a dedicated engine. A record's write and its outbox row commit
// together, so no change is lost while Meilisearch is down: the worker sends each key's current
// SearchDocument row (or a delete when the row is gone) and deletes the outbox rows only once
// Meilisearch has accepted them; failures wait longer each time (1 s doubling to 5 min).
// A reindex holds OUTBOX_LOCK so that changes made meanwhile wait and land in the new index.
import type pg from "pg";
import { SEARCH_DOCUMENT_COLUMNS } from "./postgres/postgres-index.server";
import type { SqlRunner } from "./sql-runner.server";
import type { SearchDocumentInput, SearchEngine } from "./search.types";

export const OUTBOX_LOCK = 7_340_001;
const BATCH = 200;
const MAX_BACKOFF_SECONDS = 300;

export async function enqueueSearchChanges(
  run: SqlRunner,
  changes: Array<{ key: string; operation: "upsert" | "delete" }>,
): Promise<void> {
  if (changes.length === 0) return;
  await run(
    `INSERT INTO "SearchOutbox" ("documentKey", operation)
     SELECT c.key, c.operation FROM json_to_recordset($1::json) AS c(key text, operation text)`,
    [JSON.stringify(changes)],
  );
}

export interface DrainReport {
  sent: number;
  failed: number;
  /** True when a reindex held the lock and nothing was tried. */
  locked: boolean;
}

/** Sends one batch of due outbox rows to the engine. */
export async function drainSearchOutbox(pool: pg.Pool, engine: SearchEngine): Promise<DrainReport> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const lock = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock($1) AS ok`, [
      OUTBOX_LOCK,
    ]);
    if (!lock.rows[0]?.ok) {
      await client.query("ROLLBACK");
      return { sent: 0, failed: 0, locked: true };
    }
    const due = await client.query<{ id: string; documentKey: string }>(
      `SELECT id, "documentKey" FROM "SearchOutbox" WHERE "availableAt" <= now()
        ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [BATCH],
    );
    if (due.rows.length === 0) {
      await client.query("COMMIT");
      return { sent: 0, failed: 0, locked: false };
    }
    const ids = due.rows.map((row) => row.id);
    const keys = [...new Set(due.rows.map((row) => row.documentKey))];
    try {
      const current = await client.query<SearchDocumentInput>(
        `SELECT ${SEARCH_DOCUMENT_COLUMNS} FROM "SearchDocument" WHERE key = ANY($1::text[])`,
        [keys],
      );
      const present = new Set(current.rows.map((row) => row.key));
      await engine.index(current.rows);
      await engine.remove(keys.filter((key) => !present.has(key)));
      await client.query(`DELETE FROM "SearchOutbox" WHERE id = ANY($1::bigint[])`, [ids]);
      await client.query("COMMIT");
      return { sent: ids.length, failed: 0, locked: false };
    } catch (error) {
      await client.query(
        `UPDATE "SearchOutbox"
            SET attempts = attempts + 1, "lastError" = left($2, 1000),
                "availableAt" = now() + make_interval(secs => least($3, power(2, least(attempts, 16))))
          WHERE id = ANY($1::bigint[])`,
        [ids, error instanceof Error ? error.message : String(error), MAX_BACKOFF_SECONDS],
      );
      await client.query("COMMIT");
      return { sent: 0, failed: ids.length, locked: false };
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export async function pendingSearchChanges(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "SearchOutbox"`);
  return result.rows[0]?.n ?? 0;
}
