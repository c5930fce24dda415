// Search runs plain SQL (tsvector, trigram and JSON functions have no Prisma API). A runner is
// "send this statement with these parameters": over the pg pool for reads, or inside the
// Prisma transaction that writes the record itself.
import type { Prisma } from "@prisma/client";
import type pg from "pg";

export type SqlRunner = <Row = Record<string, unknown>>(
  sql: string,
  params: unknown[],
) => Promise<Row[]>;

export function poolRunner(pool: pg.Pool): SqlRunner {
  return async <Row>(sql: string, params: unknown[]) =>
    (await pool.query(sql, params)).rows as Row[];
}

export function transactionRunner(tx: Prisma.TransactionClient): SqlRunner {
  return <Row>(sql: string, params: unknown[]) => tx.$queryRawUnsafe<Row[]>(sql, ...params);
}
