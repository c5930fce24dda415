// npm run search:reindex — rebuilds search from the records: the SearchDocument projection in
// PostgreSQL (one transaction: searches keep answering from the old rows until it commits) and,
// when MEILI_HOST is set, a new Meilisearch index that is swapped in place of the live one
// (no downtime). Changes made meanwhile wait in the outbox (the reindex holds its lock) and reach
// the new index right after the swap.
import { resolveDatabase } from "./lib/embedded-database";
import { applyMigrations } from "./lib/migrations";

const database = await resolveDatabase({ log: (line) => console.log(line) });
process.env.DATABASE_URL = database.url;
try {
  await applyMigrations(database.url);
  const {
    markSearchProjectionCurrent,
    rebuildSearchProjection,
    meiliConfigured,
    rebuildMeiliIndex,
  } = await import("../app/modules/search/search.server");
  const started = performance.now();
  const { documents } = await rebuildSearchProjection();
  await markSearchProjectionCurrent();
  console.log(
    `PostgreSQL: ${documents} documents rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (meiliConfigured()) {
    const meili = await rebuildMeiliIndex();
    console.log(`Meilisearch: ${meili.indexed} documents indexed into a new index and swapped in.`);
  } else {
    console.log("Meilisearch: not configured (MEILI_HOST is not set), nothing else to rebuild.");
  }
  const { disconnectDb } = await import("../app/db.server");
  await disconnectDb();
} catch (error) {
  console.error(`Reindex failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
