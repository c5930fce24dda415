// Runs the Prisma CLI offline. Only `generate` and `migrate diff` between schema files are used;
// the JS schema engine (prisma.config.ts) needs a reachable DATABASE_URL even for a diff.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "./embedded-database";

const PRISMA_BIN = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");

export function runPrisma(args: string[], databaseUrl: string): string {
  const result = spawnSync(process.execPath, [PRISMA_BIN, ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed:\n${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** SQL that turns the schema `from` (a schema file, or "empty") into the schema `to`. */
export function diffSchemas(from: string | "empty", to: string, databaseUrl: string): string {
  const fromArgs = from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", from];
  return runPrisma(
    ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", to, "--script"],
    databaseUrl,
  );
}

export function isEmptyMigration(sql: string): boolean {
  return (
    sql
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("--")).length === 0
  );
}
