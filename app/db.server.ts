// The one Prisma client, over a pg pool through @prisma/adapter-pg. Only app/modules/** use it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { databaseShutdownExpected } from "./db-shutdown.server";
import { env } from "./env.server";

interface DatabaseClients {
  pool: pg.Pool;
  prisma: PrismaClient;
}

const globalForDb = globalThis as unknown as { livingLabDb?: DatabaseClients };

function createClients(): DatabaseClients {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection that breaks (database restarted) must not crash the server: the pool
  // drops it and the next query opens a new one. While the portal stops, that is expected.
  pool.on("error", (error) => {
    if (!databaseShutdownExpected()) console.warn(`[db] idle connection lost: ${error.message}`);
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { pool, prisma };
}

function clients(): DatabaseClients {
  globalForDb.livingLabDb ??= createClients();
  return globalForDb.livingLabDb;
}

export function db(): PrismaClient {
  return clients().prisma;
}

export function dbPool(): pg.Pool {
  return clients().pool;
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.livingLabDb;
  globalForDb.livingLabDb = undefined;
  if (current) {
    await current.prisma.$disconnect();
    await current.pool.end().catch(() => undefined);
  }
}
