import { createHash } from "node:crypto";
import { mkdtemp, mkdir, writeFile, cp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from "../../scripts/lib/migrations";
import { diffSchemas, isEmptyMigration } from "../../scripts/lib/prisma-cli";
import { describeSchema } from "../support/schema-description";
import { withClient } from "../support/test-database";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;
const SCHEMA = path.join(PROJECT_ROOT, "prisma", "schema.prisma");

function urlFor(database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function freshDatabase(name: string): Promise<string> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  });
  return urlFor(name);
}

describe("migrations", () => {
  let migratedUrl: string;

  beforeAll(async () => {
    migratedUrl = await freshDatabase(`mig_${process.pid}`);
  });

  it("produce exactly the schema in prisma/schema.prisma (no drift)", async () => {
    await applyMigrations(migratedUrl);
    const fromSchemaUrl = await freshDatabase(`schema_${process.pid}`);
    const sql = diffSchemas("empty", SCHEMA, adminUrl);
    await withClient(fromSchemaUrl, (client) => client.query(sql));
    const migrated = await withClient(migratedUrl, describeSchema);
    const expected = await withClient(fromSchemaUrl, describeSchema);
    expect(migrated.length).toBeGreaterThan(50);
    expect(migrated).toEqual(expected);
  });

  it("leave nothing for the next migration to do (snapshot matches schema.prisma)", () => {
    const sql = diffSchemas(path.join(MIGRATIONS_DIR, "schema.snapshot.prisma"), SCHEMA, adminUrl);
    expect(isEmptyMigration(sql), `schema.prisma has changes with no migration:\n${sql}`).toBe(
      true,
    );
  });

  it("are recorded in _prisma_migrations with Prisma's checksum, and a second run applies nothing", async () => {
    const files = await listMigrations();
    const second = await applyMigrations(migratedUrl);
    expect(second).toEqual({ applied: [], alreadyApplied: files.length });
    const rows = await withClient(migratedUrl, (client) =>
      client.query(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows.rows.map((row) => row.migration_name)).toEqual(files.map((file) => file.name));
    for (const [index, row] of rows.rows.entries()) {
      const file = files[index]!;
      expect(row.checksum).toBe(createHash("sha256").update(file.sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it("roll a failing migration back whole and refuse an edited one", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await mkdir(path.join(dir, "29991231000000_broken"));
    await writeFile(
      path.join(dir, "29991231000000_broken", "migration.sql"),
      `CREATE TABLE "ShouldNotExist" (id int);\nSELECT * FROM "NoSuchTable";\n`,
    );
    await expect(applyMigrations(migratedUrl, { dir })).rejects.toThrow(
      /29991231000000_broken failed/,
    );
    const leftover = await withClient(migratedUrl, (client) =>
      client.query(`SELECT to_regclass('public."ShouldNotExist"') AS table`),
    );
    expect(leftover.rows[0].table).toBeNull();

    const first = (await listMigrations(dir))[0]!;
    await writeFile(path.join(dir, first.name, "migration.sql"), `${first.sql}\n-- edited\n`);
    await expect(applyMigrations(migratedUrl, { dir })).rejects.toThrow(
      /was changed after it was applied/,
    );
  });

  it("run safely when two runners start at once (advisory lock)", async () => {
    const url = await freshDatabase(`race_${process.pid}`);
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect(a.applied.length + b.applied.length).toBe((await listMigrations()).length);
  });
});
