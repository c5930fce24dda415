// npm run bench:search [-- --docs 100000 --rounds 10 --baseline-rounds 3]
// Builds N synthetic Indonesian documents in a throw-away embedded PostgreSQL, then times the
// PostgreSQL search engine (hits + total + facets + snippets, as /search asks) over a fixed query
// mix, beside a naive ILIKE '%term%' baseline measured in the same run. Prints p50/p95/p99.
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { applyMigrations } from "./lib/migrations";
import { fmt, summary, time } from "./lib/bench/stats";
import { QUERY_MIX, syntheticDocuments } from "./lib/bench/synthetic-documents";
import { startThrowawayCluster } from "./lib/throwaway-database";
import { createPostgresEngine } from "../app/modules/search/postgres/postgres-engine.server";
import { writeSearchDocuments } from "../app/modules/search/postgres/postgres-index.server";
import { poolRunner } from "../app/modules/search/sql-runner.server";
import { ANONYMOUS_VIEWER } from "../app/modules/search/search.types";

const TARGET_P95_MS = 30;
const TARGET_SPEEDUP = 20;

const { values } = parseArgs({
  options: {
    docs: { type: "string", default: "100000" },
    rounds: { type: "string", default: "10" },
    "baseline-rounds": { type: "string", default: "3" },
  },
});
const options = z
  .object({
    docs: z.coerce.number().int().min(100).max(2_000_000),
    rounds: z.coerce.number().int().min(1).max(100),
    "baseline-rounds": z.coerce.number().int().min(1).max(100),
  })
  .parse(values);

/** The naive approach: every word somewhere in the text, ILIKE '%word%', count and first page. */
async function baseline(pool: pg.Pool, query: string): Promise<number> {
  const words = query
    .replace(/"/g, " ")
    .split(/\s+/)
    .filter((word) => word && !word.startsWith("-"));
  const where = words
    .map((_, i) => `(title ILIKE $${i + 1} OR summary ILIKE $${i + 1} OR body ILIKE $${i + 1})`)
    .join(" AND ");
  const result = await pool.query(
    `SELECT key, title, count(*) OVER () AS total FROM "SearchDocument"
      WHERE audience = 'public' AND ${where} ORDER BY title LIMIT 10`,
    words.map((word) => `%${word}%`),
  );
  return result.rowCount ?? 0;
}

console.log(
  `Search benchmark: ${options.docs.toLocaleString("en")} synthetic documents, ${QUERY_MIX.length} queries.`,
);
const cluster = await startThrowawayCluster("livinglab-bench-");
const pool = new pg.Pool({ connectionString: cluster.urlFor("postgres"), max: 4 });
pool.on("error", () => undefined); // the cluster stops under idle connections at the end
try {
  await applyMigrations(cluster.urlFor("postgres"));
  const started = performance.now();
  const documents = syntheticDocuments(options.docs);
  const chunks: (typeof documents)[] = [];
  for (let i = 0; i < documents.length; i += 5000) chunks.push(documents.slice(i, i + 5000));
  let next = 0;
  const worker = async () => {
    for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
      await writeSearchDocuments(poolRunner(pool), chunk);
    }
  };
  await Promise.all([worker(), worker()]);
  await pool.query(`VACUUM ANALYZE "SearchDocument"`);
  await pool.query(`VACUUM ANALYZE "SearchTerm"`);
  // Write the load's dirty pages out now, so that a checkpoint does not run during the samples.
  await pool.query(`CHECKPOINT`);
  const size = await pool.query<{ table: string; indexes: string; terms: number; shards: number }>(
    `SELECT pg_size_pretty(sum(pg_table_size(relid))) AS table,
            count(*) FILTER (WHERE isleaf)::int AS shards,
            pg_size_pretty(sum(pg_indexes_size(relid))) AS indexes,
            (SELECT count(*)::int FROM "SearchTerm") AS terms
       FROM pg_partition_tree('"SearchDocument"')`,
  );
  console.log(
    `Indexed in ${((performance.now() - started) / 1000).toFixed(1)} s: ${size.rows[0]!.shards} shards, table ${size.rows[0]!.table}, indexes ${size.rows[0]!.indexes}, vocabulary ${size.rows[0]!.terms} words.`,
  );

  const engine = createPostgresEngine(pool);
  const search = (q: string) =>
    engine.search({ q, filters: {}, page: 1, limit: 10 }, ANONYMOUS_VIEWER);
  for (const q of QUERY_MIX) await search(q); // warm-up
  const samples: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < options.rounds; round += 1) {
    for (const q of QUERY_MIX) {
      const ms = await time(() => search(q));
      samples.push(ms);
      perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
    }
  }
  const baselineSamples: number[] = [];
  for (const q of QUERY_MIX) await baseline(pool, q); // warm-up
  for (let round = 0; round < options["baseline-rounds"]; round += 1) {
    for (const q of QUERY_MIX) baselineSamples.push(await time(() => baseline(pool, q)));
  }

  const engineStats = summary(samples);
  const baselineStats = summary(baselineSamples);
  console.log("\nPer query (PostgreSQL engine, median, hits):");
  for (const q of QUERY_MIX) {
    const result = await search(q);
    console.log(
      `  ${fmt(summary(perQuery.get(q)!).p50).padStart(9)}  ${String(result.total).padStart(6)}  ${q}`,
    );
  }
  // Outside the mix, shown for what it is: one word that nearly every document contains.
  const broad = await time(() => search("layanan"));
  const broadHits = (await search("layanan")).total;
  console.log(
    `  Outside the mix: "layanan" (${broadHits} hits, ${((100 * broadHits) / options.docs).toFixed(0)}% of documents) took ${fmt(broad)}.`,
  );
  console.log(`\n                       p50        p95        p99   samples`);
  console.log(
    `PostgreSQL engine  ${fmt(engineStats.p50).padStart(9)}  ${fmt(engineStats.p95).padStart(9)}  ${fmt(engineStats.p99).padStart(9)}   ${samples.length}`,
  );
  console.log(
    `ILIKE baseline     ${fmt(baselineStats.p50).padStart(9)}  ${fmt(baselineStats.p95).padStart(9)}  ${fmt(baselineStats.p99).padStart(9)}   ${baselineSamples.length}`,
  );
  const speedup = baselineStats.p95 / engineStats.p95;
  const p50speedup = baselineStats.p50 / engineStats.p50;
  console.log(
    `\nSpeed-up over the baseline: ${speedup.toFixed(1)}x at p95, ${p50speedup.toFixed(1)}x at p50.`,
  );
  console.log(
    `Memory: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB resident (this process).`,
  );
  const p95ok = engineStats.p95 <= TARGET_P95_MS;
  const speedOk = speedup >= TARGET_SPEEDUP;
  console.log(
    `Target p95 <= ${TARGET_P95_MS} ms: ${p95ok ? "met" : "NOT met"} (${fmt(engineStats.p95)}).`,
  );
  console.log(
    `Target >= ${TARGET_SPEEDUP}x faster than ILIKE (p95): ${speedOk ? "met" : "NOT met"} (${speedup.toFixed(1)}x).`,
  );
  process.exitCode = p95ok && speedOk ? 0 : 1;
} catch (error) {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await pool.end();
  await cluster.dispose();
}
