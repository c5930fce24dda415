// npm start (production build) and npm run dev (hot reload): database, migrations, seed, server.
// Ctrl-C or SIGTERM stops the server and the embedded database this process started.
import { z } from "zod";
import { expectDatabaseShutdown } from "../app/db-shutdown.server";
import { ensurePrismaClient, ensureProductionBuild } from "./lib/build";
import { resolveDatabase, type DatabaseHandle } from "./lib/embedded-database";
import { startHttpServer, type RunningHttpServer } from "./lib/http-server";
import { applyMigrations } from "./lib/migrations";
import { importDemoContentOnce } from "./lib/seed/demo-content";
import { seedDatabase, wantsDemoData } from "./lib/seed/index";
import { ensureSearchIndex } from "./lib/seed/search-index";
import { env } from "../app/env.server";
import { resolvePublicLinks, type PublicLinks } from "../app/utils/url.server";

const startedAt = performance.now();
const dev = process.argv.includes("--dev");
process.env.NODE_ENV ??= dev ? "development" : "production";
const log = (line: string) => console.log(`[livinglab] ${line}`);

const port = z.coerce
  .number()
  .int()
  .min(0)
  .max(65535)
  .safeParse(process.env.PORT ?? 3000);
if (!port.success) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}

// Links come from PUBLIC_URL only; checked before anything starts, so a bad value costs nothing.
let links: PublicLinks;
try {
  links = resolvePublicLinks({
    publicUrl: process.env.PUBLIC_URL,
    allowedHosts: process.env.ALLOWED_HOSTS,
    nodeEnv: process.env.NODE_ENV,
    port: port.data,
    externalDatabase: Boolean(process.env.DATABASE_URL?.trim()),
  });
  process.env.PUBLIC_URL = links.publicUrl;
} catch (error) {
  console.error(`[livinglab] Could not start: ${(error as Error).message}`);
  process.exit(1);
}

let database: DatabaseHandle | undefined;
let server: RunningHttpServer | undefined;
let jobs: { stop(): Promise<void> } | undefined;
let stopping = false;

async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal} received: stopping ...`);
  expectDatabaseShutdown();
  await server?.close().catch(() => undefined);
  await jobs?.stop().catch(() => undefined);
  const { disconnectDb } = await import("../app/db.server");
  await disconnectDb().catch(() => undefined);
  await database?.stop().catch(() => undefined);
  log("Stopped.");
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(signal));
}

try {
  const demo = wantsDemoData();
  process.env.DEMO_MODE = demo ? "true" : "false";
  database = await resolveDatabase({ log });
  process.env.DATABASE_URL = database.url;
  // Every variable the portal reads, validated now: one line per bad one, before anything serves.
  const config = env();
  ensurePrismaClient();
  const migrations = await applyMigrations(database.url, { log });
  const seed = await seedDatabase(database.url, { demo });
  if (demo) {
    const content = await importDemoContentOnce(database.url);
    if (content.imported)
      log(
        `Demo content imported: ${content.created} practices and catalogue entries, ${content.attachments} demo attachments.`,
      );
  }
  const searchIndex = await ensureSearchIndex(database.url);
  if (searchIndex.rebuilt) log(`Search index built: ${searchIndex.documents} documents.`);
  log(
    `Database ready (${database.mode}): ${migrations.applied.length} new migration(s), ` +
      `${seed.regions} kabupaten/kota, ${seed.indicators} SPBE indicators${seed.demoSeeded ? ", demo data seeded" : ""}.`,
  );
  if (!dev) ensureProductionBuild(log);
  server = await startHttpServer({
    mode: dev ? "development" : "production",
    port: port.data,
    publicUrl: links.publicUrl,
    allowedHosts: links.allowedHosts,
    fileMaxBytes: config.FILE_MAX_BYTES,
    trustProxy: config.TRUST_PROXY,
    hsts: config.HSTS,
  });
  log(`Links in mail point to ${links.publicUrl} (PUBLIC_URL).`);
  // Scheduled work (reminders, escalation, digests) and the delivery of queued mail: pg-boss.
  const { startJobs } = await import("../app/modules/jobs/queue.server");
  jobs = await startJobs({ connectionString: database.url, log });
  log("Scheduled jobs started (07:00 WIB daily, Monday 07:00 WIB weekly).");
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  log(
    `Living Lab portal is ready at ${server.url} (started in ${seconds} s). Press Ctrl-C to stop.`,
  );
} catch (error) {
  console.error(`[livinglab] Could not start: ${(error as Error).message}`);
  await database?.stop().catch(() => undefined);
  process.exit(1);
}
