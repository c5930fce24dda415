// Gives each test file its own database, cloned from the migrated and seeded template, and points
// DATABASE_URL (and so the app's Prisma client) at it.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "../../app/db.server";
import { withClient } from "../support/test-database";

const adminUrl = inject("adminDatabaseUrl");
const template = inject("templateDatabase");
const database = `test_${randomBytes(6).toString("hex")}`;

await withClient(adminUrl, (client) =>
  client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`),
);
const url = new URL(adminUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
// Links in mail, feeds and the API come from PUBLIC_URL only (app/utils/url.server.ts).
process.env.PUBLIC_URL = "http://localhost";

/** How long the pool may take to close before the database is dropped with FORCE regardless. */
const DISCONNECT_WAIT_MS = 15_000;

afterAll(async () => {
  // A background run still holding a connection (an evidence extraction under a loaded machine)
  // must not hang the file: say so, and let DROP ... WITH (FORCE) end the connection.
  let timer: NodeJS.Timeout | undefined;
  const closed = await Promise.race([
    disconnectDb().then(() => true),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DISCONNECT_WAIT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (!closed)
    console.warn(
      `[test] the database pool did not close in ${DISCONNECT_WAIT_MS / 1000} s; dropping ${database} with FORCE`,
    );
  await withClient(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
  );
});
