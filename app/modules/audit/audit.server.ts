// The audit log: security events (logins, resets, rate limits) and changes to data. The table is
// append-only (a database trigger refuses UPDATE, DELETE and TRUNCATE); this module only adds rows
// and reads them.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "~/db.server";
import { regionCodeSchemaWith } from "~/modules/regions/regions.schema";
import { isCalendarDay } from "~/utils/calendar";

export interface AuditEntry {
  actor?: { id: string; email: string } | null;
  action: string;
  entityType?: string;
  entityId?: string;
  regionCode?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
}

/** Keys never stored in details, at any depth. */
const SECRET_KEY = /password|token|secret/i;

type JsonOut = Prisma.InputJsonValue | null | undefined;

/** A JSON-safe copy of `value` without secret keys; undefined means "leave out". */
function scrub(value: unknown, seen: WeakSet<object>): JsonOut {
  if (value === null) return null;
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : null;
    case "bigint":
      return value.toString();
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
  }
  const object = value as object;
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? null : object.toISOString();
  if (seen.has(object)) return "[Circular]";
  seen.add(object);
  try {
    if (Array.isArray(object)) return object.map((item) => scrub(item, seen) ?? null);
    if (object instanceof Error) return { name: object.name, message: object.message };
    const result: Record<string, Prisma.InputJsonValue | null> = {};
    for (const [key, item] of Object.entries(object)) {
      if (SECRET_KEY.test(key)) continue;
      const clean = scrub(item, seen);
      if (clean !== undefined) result[key] = clean;
    }
    return result;
  } finally {
    seen.delete(object);
  }
}

/** The details as stored: secrets removed recursively (exported for tests and callers' previews). */
export function sanitizeAuditDetails(details: Record<string, unknown>): Prisma.InputJsonObject {
  return (scrub(details, new WeakSet()) ?? {}) as Prisma.InputJsonObject;
}

/**
 * Records one event. Pass the transaction client of the change being described so the event
 * commits (or rolls back) with it.
 */
export async function recordAudit(
  entry: AuditEntry,
  client?: Prisma.TransactionClient,
): Promise<void> {
  await (client ?? db()).auditEvent.create({
    data: {
      // Set here rather than by the column default, so `at` is UTC whatever the database
      // session's time zone is.
      at: new Date(),
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      regionCode: entry.regionCode ?? null,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent ?? null,
      ...(entry.details ? { details: sanitizeAuditDetails(entry.details) } : {}),
    },
  });
}

/** Empty form fields ("") count as absent. */
function optional<T extends z.ZodTypeAny>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
}

const dayField = z.string().refine(isCalendarDay, { message: "audit.error.badDate" });

/** Filters of the audit log page. Dates are inclusive UTC days. */
export const auditQuerySchema = z.object({
  action: optional(z.string().trim().max(80, { message: "audit.error.tooLong" })),
  actor: optional(z.string().trim().max(200, { message: "audit.error.tooLong" })),
  region: optional(regionCodeSchemaWith("audit.error.badRegion")),
  from: optional(dayField),
  to: optional(dayField),
  page: z.coerce
    .number({ message: "common.error.badPage" })
    .int({ message: "common.error.badPage" })
    .min(1, { message: "common.error.badPage" })
    .default(1),
  limit: z.coerce
    .number({ message: "common.error.badLimit" })
    .int({ message: "common.error.badLimit" })
    .min(1, { message: "common.error.badLimit" })
    .max(200, { message: "common.error.badLimit" })
    .default(50),
});

export type AuditQuery = z.output<typeof auditQuerySchema>;

export interface AuditListItem {
  id: string;
  at: Date;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  regionCode: string | null;
  ip: string | null;
  details: unknown;
}

const DAY_MS = 86_400_000;

function auditWhere(query: AuditQuery): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (query.action) where.push({ action: query.action });
  if (query.actor) where.push({ actorEmail: { contains: query.actor, mode: "insensitive" } });
  if (query.region) where.push({ regionCode: query.region });
  if (query.from) where.push({ at: { gte: new Date(`${query.from}T00:00:00.000Z`) } });
  if (query.to) {
    where.push({ at: { lt: new Date(new Date(`${query.to}T00:00:00.000Z`).getTime() + DAY_MS) } });
  }
  return { AND: where };
}

/** One page of events, newest first, with the total matching the filters. */
export async function listAuditEvents(
  query: AuditQuery,
): Promise<{ total: number; items: AuditListItem[] }> {
  const where = auditWhere(query);
  const [total, rows] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: {
        id: true,
        at: true,
        actorEmail: true,
        action: true,
        entityType: true,
        entityId: true,
        regionCode: true,
        ip: true,
        details: true,
      },
    }),
  ]);
  return { total, items: rows.map((row) => ({ ...row, id: row.id.toString() })) };
}

/** Every action recorded so far, alphabetically, for the filter list. */
export async function listAuditActions(): Promise<string[]> {
  const rows = await db().auditEvent.findMany({
    distinct: ["action"],
    select: { action: true },
    orderBy: { action: "asc" },
  });
  return rows.map((row) => row.action);
}
