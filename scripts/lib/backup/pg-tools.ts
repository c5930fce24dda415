// pg_dump and pg_restore (PostgreSQL 15 client tools, Debian's postgresql-client-15): where they
// are, and running them with the connection string passed as --dbname.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export type PgTool = "pg_dump" | "pg_restore";

export const PG_CLIENT_HINT =
  "Install PostgreSQL 15's client tools: apt-get install -y postgresql-client-15";

/** /usr/lib/postgresql/15/bin first (matches the embedded server), then /usr/bin, then PATH. */
export function findPgTool(tool: PgTool): string {
  const candidates = [
    path.join("/usr/lib/postgresql/15/bin", tool),
    path.join("/usr/bin", tool),
    ...(process.env.PATH ?? "").split(path.delimiter).map((dir) => path.join(dir, tool)),
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error(`${tool} was not found. ${PG_CLIENT_HINT}`);
  return found;
}

/** Runs a PostgreSQL tool; rejects with its error output when it exits non-zero. */
export function runPgTool(tool: PgTool, args: string[]): Promise<void> {
  const binary = findPgTool(tool);
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${tool} failed (exit ${code}): ${stderr.trim()}`));
    });
  });
}
