// Browser-test set-up: a production build and one running portal on a throw-away embedded database.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensurePrismaClient, ensureProductionBuild } from "../../scripts/lib/build";
import { DEFAULT_DATABASE_NAME, embeddedUrl } from "../../scripts/lib/embedded-database";
import { freePort } from "../support/test-database";
import { startPortal, type PortalProcess } from "./support/portal-process";

let portal: PortalProcess | undefined;
let root: string | undefined;

export async function setup(project: TestProject) {
  ensurePrismaClient();
  ensureProductionBuild((line) => console.log(line));
  root = await mkdtemp(path.join(tmpdir(), "livinglab-e2e-"));
  const dbPort = await freePort();
  portal = await startPortal({
    dataDir: path.join(root, "postgres"),
    dbPort,
    port: await freePort(),
  });
  project.provide("baseUrl", portal.url);
  // For tests that write rows no page can make yet (the tracker's views).
  project.provide("databaseUrl", embeddedUrl(dbPort, DEFAULT_DATABASE_NAME));
}

export async function teardown() {
  await portal?.stop("SIGTERM");
  if (root) await rm(root, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}
