// Restores a backup folder made by createBackup: checks the manifest and every part's SHA-256
// first (any problem: refuse, nothing changed), refuses a target database with rows in any table
// or a file store holding any file unless `force`, then pg_restore in one transaction and a copy of
// the files into the store.
import { copyFile, mkdir, rename } from "node:fs/promises";
import path from "node:path";
import { FILES_DIR, readManifest, verifyBackup, type Manifest } from "./manifest";
import { runPgTool } from "./pg-tools";
import { listStoredFiles, tableRowCounts, withClient } from "./store";

export interface RestoreOptions {
  databaseUrl: string;
  storeRoot: string;
  fromDir: string;
  /** Restore into a database with rows / a store with files: the database's public schema is
   * replaced; stored files are kept and the backup's are added (content-addressed). */
  force?: boolean;
}

export interface RestoreResult {
  manifest: Manifest;
  rowCounts: Map<string, number>;
  filesRestored: number;
}

/** A refusal: the backup or the target is not fit; nothing was changed. */
export class RestoreRefusedError extends Error {}

const MIGRATIONS_TABLE = "_prisma_migrations";

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const fromDir = path.resolve(options.fromDir);
  const manifest = await readManifest(fromDir).catch((error: Error) => {
    throw new RestoreRefusedError(error.message);
  });
  const outside = manifest.files.filter((file) => !file.path.startsWith(`${FILES_DIR}/`));
  if (outside.length > 0) {
    throw new RestoreRefusedError(
      `The manifest lists files outside ${FILES_DIR}/ (${outside[0]!.path}); nothing was restored.`,
    );
  }
  const problems = await verifyBackup(fromDir, manifest);
  if (problems.length > 0) {
    throw new RestoreRefusedError(
      `The backup in ${fromDir} does not match its manifest; nothing was restored.\n  ` +
        problems.join("\n  "),
    );
  }

  const before = await withClient(options.databaseUrl, tableRowCounts);
  // The migration records alone do not make a database non-empty: a portal started once on a new
  // server has migrated its schema but holds no data.
  const filled = [...before].filter(([name, count]) => count > 0 && name !== MIGRATIONS_TABLE);
  const storedAlready = await listStoredFiles(options.storeRoot);
  if (!options.force && (filled.length > 0 || storedAlready.length > 0)) {
    const what = [
      filled.length > 0
        ? `the database has rows in ${filled.length} table(s) (e.g. ${filled
            .slice(0, 3)
            .map(([name, count]) => `${name}: ${count}`)
            .join(", ")})`
        : null,
      storedAlready.length > 0
        ? `the file store ${options.storeRoot} holds ${storedAlready.length} file(s)`
        : null,
    ]
      .filter(Boolean)
      .join(" and ");
    throw new RestoreRefusedError(
      `The target is not empty: ${what}. Nothing was restored; restore into an empty database ` +
        `and file store, or pass --force to replace the database and add the files.`,
    );
  }

  // pg_restore creates every table itself: an existing schema (migrated, or forced) goes first.
  if (before.size > 0) {
    await withClient(options.databaseUrl, async (client) => {
      await client.query("DROP SCHEMA public CASCADE");
      await client.query("CREATE SCHEMA public");
    });
  }
  await runPgTool("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--single-transaction",
    "--exit-on-error",
    `--dbname=${options.databaseUrl}`,
    path.join(fromDir, manifest.database.path),
  ]);

  for (const file of manifest.files) {
    const relative = file.path.slice(FILES_DIR.length + 1);
    const target = path.join(options.storeRoot, ...relative.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    // Copied beside the target, then renamed: a file is never seen half-written in the store.
    const partial = `${target}.restore-${process.pid}.part`;
    await copyFile(path.join(fromDir, file.path), partial);
    await rename(partial, target);
  }

  const rowCounts = await withClient(options.databaseUrl, tableRowCounts);
  return { manifest, rowCounts, filesRestored: manifest.files.length };
}

/** The tables whose counts a restore prints, when present. */
export const MAIN_TABLES = [
  "Province",
  "Region",
  "User",
  "Practice",
  "PracticeAttachment",
  "SoftwareEntry",
  "EvidenceRecord",
  "EvidenceFile",
  "SelfAssessment",
  "Commitment",
  "StoredFile",
  "AuditEvent",
];
