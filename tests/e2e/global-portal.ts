// Browser-test set-up: a production build and one running portal on a throw-away embedded database.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensurePrismaClient, ensureProductionBuild } from "../../scripts/lib/build";
import { freePort } from "../support/test-database";
import { startPortal, type PortalProcess } from "./support/portal-process";

let portal: PortalProcess | undefined;
let root: string | undefined;

export async function setup(project: TestProject) {
  ensurePrismaClient();
  ensureProductionBuild((line) => console.log(line));
  root = await mkdtemp(path.join(tmpdir(), "livinglab-e2e-"));
  portal = await startPortal({
    dataDir: path.join(root, "postgres"),
    dbPort: await freePort(),
    port: await freePort(),
  });
  project.provide("baseUrl", portal.url);
}

export async function teardown() {
  await portal?.stop("SIGTERM");
  if (root) await rm(root, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
