// Makes a backup folder: database.dump (pg_dump, custom format), files/ (a copy of the stored
// files, same layout as the store) and manifest.json (every part's size and SHA-256, the schema's
// last migration, the portal version and the time it was made).
import { existsSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../embedded-database";
import {
  DUMP_NAME,
  FILES_DIR,
  MANIFEST_NAME,
  describeFile,
  type Manifest,
  type ManifestEntry,
} from "./manifest";
import { runPgTool } from "./pg-tools";
import { lastMigration, listStoredFiles, withClient } from "./store";

export interface BackupOptions {
  databaseUrl: string;
  storeRoot: string;
  outDir: string;
  now?: Date;
}

export async function portalVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "unknown";
}

/** The default folder: ./backups/<UTC time>, e.g. backups/2026-12-06T23-40-00Z. */
export function defaultBackupDir(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-");
  return path.join(PROJECT_ROOT, "backups", stamp);
}

export async function createBackup(options: BackupOptions): Promise<Manifest> {
  const outDir = path.resolve(options.outDir);
  if (existsSync(outDir) && (await readdir(outDir)).length > 0) {
    throw new Error(`${outDir} is not empty: choose a new folder for the backup.`);
  }
  await mkdir(path.join(outDir, FILES_DIR), { recursive: true });
  const createdAt = (options.now ?? new Date()).toISOString();
  const migration = await withClient(options.databaseUrl, lastMigration);

  await runPgTool("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--file=${path.join(outDir, DUMP_NAME)}`,
    `--dbname=${options.databaseUrl}`,
  ]);

  const files: ManifestEntry[] = [];
  for (const relative of await listStoredFiles(options.storeRoot)) {
    const target = path.join(outDir, FILES_DIR, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(options.storeRoot, relative), target);
    // Hashed from the copy: what the manifest vouches for is what the backup holds.
    files.push(await describeFile(outDir, path.join(FILES_DIR, relative)));
  }

  const manifest: Manifest = {
    format: 1,
    createdAt,
    portalVersion: await portalVersion(),
    lastMigration: migration,
    database: await describeFile(outDir, DUMP_NAME),
    files,
  };
  await writeFile(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
