// Keeps the generated Prisma client and the production build up to date before the server starts.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./embedded-database";

const SCHEMA = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
const GENERATED_STAMP = path.join(
  PROJECT_ROOT,
  "node_modules",
  ".prisma",
  "client",
  ".schema-sha256",
);
const BUILD_STAMP = path.join(PROJECT_ROOT, "build", ".stamp");
const BUILD_INPUTS = [
  "app",
  "public",
  "vite.config.ts",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

function run(
  command: string,
  args: string[],
  what: string,
  env: NodeJS.ProcessEnv = process.env,
): void {
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: "inherit", env });
  if (result.status !== 0)
    throw new Error(`${what} failed (exit code ${result.status ?? result.signal}).`);
}

function bin(name: string): string {
  return path.join(PROJECT_ROOT, "node_modules", ".bin", name);
}

/** Runs `prisma generate` when the generated client was made from another prisma/schema.prisma. */
export function ensurePrismaClient(options: { force?: boolean } = {}): boolean {
  const hash = createHash("sha256").update(readFileSync(SCHEMA)).digest("hex");
  if (
    !options.force &&
    existsSync(GENERATED_STAMP) &&
    readFileSync(GENERATED_STAMP, "utf8") === hash
  )
    return false;
  // The CLI reads env("DATABASE_URL") from the schema even to generate; nothing connects to it.
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || "postgresql://localhost:5432/generate-only",
  };
  run(bin("prisma"), ["generate"], "prisma generate", env);
  writeFileSync(GENERATED_STAMP, hash);
  return true;
}

function newestModification(entry: string): number {
  const full = path.join(PROJECT_ROOT, entry);
  if (!existsSync(full)) return 0;
  const info = statSync(full);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const child of readdirSync(full))
    newest = Math.max(newest, newestModification(path.join(entry, child)));
  return newest;
}

export function buildIsCurrent(): boolean {
  if (
    !existsSync(BUILD_STAMP) ||
    !existsSync(path.join(PROJECT_ROOT, "build", "server", "index.js"))
  )
    return false;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return BUILD_INPUTS.every((entry) => newestModification(entry) <= built);
}

/** Builds the production bundle when it is missing or older than its sources. */
export function ensureProductionBuild(log: (line: string) => void): boolean {
  if (buildIsCurrent()) return false;
  log("Building the portal (first start, or sources changed) ...");
  // Always a production bundle, whatever NODE_ENV the caller runs under (vitest sets "test").
  run(bin("remix"), ["vite:build"], "The build", { ...process.env, NODE_ENV: "production" });
  writeFileSync(BUILD_STAMP, new Date().toISOString());
  return true;
}
