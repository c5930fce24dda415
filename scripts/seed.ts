// npm run db:seed — reference data (idempotent) and, once, demo data.
import { resolveDatabase } from "./lib/embedded-database";
import { applyMigrations } from "./lib/migrations";
import { seedDatabase, wantsDemoData } from "./lib/seed/index";

const database = await resolveDatabase({ log: (line) => console.log(line) });
try {
  await applyMigrations(database.url, { log: (line) => console.log(line) });
  const summary = await seedDatabase(database.url, { demo: wantsDemoData() });
  console.log(
    `Seeded ${summary.provinces} provinces, ${summary.regions} kabupaten/kota, ${summary.indicators} indicators, ` +
      `${summary.dimensions} smart city dimensions, ${summary.indexScores} index scores` +
      (summary.demoSeeded ? ", and the demo data." : "."),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
