// The set-up contract: the portal starts its embedded database, stops it on SIGTERM or Ctrl-C
// (SIGINT) leaving no process behind, keeps the data across restarts, lets a script use the same
// database while it runs, and reports the database going away and coming back on /healthz.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runningEmbeddedServer, startEmbeddedDatabase } from "../../scripts/lib/embedded-database";
import { freePort, withClient } from "../support/test-database";
import {
  collectOutput,
  portalEnv,
  processesMentioning,
  runScript,
  startPortal,
  type PortalOptions,
} from "./support/portal-process";

let root: string;
let options: PortalOptions;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "livinglab-lifecycle-"));
  options = {
    dataDir: path.join(root, "postgres"),
    dbPort: await freePort(),
    port: await freePort(),
  };
});

afterAll(async () => {
  for (const pid of processesMentioning(options.dataDir)) process.kill(pid, "SIGKILL");
  await rm(root, { recursive: true, force: true });
});

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("condition not met in time");
}

async function healthStatus(url: string): Promise<number> {
  return (await fetch(`${url}/healthz`)).status;
}

const appUrl = () => `postgresql://postgres:livinglab@127.0.0.1:${options.dbPort}/livinglab`;

describe("portal lifecycle", () => {
  it("stops everything on SIGTERM, keeps the data, shares the database with scripts, and stops on Ctrl-C", async () => {
    const first = await startPortal(options);
    expect(await healthStatus(first.url)).toBe(200);
    const server = runningEmbeddedServer(options.dataDir);
    expect(server?.port).toBe(options.dbPort);

    // A script run while the portal is up attaches to the same database.
    const seed = await collectOutput(runScript("scripts/seed.ts", portalEnv(options)));
    expect(seed.code).toBe(0);
    expect(seed.output).toContain(
      `Using the embedded PostgreSQL already running on port ${options.dbPort}`,
    );
    await withClient(appUrl(), (client) =>
      client.query(
        `INSERT INTO "SystemSetting" (key, value, "updatedAt") VALUES ('lifecycle-marker', 'kept', now())`,
      ),
    );
    expect(await healthStatus(first.url)).toBe(200);

    expect(await first.stop("SIGTERM")).toBe(0);
    await waitFor(() => processesMentioning(options.dataDir).length === 0);
    expect(runningEmbeddedServer(options.dataDir)).toBeNull();

    const second = await startPortal(options);
    const marker = await withClient(appUrl(), (client) =>
      client.query(`SELECT value FROM "SystemSetting" WHERE key = 'lifecycle-marker'`),
    );
    expect(marker.rows).toEqual([{ value: "kept" }]);
    const regions = await (await fetch(`${second.url}/api/regions?limit=1`)).json();
    expect(regions.total).toBe(514);

    expect(await second.stop("SIGINT", { group: true })).toBe(0); // Ctrl-C in a terminal
    await waitFor(() => processesMentioning(options.dataDir).length === 0);
  });

  it("answers /healthz 503 while the database is stopped and 200 once it is back, without a restart", async () => {
    const portal = await startPortal(options);
    expect(await healthStatus(portal.url)).toBe(200);
    const server = runningEmbeddedServer(options.dataDir)!;
    process.kill(server.pid, "SIGINT"); // PostgreSQL's fast shutdown
    await waitFor(() => runningEmbeddedServer(options.dataDir) === null);
    expect(await healthStatus(portal.url)).toBe(503);
    expect(await (await fetch(`${portal.url}/healthz`)).json()).toEqual({
      status: "error",
      db: "unreachable",
    });

    const restarted = await startEmbeddedDatabase({
      dataDir: options.dataDir,
      port: options.dbPort,
    });
    try {
      await waitFor(async () => (await healthStatus(portal.url)) === 200);
      const regions = await (await fetch(`${portal.url}/api/regions?q=sumedang`)).json();
      expect(regions.items[0].code).toBe("32.11");
    } finally {
      expect(await portal.stop("SIGTERM")).toBe(0);
      await restarted.stop();
    }
    await waitFor(() => processesMentioning(options.dataDir).length === 0);
  });
});
