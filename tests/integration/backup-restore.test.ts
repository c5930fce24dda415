// npm run backup / restore (scripts/lib/backup): a round trip of the seeded test database plus a
// few stored files into a new empty database and store, and the refusals (a tampered file, a
// non-empty target). Needs pg_dump/pg_restore 15: fails, saying so, when they are missing.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup } from "../../scripts/lib/backup/backup";
import { readManifest } from "../../scripts/lib/backup/manifest";
import { findPgTool } from "../../scripts/lib/backup/pg-tools";
import { restoreBackup } from "../../scripts/lib/backup/restore";
import { listStoredFiles, tableRowCounts } from "../../scripts/lib/backup/store";
import { applyMigrations } from "../../scripts/lib/migrations";
import { PDF } from "../support/files";
import { withClient } from "../support/test-database";

const sourceUrl = process.env.DATABASE_URL!;
const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
const targets: string[] = [];
let work: string;
let storeRoot: string;
let backupDir: string;

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function storeFile(root: string, bytes: Buffer): Promise<string> {
  const hash = sha256(bytes);
  const file = path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return hash;
}

/** A new empty database on the test cluster. */
async function emptyDatabase(): Promise<string> {
  const name = `restore_${randomBytes(5).toString("hex")}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  targets.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A digest of every row of a table, in a stable order. */
async function tableDigest(url: string, table: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ digest: string }>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
    );
    return rows[0]!.digest;
  });
}

async function hashesUnder(root: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const file of await listStoredFiles(root)) {
    result.set(file, sha256(await readFile(path.join(root, file))));
  }
  return result;
}

beforeAll(async () => {
  // Outside CI too, a missing pg_dump must fail this file, not skip it.
  expect(() => findPgTool("pg_dump"), "pg_dump 15 is needed").not.toThrow();
  expect(() => findPgTool("pg_restore"), "pg_restore 15 is needed").not.toThrow();
  work = await mkdtemp(path.join(tmpdir(), "livinglab-backup-"));
  storeRoot = path.join(work, "store");
  await storeFile(storeRoot, PDF);
  await storeFile(storeRoot, Buffer.concat([PDF, Buffer.from("second")]));
  await storeFile(storeRoot, randomBytes(200_000));
  // A temporary upload is no stored file and stays out of the backup.
  await mkdir(path.join(storeRoot, ".tmp"), { recursive: true });
  await writeFile(path.join(storeRoot, ".tmp", "crashed.part"), "half");
  backupDir = path.join(work, "backup");
  await createBackup({ databaseUrl: sourceUrl, storeRoot, outDir: backupDir });
}, 60_000);

afterAll(async () => {
  await withClient(adminUrl, async (client) => {
    for (const name of targets) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  if (work) await rm(work, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("writes a manifest that lists the dump and every stored file with its SHA-256", async () => {
    const manifest = await readManifest(backupDir);
    expect(manifest.files).toHaveLength(3);
    expect(manifest.files.every((file) => file.path.startsWith("files/"))).toBe(true);
    for (const file of manifest.files) {
      const bytes = await readFile(path.join(backupDir, file.path));
      expect(sha256(bytes)).toBe(file.sha256);
      expect(bytes.length).toBe(file.size);
    }
    expect(sha256(await readFile(path.join(backupDir, manifest.database.path)))).toBe(
      manifest.database.sha256,
    );
    const applied = await withClient(sourceUrl, (client) =>
      client.query<{ name: string }>(
        `SELECT max(migration_name) AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
      ),
    );
    expect(manifest.lastMigration).toBe(applied.rows[0]!.name);
    expect(manifest.portalVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("restores every row and every file into an empty database and store", async () => {
    const targetUrl = await emptyDatabase();
    const targetStore = path.join(work, "restored-store");
    const result = await restoreBackup({
      databaseUrl: targetUrl,
      storeRoot: targetStore,
      fromDir: backupDir,
    });

    const source = await withClient(sourceUrl, tableRowCounts);
    expect(Object.fromEntries(result.rowCounts)).toEqual(Object.fromEntries(source));
    expect(source.get("Region")).toBeGreaterThan(500);
    expect(source.get("Practice")).toBeGreaterThan(0);
    for (const table of ["Region", "User", "Practice", "FrameworkIndicator", "SpbeIndexScore"]) {
      expect(await tableDigest(targetUrl, table), table).toBe(await tableDigest(sourceUrl, table));
    }
    expect(result.filesRestored).toBe(3);
    expect(await hashesUnder(targetStore)).toEqual(await hashesUnder(storeRoot));
  });

  it("takes a freshly migrated database without rows as empty", async () => {
    const migratedUrl = await emptyDatabase();
    await applyMigrations(migratedUrl);
    const result = await restoreBackup({
      databaseUrl: migratedUrl,
      storeRoot: path.join(work, "migrated-store"),
      fromDir: backupDir,
    });
    expect(result.rowCounts.get("Region")).toBe(
      (await withClient(sourceUrl, tableRowCounts)).get("Region"),
    );
  });

  it("refuses a backup with a changed or missing file, and changes nothing", async () => {
    const manifest = await readManifest(backupDir);
    const tampered = path.join(work, "tampered");
    await createBackup({ databaseUrl: sourceUrl, storeRoot, outDir: tampered });
    const victim = path.join(tampered, manifest.files[0]!.path);
    const bytes = await readFile(victim);
    const at = bytes.length - 2;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
    await writeFile(victim, bytes);

    const targetUrl = await emptyDatabase();
    const targetStore = path.join(work, "untouched-store");
    await expect(
      restoreBackup({ databaseUrl: targetUrl, storeRoot: targetStore, fromDir: tampered }),
    ).rejects.toThrow(/does not match its manifest[\s\S]*changed: files\//);

    await rm(path.join(tampered, manifest.database.path));
    await expect(
      restoreBackup({ databaseUrl: targetUrl, storeRoot: targetStore, fromDir: tampered }),
    ).rejects.toThrow(/missing: database\.dump/);

    expect((await withClient(targetUrl, tableRowCounts)).size).toBe(0);
    expect(await listStoredFiles(targetStore)).toEqual([]);
  });

  it("refuses a target with rows or stored files unless forced", async () => {
    const targetStore = path.join(work, "full-store");
    await storeFile(targetStore, Buffer.from("already here"));
    const emptyUrl = await emptyDatabase();
    await expect(
      restoreBackup({ databaseUrl: emptyUrl, storeRoot: targetStore, fromDir: backupDir }),
    ).rejects.toThrow(/not empty: the file store .* holds 1 file/);
    expect((await withClient(emptyUrl, tableRowCounts)).size).toBe(0);

    // The seeded test database itself: rows everywhere.
    const before = await withClient(sourceUrl, tableRowCounts);
    const emptyStore = path.join(work, "empty-store");
    await expect(
      restoreBackup({ databaseUrl: sourceUrl, storeRoot: emptyStore, fromDir: backupDir }),
    ).rejects.toThrow(/not empty: the database has rows/);
    expect(await withClient(sourceUrl, tableRowCounts)).toEqual(before);
    expect(await listStoredFiles(emptyStore)).toEqual([]);

    // --force: a database with other rows is replaced by the backup's.
    const forcedUrl = await emptyDatabase();
    await withClient(forcedUrl, (client) =>
      client.query(`CREATE TABLE "Stray" (id int); INSERT INTO "Stray" VALUES (1)`),
    );
    const result = await restoreBackup({
      databaseUrl: forcedUrl,
      storeRoot: targetStore,
      fromDir: backupDir,
      force: true,
    });
    expect(result.rowCounts.has("Stray")).toBe(false);
    expect(Object.fromEntries(result.rowCounts)).toEqual(Object.fromEntries(before));
    expect(await listStoredFiles(targetStore)).toHaveLength(4);
  });
});
