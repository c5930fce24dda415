// npm run db:migrate — applies pending migrations to DATABASE_URL or the embedded database.
import { resolveDatabase } from "./lib/embedded-database";
import { applyMigrations } from "./lib/migrations";

const database = await resolveDatabase({ log: (line) => console.log(line) });
try {
  const result = await applyMigrations(database.url, { log: (line) => console.log(line) });
  console.log(
    `${result.applied.length} migration(s) applied, ${result.alreadyApplied} already up to date.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
