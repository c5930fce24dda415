// npm run restore -- --from DIR [--force] — verifies a backup's manifest, then restores it into
// DATABASE_URL or the embedded database and the file store. See README "Backups".
import { parseArgs } from "node:util";
import { z } from "zod";
import { MAIN_TABLES, restoreBackup } from "./lib/backup/restore";
import { fileStoreRoot } from "./lib/backup/store";
import { resolveDatabase } from "./lib/embedded-database";

const argsSchema = z.object({
  from: z.string({ error: "--from DIR is required" }).trim().min(1, "--from needs a folder"),
  force: z.boolean().default(false),
});

let args: z.infer<typeof argsSchema>;
try {
  const { values } = parseArgs({
    options: { from: { type: "string" }, force: { type: "boolean" } },
    strict: true,
  });
  args = argsSchema.parse(values);
} catch (error) {
  console.error(
    `Usage: npm run restore -- --from DIR [--force]\n${error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message}`,
  );
  process.exit(2);
}

const database = await resolveDatabase({ log: (line) => console.log(line) });
try {
  const storeRoot = fileStoreRoot();
  const result = await restoreBackup({
    databaseUrl: database.url,
    storeRoot,
    fromDir: args.from,
    force: args.force,
  });
  const { manifest, rowCounts } = result;
  console.log(
    `Restored the backup of ${manifest.createdAt} (portal ${manifest.portalVersion}, schema at ` +
      `${manifest.lastMigration ?? "no migration"}).`,
  );
  const total = [...rowCounts.values()].reduce((sum, n) => sum + n, 0);
  for (const table of MAIN_TABLES) {
    if (rowCounts.has(table)) console.log(`  ${table}: ${rowCounts.get(table)} rows`);
  }
  console.log(`  all ${rowCounts.size} tables: ${total} rows`);
  console.log(`  ${result.filesRestored} stored file(s) copied to ${storeRoot}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
