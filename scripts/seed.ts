// npm run db:seed — reference data (idempotent) and, once, demo data.
import { resolveDatabase } from "./lib/embedded-database";
import { applyMigrations } from "./lib/migrations";
import { importDemoContentOnce } from "./lib/seed/demo-content";
import { seedDatabase, wantsDemoData } from "./lib/seed/index";

const database = await resolveDatabase({ log: (line) => console.log(line) });
try {
  await applyMigrations(database.url, { log: (line) => console.log(line) });
  const demo = wantsDemoData();
  const summary = await seedDatabase(database.url, { demo });
  if (demo) await importDemoContentOnce(database.url);
  console.log(
    `Seeded ${summary.provinces} provinces, ${summary.regions} kabupaten/kota, ${summary.indicators} indicators, ` +
      `${summary.dimensions} smart city dimensions, ${summary.indexScores} index scores` +
      (summary.demoSeeded ? ", and the demo data." : "."),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  const { disconnectDb } = await import("../app/db.server");
  await disconnectDb();
  await database.stop();
}
