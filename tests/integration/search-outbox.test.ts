// The transactional outbox of the Meilisearch engine, against the real (embedded) PostgreSQL:
// what reaches the engine, that nothing is lost while it is down, the reindex lock, concurrent
// workers, and that a rolled-back write leaves nothing behind. The engine is a fake that records
// what it receives and can be told to fail (Meilisearch down) or to hold (a slow Meilisearch).
import pg from "pg";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db, dbPool } from "../../app/db.server";
import {
  deleteSearchDocuments,
  writeSearchDocuments,
} from "../../app/modules/search/postgres/postgres-index.server";
import {
  drainSearchOutbox,
  enqueueSearchChanges,
  OUTBOX_LOCK,
  pendingSearchChanges,
  type DrainReport,
} from "../../app/modules/search/search-outbox.server";
import { meiliConfigured, refreshSearchDocuments } from "../../app/modules/search/search.server";
import { poolRunner, transactionRunner } from "../../app/modules/search/sql-runner.server";
import type { SearchDocumentInput, SearchEngine } from "../../app/modules/search/search.types";

// This file drives the outbox itself: no real worker may drain it behind the tests' back (with
// MEILI_HOST set, refreshSearchDocuments would start one). env() is read, and cached, later.
delete process.env.MEILI_HOST;

const PREFIX = "practice:outbox-";
const key = (name: string) => `${PREFIX}${name}`;

function doc(name: string, partial: Partial<SearchDocumentInput> = {}): SearchDocumentInput {
  return {
    key: key(name),
    type: "practice",
    recordId: `outbox-${name}`,
    slug: `outbox-${name}`,
    title: `Praktik ${name}`,
    summary: `Ringkasan ${name}`,
    body: `Isi ${name}`,
    url: `/practices/outbox-${name}`,
    regionCode: "32.11",
    regionName: "Kabupaten Sumedang",
    provinceCode: "32",
    provinceName: "Jawa Barat",
    indicators: [11, 42],
    dimensions: ["governance"],
    year: 2024,
    audience: "public",
    isDemo: false,
    ...partial,
  };
}

type EngineCall =
  { op: "index"; documents: SearchDocumentInput[] } | { op: "remove"; keys: string[] };

/** A SearchEngine that records what it is sent; it can fail, or hold its first call. */
function fakeEngine() {
  const calls: EngineCall[] = [];
  let failure: string | null = null;
  let hold: { entered: () => void; released: Promise<void> } | null = null;

  async function arrive() {
    if (hold) {
      const current = hold;
      hold = null;
      current.entered();
      await current.released;
    }
    if (failure) throw new Error(failure);
  }

  const engine: SearchEngine = {
    name: "meilisearch",
    async index(documents) {
      await arrive();
      if (documents.length > 0) calls.push({ op: "index", documents: structuredClone(documents) });
    },
    async remove(keys) {
      if (failure) throw new Error(failure);
      if (keys.length > 0) calls.push({ op: "remove", keys: [...keys] });
    },
    async search() {
      throw new Error("not used by the outbox");
    },
  };

  return {
    engine,
    calls,
    fail(message: string) {
      failure = message;
    },
    recover() {
      failure = null;
    },
    /** The next index() call waits until release() is called; `entered` resolves when it waits. */
    holdNextCall() {
      let release!: () => void;
      let entered!: () => void;
      const enteredPromise = new Promise<void>((resolve) => (entered = resolve));
      hold = { entered, released: new Promise<void>((resolve) => (release = resolve)) };
      return { entered: enteredPromise, release: () => release() };
    },
    indexed(): SearchDocumentInput[] {
      return calls.flatMap((call) => (call.op === "index" ? call.documents : []));
    },
    removed(): string[] {
      return calls.flatMap((call) => (call.op === "remove" ? call.keys : []));
    },
    /** Every key the engine received, once per time it received it. */
    sentKeys(): string[] {
      return [...this.indexed().map((document) => document.key), ...this.removed()];
    },
  };
}

const run = () => poolRunner(dbPool());

async function store(...documents: SearchDocumentInput[]) {
  await writeSearchDocuments(run(), documents);
}

async function upserts(...names: string[]) {
  await enqueueSearchChanges(
    run(),
    names.map((name) => ({ key: key(name), operation: "upsert" as const })),
  );
}

