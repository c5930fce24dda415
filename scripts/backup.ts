// npm run backup [-- --out DIR] — pg_dump (custom format) of DATABASE_URL or the embedded database,
// a copy of the stored files and a manifest with every part's SHA-256. See README "Backups".
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createBackup, defaultBackupDir } from "./lib/backup/backup";
import { fileStoreRoot } from "./lib/backup/store";
import { resolveDatabase } from "./lib/embedded-database";

const argsSchema = z.object({ out: z.string().trim().min(1, "--out needs a folder").optional() });

let out: string;
try {
  const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });
  const parsed = argsSchema.parse(values);
  out = path.resolve(parsed.out ?? defaultBackupDir());
} catch (error) {
  console.error(
    `Usage: npm run backup [-- --out DIR]\n${error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message}`,
  );
  process.exit(2);
}

const database = await resolveDatabase({ log: (line) => console.log(line) });
try {
  const storeRoot = fileStoreRoot();
  const manifest = await createBackup({ databaseUrl: database.url, storeRoot, outDir: out });
  const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
  console.log(
    `Backup written to ${out}: database dump ${manifest.database.size} bytes ` +
      `(schema at ${manifest.lastMigration ?? "no migration"}), ${manifest.files.length} stored ` +
      `file(s) from ${storeRoot} (${bytes} bytes), manifest.json with their SHA-256.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
