// Whether the process is stopping its database: connections closing then are expected, not worth
// a warning. Ctrl-C in a terminal reaches the embedded PostgreSQL at the same moment as the
// portal, so its connections may close before the pool does. Kept apart from db.server.ts so that
// scripts/start.ts can load it before the Prisma client exists. A global: the server bundle and
// the start script each load their own copy of this module.
const globalForShutdown = globalThis as unknown as { livingLabDbStopping?: boolean };

export function expectDatabaseShutdown(): void {
  globalForShutdown.livingLabDbStopping = true;
}

export function databaseShutdownExpected(): boolean {
  return globalForShutdown.livingLabDbStopping === true;
}