interface OutboxRow {
  documentKey: string;
  operation: string;
  attempts: number;
  lastError: string | null;
  /** Seconds until the row is due (negative: due). */
  waitSeconds: number;
}

async function outboxRows(): Promise<OutboxRow[]> {
  const result = await dbPool().query<OutboxRow>(
    `SELECT "documentKey", operation, attempts, "lastError",
            extract(epoch FROM ("availableAt" - now()))::float8 AS "waitSeconds"
       FROM "SearchOutbox" ORDER BY id`,
  );
  return result.rows;
}

async function makeDue() {
  await dbPool().query(`UPDATE "SearchOutbox" SET "availableAt" = now() - interval '1 second'`);
}

async function drain(engine: SearchEngine): Promise<DrainReport> {
  return drainSearchOutbox(dbPool(), engine);
}

/** Drains until the outbox is empty (or gives up); returns every report. */
async function drainAll(engine: SearchEngine, maxRounds = 50): Promise<DrainReport[]> {
  const reports: DrainReport[] = [];
  for (let round = 0; round < maxRounds; round++) {
    if ((await pendingSearchChanges(dbPool())) === 0) break;
    const report = await drain(engine);
    reports.push(report);
    if (report.sent === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return reports;
}

async function withinSeconds<T>(promise: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish in ${seconds} s`)),
      seconds * 1000,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A second session of its own (not from the app's pool), closed by the caller. */
async function otherSession(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}

const countOf = (list: string[]) =>
  list.reduce<Record<string, number>>((counts, item) => {
    counts[item] = (counts[item] ?? 0) + 1;
    return counts;
  }, {});

beforeAll(() => {
  expect(meiliConfigured()).toBe(false);
});

beforeEach(async () => {
  await dbPool().query(`DELETE FROM "SearchOutbox"`);
  await dbPool().query(`DELETE FROM "SearchDocument" WHERE key LIKE $1`, [`${PREFIX}%`]);
});

describe("search outbox: what reaches the engine", () => {
  it("sends each key's current SearchDocument row as an upsert, and deletes the outbox rows", async () => {
    await store(doc("a", { title: "Versi pertama" }), doc("b", { audience: "32.11" }));
    await upserts("a", "b", "a");
    // The record changes again after its change was queued: the engine gets the current row.
    await store(doc("a", { title: "Versi kedua", year: 2025, indicators: [7] }));
    expect(await pendingSearchChanges(dbPool())).toBe(3);

    const fake = fakeEngine();
    expect(await drain(fake.engine)).toEqual({ sent: 3, failed: 0, locked: false });

    const indexed = fake.indexed().sort((x, y) => x.key.localeCompare(y.key));
    expect(indexed).toEqual([
      doc("a", { title: "Versi kedua", year: 2025, indicators: [7] }),
      doc("b", { audience: "32.11" }),
    ]);
    // A key queued twice is sent once.
    expect(countOf(fake.sentKeys())[key("a")]).toBe(1);
    expect(fake.removed()).toEqual([]);
    expect(await pendingSearchChanges(dbPool())).toBe(0);
  });

  it("turns a key whose SearchDocument row is gone into a remove, whatever was queued", async () => {
    await store(doc("kept"), doc("dropped"), doc("back"));
    await enqueueSearchChanges(run(), [
      { key: key("dropped"), operation: "upsert" },
      { key: key("never-existed"), operation: "delete" },
      { key: key("back"), operation: "delete" },
      { key: key("kept"), operation: "upsert" },
    ]);
    // "dropped" went after its upsert was queued; "back" exists although a delete was queued.
    await deleteSearchDocuments(run(), [key("dropped")]);

    const fake = fakeEngine();
    expect(await drain(fake.engine)).toEqual({ sent: 4, failed: 0, locked: false });
    expect(fake.removed().sort()).toEqual([key("dropped"), key("never-existed")]);
    expect(
      fake
        .indexed()
        .map((document) => document.key)
        .sort(),
    ).toEqual([key("back"), key("kept")]);
    expect(await outboxRows()).toEqual([]);
  });

  it("reports nothing to do on an empty outbox without calling the engine", async () => {
    const fake = fakeEngine();
    expect(await drain(fake.engine)).toEqual({ sent: 0, failed: 0, locked: false });
    expect(fake.calls).toEqual([]);
  });
});

describe("search outbox: Meilisearch down", () => {
  it("loses no change: rows stay, attempts grow, retries back off, and all arrive once it is back", async () => {
    await store(doc("one"), doc("two"));
    await upserts("one", "two");
    const fake = fakeEngine();
    fake.fail("connect ECONNREFUSED 127.0.0.1:7700");

    expect(await drain(fake.engine)).toEqual({ sent: 0, failed: 2, locked: false });
    let rows = await outboxRows();
    expect(rows.map((row) => row.documentKey)).toEqual([key("one"), key("two")]);
    for (const row of rows) {
      expect(row.attempts).toBe(1);
      expect(row.lastError).toBe("connect ECONNREFUSED 127.0.0.1:7700");
      // First retry in about 1 s.
      expect(row.waitSeconds).toBeGreaterThan(0.5);
      expect(row.waitSeconds).toBeLessThanOrEqual(1.01);
    }

    // Not due yet: the next drain leaves them alone and does not call the engine.
    const callsBefore = fake.calls.length;
    expect(await drain(fake.engine)).toEqual({ sent: 0, failed: 0, locked: false });
    expect(fake.calls.length).toBe(callsBefore);

    // A change made while Meilisearch is down is queued too.
    await store(doc("three"));
    await upserts("three");

    // Still down: each failure doubles the wait (1 s, 2 s, 4 s …).
    await makeDue();
    fake.fail("Meilisearch task failed: internal error");
    expect(await drain(fake.engine)).toEqual({ sent: 0, failed: 3, locked: false });
    rows = await outboxRows();
    expect(rows.map((row) => [row.documentKey, row.attempts])).toEqual([
      [key("one"), 2],
      [key("two"), 2],
      [key("three"), 1],
    ]);
    expect(rows[0]!.lastError).toBe("Meilisearch task failed: internal error");
    expect(rows[0]!.waitSeconds).toBeGreaterThan(1.5);
    expect(rows[0]!.waitSeconds).toBeLessThanOrEqual(2.01);
    expect(rows[2]!.waitSeconds).toBeLessThanOrEqual(1.01);

    await makeDue();
    expect((await drain(fake.engine)).failed).toBe(3);
    rows = await outboxRows();
    expect(rows[0]!.attempts).toBe(3);
    expect(rows[0]!.waitSeconds).toBeGreaterThan(3.5);
    expect(rows[0]!.waitSeconds).toBeLessThanOrEqual(4.01);
    expect(fake.sentKeys()).toEqual([]);

    // Back up: once due, everything arrives and the outbox empties.
    fake.recover();
    await makeDue();
    expect(await drain(fake.engine)).toEqual({ sent: 3, failed: 0, locked: false });
    expect(fake.sentKeys().sort()).toEqual([key("one"), key("three"), key("two")]);
    expect(await outboxRows()).toEqual([]);
  });

  it("waits at most 5 minutes between retries", async () => {
    await store(doc("long"));
    await upserts("long");
    await dbPool().query(`UPDATE "SearchOutbox" SET attempts = 12`);
    const fake = fakeEngine();
    fake.fail("still down");
    expect(await drain(fake.engine)).toEqual({ sent: 0, failed: 1, locked: false });
    const [row] = await outboxRows();
    expect(row?.attempts).toBe(13);
    expect(row?.waitSeconds).toBeGreaterThan(299);
    expect(row?.waitSeconds).toBeLessThanOrEqual(300.01);
  });

  it("keeps backing off after a very long outage (more than 1023 failed attempts)", async () => {
    // 1024 failures is about 3.5 days of Meilisearch being down at the 5-minute cap.
    await store(doc("weekend"));
    await upserts("weekend");
    await dbPool().query(`UPDATE "SearchOutbox" SET attempts = 1024`);
    const fake = fakeEngine();
    fake.fail("still down");
    // BUG (see report): power(2, attempts) overflows double precision from 1024 on, so the
    // backoff UPDATE itself fails and drainSearchOutbox throws instead of reporting the failure.
    await expect(drain(fake.engine)).resolves.toEqual({ sent: 0, failed: 1, locked: false });
    const [row] = await outboxRows();
    expect(row?.attempts).toBe(1025);
    expect(row?.waitSeconds).toBeGreaterThan(299);
  });

  it("keeps only the start of a very long error message", async () => {
    await store(doc("verbose"));
    await upserts("verbose");
    const fake = fakeEngine();
    fake.fail(`Meilisearch said: ${"x".repeat(5000)}`);
    expect((await drain(fake.engine)).failed).toBe(1);
    const [row] = await outboxRows();
    expect(row?.lastError).toHaveLength(1000);
    expect(row?.lastError?.startsWith("Meilisearch said: xxx")).toBe(true);
  });
});

describe("search outbox: reindex lock and concurrent workers", () => {
  it("sends nothing while a reindex holds OUTBOX_LOCK, and drains once it is released", async () => {
    await store(doc("during-reindex"));
    await upserts("during-reindex");
    const fake = fakeEngine();
    const reindex = await otherSession();
    try {
      await reindex.query(`SELECT pg_advisory_lock($1)`, [OUTBOX_LOCK]);
      expect(await drain(fake.engine)).toEqual({ sent: 0, failed: 0, locked: true });
      expect(fake.calls).toEqual([]);
      const [row] = await outboxRows();
      expect(row?.attempts).toBe(0);
      expect(row?.lastError).toBeNull();

      await reindex.query(`SELECT pg_advisory_unlock($1)`, [OUTBOX_LOCK]);
      expect(await drain(fake.engine)).toEqual({ sent: 1, failed: 0, locked: false });
      expect(fake.sentKeys()).toEqual([key("during-reindex")]);
      expect(await outboxRows()).toEqual([]);
    } finally {
      await reindex.end();
    }
  });

  it("a second drain while one is sending gets nothing to send twice", async () => {
    const names = ["c1", "c2", "c3", "c4"];
    await store(...names.map((name) => doc(name)));
    await upserts(...names);
    const fake = fakeEngine();
    const held = fake.holdNextCall();

    const first = drain(fake.engine);
    await withinSeconds(held.entered, 10, "the first drain");
    // The first drain is inside engine.index() with its rows locked: others must not send them.
    const others = await withinSeconds(
      Promise.all([drain(fake.engine), drain(fake.engine)]),
      10,
      "the concurrent drains",
    );
    for (const report of others) expect(report.sent).toBe(0);
    expect(fake.sentKeys()).toEqual([]);

    held.release();
    expect(await first).toEqual({ sent: 4, failed: 0, locked: false });
    expect(fake.sentKeys().sort()).toEqual(names.map(key).sort());
    expect(await drain(fake.engine)).toEqual({ sent: 0, failed: 0, locked: false });
    expect(fake.sentKeys()).toHaveLength(4);
  });

  it("skips rows another transaction has locked instead of waiting for them (SKIP LOCKED)", async () => {
    const names = ["s1", "s2", "s3", "s4", "s5"];
    await store(...names.map((name) => doc(name)));
    await upserts(...names);
    const fake = fakeEngine();
    const other = await otherSession();
    try {
      await other.query("BEGIN");
      await other.query(
        `SELECT id FROM "SearchOutbox" WHERE "documentKey" = ANY($1::text[]) FOR UPDATE`,
        [[key("s2"), key("s4")]],
      );
      const report = await withinSeconds(drain(fake.engine), 10, "a drain next to locked rows");
      expect(report).toEqual({ sent: 3, failed: 0, locked: false });
      expect(fake.sentKeys().sort()).toEqual([key("s1"), key("s3"), key("s5")]);
      expect((await outboxRows()).map((row) => row.documentKey)).toEqual([key("s2"), key("s4")]);
      await other.query("COMMIT");
    } finally {
      await other.query("ROLLBACK").catch(() => undefined);
      await other.end();
    }
    expect(await drain(fake.engine)).toEqual({ sent: 2, failed: 0, locked: false });
    expect(countOf(fake.sentKeys())).toEqual(
      Object.fromEntries(names.map((name) => [key(name), 1])),
    );
  });

  it("several workers draining at once send every row exactly once", async () => {
    // More rows than one batch (200); half of the keys have a document, half are removes.
    const names = Array.from({ length: 450 }, (_, i) => `w${String(i).padStart(3, "0")}`);
    await store(...names.filter((_, i) => i % 2 === 0).map((name) => doc(name)));
    await upserts(...names);
    const fake = fakeEngine();
    const slowEngine: SearchEngine = {
      ...fake.engine,
      async index(documents) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await fake.engine.index(documents);
      },
    };
    const workers = await withinSeconds(
      Promise.all(Array.from({ length: 4 }, () => drainAll(slowEngine))),
      60,
      "four workers",
    );
    const reports = workers.flat();
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(450);
    expect(reports.some((report) => report.locked)).toBe(true);
    const counts = countOf(fake.sentKeys());
    expect(Object.keys(counts)).toHaveLength(450);
    expect(Object.values(counts).every((count) => count === 1)).toBe(true);
    expect(fake.indexed()).toHaveLength(225);
    expect(fake.removed()).toHaveLength(225);
    expect(await pendingSearchChanges(dbPool())).toBe(0);
  });
});

describe("search outbox: writes in a transaction", () => {
  async function aPractice() {
    const result = await dbPool().query<{ recordId: string; key: string; title: string }>(
      `SELECT "recordId", key, title FROM "SearchDocument" WHERE type = 'practice' ORDER BY key LIMIT 1`,
    );
    const row = result.rows[0];
    if (!row) throw new Error("the test database has no practice in search");
    return row;
  }

  async function searchTitle(documentKey: string) {
    const result = await dbPool().query<{ title: string }>(
      `SELECT title FROM "SearchDocument" WHERE key = $1`,
      [documentKey],
    );
    return result.rows[0]?.title;
  }

  it("a practice write that rolls back leaves neither a changed SearchDocument row nor an outbox row", async () => {
    const practice = await aPractice();
    const practiceTitle = (
      await db().practice.findUniqueOrThrow({
        where: { id: practice.recordId },
        select: { title: true },
      })
    ).title;

    await expect(
      db().$transaction(async (tx) => {
        await tx.practice.update({
          where: { id: practice.recordId },
          data: { title: "Judul yang dibatalkan" },
        });
        await refreshSearchDocuments(tx, [{ type: "practice", id: practice.recordId }]);
        // What refreshSearchDocuments adds when MEILI_HOST is set, in the same transaction.
        await enqueueSearchChanges(transactionRunner(tx), [
          { key: practice.key, operation: "upsert" },
        ]);
        // Inside the transaction the projection already holds the new title.
        const inside = await tx.$queryRawUnsafe<Array<{ title: string }>>(
          `SELECT title FROM "SearchDocument" WHERE key = $1`,
          practice.key,
        );
        expect(inside[0]?.title).toBe("Judul yang dibatalkan");
        throw new Error("the write failed after the search refresh");
      }),
    ).rejects.toThrow("the write failed after the search refresh");

    expect(await searchTitle(practice.key)).toBe(practice.title);
    expect(
      (
        await db().practice.findUniqueOrThrow({
          where: { id: practice.recordId },
          select: { title: true },
        })
      ).title,
    ).toBe(practiceTitle);
    expect(await outboxRows()).toEqual([]);
  });

  it("the same write, committed, changes the row and queues it for the engine", async () => {
    const practice = await aPractice();
    await db().$transaction(async (tx) => {
      await tx.practice.update({
        where: { id: practice.recordId },
        data: { title: "Judul yang disimpan" },
      });
      await refreshSearchDocuments(tx, [{ type: "practice", id: practice.recordId }]);
      await enqueueSearchChanges(transactionRunner(tx), [
        { key: practice.key, operation: "upsert" },
      ]);
    });
    expect(await searchTitle(practice.key)).toBe("Judul yang disimpan");
    expect((await outboxRows()).map((row) => [row.documentKey, row.operation])).toEqual([
      [practice.key, "upsert"],
    ]);
    const fake = fakeEngine();
    expect(await drain(fake.engine)).toEqual({ sent: 1, failed: 0, locked: false });
    expect(fake.indexed().map((document) => [document.key, document.title])).toEqual([
      [practice.key, "Judul yang disimpan"],
    ]);
  });
});
