// A throw-away embedded PostgreSQL (tests, benchmarks): its own folder, a free port, removed
// afterwards.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase, type DatabaseHandle } from "./embedded-database";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface ThrowawayCluster {
  dataDir: string;
  port: number;
  handle: DatabaseHandle;
  /** URL of a database on this cluster. */
  urlFor(database: string): string;
  dispose(): Promise<void>;
}

export async function startThrowawayCluster(prefix = "livinglab-test-"): Promise<ThrowawayCluster> {
  const root = await mkdtemp(path.join(tmpdir(), prefix));
  const dataDir = path.join(root, "postgres");
  const port = await freePort();
  const handle = await startEmbeddedDatabase({ dataDir, port, databaseName: "postgres" });
  return {
    dataDir,
    port,
    handle,
    urlFor: (database) => {
      const url = new URL(handle.url);
      url.pathname = `/${database}`;
      return url.toString();
    },
    dispose: async () => {
      await handle.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
