import { applyMigrations } from "./scripts/lib/migrations";
import { importDemoContentOnce } from "./scripts/lib/seed/demo-content";
import { seedDatabase } from "./scripts/lib/seed/index";
import { startTestCluster, withClient } from "./tests/support/test-database";
import { disconnectDb } from "./app/db.server";

const cluster = await startTestCluster();
try {
  await withClient(cluster.urlFor("postgres"), (c) => c.query("CREATE DATABASE seedtime"));
  const url = cluster.urlFor("seedtime");
  await applyMigrations(url);
  let t = performance.now();
  await seedDatabase(url, { demo: true });
  console.log(`seedDatabase: ${(performance.now() - t).toFixed(0)} ms`);
  await withClient(url, (c) => c.query(`INSERT INTO "SystemSetting" (key, value, "updatedAt") VALUES ('demo_evidence_seeded_v1', 'x', now())`));
  t = performance.now();
  const before = await importDemoContentOnce(url);
  console.log(`demo content without evidence (before): ${(performance.now() - t).toFixed(0)} ms`, before);
  await withClient(url, (c) => c.query(`DELETE FROM "SystemSetting" WHERE key = 'demo_evidence_seeded_v1'`));
  t = performance.now();
  const ev = await importDemoContentOnce(url);
  console.log(`demo evidence alone: ${(performance.now() - t).toFixed(0)} ms`, ev);
  t = performance.now();
  const again = await importDemoContentOnce(url);
  console.log(`again (idempotent): ${(performance.now() - t).toFixed(0)} ms`, again);
  const counts = await withClient(url, (c) => c.query(`SELECT count(*)::int AS records, count(DISTINCT "regionCode")::int AS regions, count(DISTINCT year)::int AS years,
     sum(CASE WHEN "reviewState"='ACCEPTED' THEN 1 ELSE 0 END)::int AS accepted, sum(CASE WHEN "reviewState"='NEEDS_REVISION' THEN 1 ELSE 0 END)::int AS revision,
     sum(CASE WHEN visibility='PUBLIC' THEN 1 ELSE 0 END)::int AS public FROM "EvidenceRecord" WHERE "isDemo"`));
  console.log(counts.rows[0]);
  const st = await withClient(url, (c) => c.query(`SELECT "extractionState", count(*)::int FROM "EvidenceFileVersion" GROUP BY 1`));
  console.log(st.rows);
  const f = await withClient(url, (c) => c.query(`SELECT kind, match, page FROM "EvidenceFinding"`));
  console.log(f.rows);
} finally {
  await disconnectDb();
  await cluster.dispose();
}
