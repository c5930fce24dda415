// Vitest global set-up: one embedded PostgreSQL for the run, with a template database that holds
// the migrated schema and the seed. Each test file clones it (tests/setup/per-file-database.ts).
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/lib/migrations";
import { disconnectDb } from "../../app/db.server";
import { importDemoContentOnce } from "../../scripts/lib/seed/demo-content";
import { seedDatabase } from "../../scripts/lib/seed/index";
import { ensureSearchIndex } from "../../scripts/lib/seed/search-index";
import { startTestCluster, withClient, type TestCluster } from "../support/test-database";

export const TEMPLATE_DATABASE = "livinglab_template";

let cluster: TestCluster | undefined;

export async function setup(project: TestProject) {
  cluster = await startTestCluster();
  await withClient(cluster.urlFor("postgres"), (client) =>
    client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`),
  );
  const templateUrl = cluster.urlFor(TEMPLATE_DATABASE);
  await applyMigrations(templateUrl);
  await seedDatabase(templateUrl, { demo: true });
  await importDemoContentOnce(templateUrl);
  await ensureSearchIndex(templateUrl);
  // The importer used the app's pool: close it, a template database takes no connection.
  await disconnectDb();
  project.provide("adminDatabaseUrl", cluster.urlFor("postgres"));
  project.provide("templateDatabase", TEMPLATE_DATABASE);
}

export async function teardown() {
  await cluster?.dispose();
}

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}
