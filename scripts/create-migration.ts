// npm run db:migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema the
// existing migrations produce (kept as prisma/migrations/schema.snapshot.prisma) to the current
// prisma/schema.prisma. Edit the SQL if needed (data moves, extensions), then run npm run db:migrate.
import { existsSync } from "node:fs";
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { PROJECT_ROOT, resolveDatabase } from "./lib/embedded-database";
import { MIGRATIONS_DIR } from "./lib/migrations";
import { diffSchemas, isEmptyMigration } from "./lib/prisma-cli";

const SCHEMA = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

const name = z
  .string()
  .regex(/^[a-z0-9_]{1,60}$/, "The name takes lower-case letters, digits and underscores only.")
  .safeParse(process.argv[2]);
if (!name.success) {
  console.error(
    "Usage: npm run db:migration -- <name>   e.g. npm run db:migration -- add_practices",
  );
  console.error(name.error.issues[0]?.message ?? "");
  process.exit(1);
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

const database = await resolveDatabase({ log: (line) => console.log(line) });
try {
  const sql = diffSchemas(existsSync(SNAPSHOT) ? SNAPSHOT : "empty", SCHEMA, database.url);
  if (isEmptyMigration(sql)) {
    console.log("prisma/schema.prisma has no changes since the last migration: nothing written.");
  } else {
    const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name.data}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await copyFile(SCHEMA, SNAPSHOT);
    console.log(
      `Wrote ${path.relative(PROJECT_ROOT, dir)}/migration.sql. Apply it with npm run db:migrate.`,
    );
  }
} finally {
  await database.stop();
}
