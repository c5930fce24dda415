// The audit log: events are stored without secrets, the table is append-only in the database,
// the list filters and pages newest first, and an event recorded in a rolled-back transaction
// disappears with it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, dbPool } from "../../app/db.server";
import {
  auditQuerySchema,
  listAuditActions,
  listAuditEvents,
  recordAudit,
} from "../../app/modules/audit/audit.server";

async function rowsWithAction(action: string) {
  const { rows } = await dbPool().query(
    `SELECT "actorId", "actorEmail", "action", "entityType", "entityId", "regionCode", "ip",
            "userAgent", "details", "at" FROM "AuditEvent" WHERE "action" = $1 ORDER BY "id"`,
    [action],
  );
  return rows;
}

/** Inserts an event at a given UTC time, straight into the table (INSERT is allowed). */
async function insertAt(
  at: string,
  fields: { action: string; actorEmail?: string; regionCode?: string },
) {
  await dbPool().query(
    `INSERT INTO "AuditEvent" ("at", "action", "actorEmail", "regionCode") VALUES ($1::timestamp, $2, $3, $4)`,
    [at, fields.action, fields.actorEmail ?? null, fields.regionCode ?? null],
  );
}

function query(raw: Record<string, unknown>) {
  return auditQuerySchema.parse(raw);
}

describe("recordAudit", () => {
  it("stores an event with its actor and origin, and strips passwords, tokens and secrets", async () => {
    const actorId = randomUUID();
    const before = Date.now();
    await recordAudit({
      actor: { id: actorId, email: "admin@livinglab.go.id" },
      action: "test.stored",
      entityType: "User",
      entityId: "u-1",
      regionCode: "32.11",
      ip: "198.51.100.1",
      userAgent: "vitest",
      details: {
        password: "x",
        nested: { resetToken: "y", keep: 1, deeper: [{ clientSecret: "z", ok: true }] },
        newPasswordHash: "h",
        email: "someone@example.go.id",
      },
    });
    const rows = await rowsWithAction("test.stored");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorId,
      actorEmail: "admin@livinglab.go.id",
      entityType: "User",
      entityId: "u-1",
      regionCode: "32.11",
      ip: "198.51.100.1",
      userAgent: "vitest",
      details: { nested: { keep: 1, deeper: [{ ok: true }] }, email: "someone@example.go.id" },
    });
    expect(JSON.stringify(rows[0].details)).not.toMatch(/password|token|secret/i);

    const listed = await listAuditEvents(query({ action: "test.stored" }));
    expect(listed.total).toBe(1);
    const item = listed.items[0]!;
    expect(typeof item.id).toBe("string");
    expect(item.at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(item.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(() => JSON.stringify(listed)).not.toThrow();
  });

  it("stores an event without actor or details", async () => {
    await recordAudit({ action: "test.anonymous", actor: null, ip: null });
    const rows = await rowsWithAction("test.anonymous");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: null, actorEmail: null, details: null, ip: null });
  });

  it("leaves no row when the surrounding transaction rolls back", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await recordAudit({ action: "test.rolled_back", details: { step: 1 } }, tx);
        expect(await tx.auditEvent.count({ where: { action: "test.rolled_back" } })).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await rowsWithAction("test.rolled_back")).toHaveLength(0);

    await db().$transaction(async (tx) => {
      await recordAudit({ action: "test.committed" }, tx);
    });
    expect(await rowsWithAction("test.committed")).toHaveLength(1);
  });
});

describe("the AuditEvent table", () => {
  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    await recordAudit({ action: "test.immutable", details: { a: 1 } });
    await expect(
      dbPool().query(
        `UPDATE "AuditEvent" SET "action" = 'changed' WHERE "action" = 'test.immutable'`,
      ),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(
      dbPool().query(`DELETE FROM "AuditEvent" WHERE "action" = 'test.immutable'`),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(dbPool().query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(db().auditEvent.deleteMany({})).rejects.toThrow();
    expect(await rowsWithAction("test.immutable")).toMatchObject([{ details: { a: 1 } }]);
  });
});

describe("listAuditEvents", () => {
  it("filters by action, actor, region and date range, and pages newest first", async () => {
    await insertAt("2026-03-01 08:00:00", {
      action: "test.list.a",
      actorEmail: "Alice@Sumedangkab.go.id",
      regionCode: "32.11",
    });
    await insertAt("2026-03-02 00:00:00", {
      action: "test.list.a",
      actorEmail: "bob@bandungkab.go.id",
      regionCode: "32.04",
    });
    await insertAt("2026-03-02 23:59:59.999", {
      action: "test.list.b",
      actorEmail: "alice@sumedangkab.go.id",
      regionCode: "32.11",
    });
    await insertAt("2026-03-03 00:00:00", {
      action: "test.list.b",
      actorEmail: "carol@example.go.id",
    });
    await insertAt("2026-03-04 12:00:00", { action: "test.list.a", regionCode: "32.11" });

    const actions = (result: Awaited<ReturnType<typeof listAuditEvents>>) =>
      result.items.map((item) => `${item.action}@${item.at.toISOString()}`);

    const byAction = await listAuditEvents(query({ action: "test.list.a" }));
    expect(byAction.total).toBe(3);
    expect(actions(byAction)).toEqual([
      "test.list.a@2026-03-04T12:00:00.000Z",
      "test.list.a@2026-03-02T00:00:00.000Z",
      "test.list.a@2026-03-01T08:00:00.000Z",
    ]);

    const byActor = await listAuditEvents(query({ actor: "ALICE@sumedang" }));
    expect(byActor.total).toBe(2);
    expect(byActor.items.map((item) => item.actorEmail)).toEqual([
      "alice@sumedangkab.go.id",
      "Alice@Sumedangkab.go.id",
    ]);

    const byRegion = await listAuditEvents(
      query({ region: "32.11", from: "2026-03-01", to: "2026-03-31" }),
    );
    expect(byRegion.total).toBe(3);
    expect(byRegion.items.every((item) => item.regionCode === "32.11")).toBe(true);

    // Inclusive days: 2026-03-02 holds its first and last millisecond, not the next midnight.
    const oneDay = await listAuditEvents(query({ from: "2026-03-02", to: "2026-03-02" }));
    expect(actions(oneDay)).toEqual([
      "test.list.b@2026-03-02T23:59:59.999Z",
      "test.list.a@2026-03-02T00:00:00.000Z",
    ]);
    const fromOnly = await listAuditEvents(query({ action: "test.list.b", from: "2026-03-03" }));
    expect(actions(fromOnly)).toEqual(["test.list.b@2026-03-03T00:00:00.000Z"]);
    const toOnly = await listAuditEvents(query({ action: "test.list.a", to: "2026-03-01" }));
    expect(actions(toOnly)).toEqual(["test.list.a@2026-03-01T08:00:00.000Z"]);

    const range = { from: "2026-03-01", to: "2026-03-04" };
    const page1 = await listAuditEvents(query({ ...range, limit: "2" }));
    const page2 = await listAuditEvents(query({ ...range, limit: "2", page: "2" }));
    const page3 = await listAuditEvents(query({ ...range, limit: "2", page: "3" }));
    expect([page1.total, page2.total, page3.total]).toEqual([5, 5, 5]);
    expect([...actions(page1), ...actions(page2), ...actions(page3)]).toEqual([
      "test.list.a@2026-03-04T12:00:00.000Z",
      "test.list.b@2026-03-03T00:00:00.000Z",
      "test.list.b@2026-03-02T23:59:59.999Z",
      "test.list.a@2026-03-02T00:00:00.000Z",
      "test.list.a@2026-03-01T08:00:00.000Z",
    ]);
    expect(page3.items).toHaveLength(1);

    const listed = await listAuditActions();
    expect(listed).toEqual(expect.arrayContaining(["test.list.a", "test.list.b"]));
    expect(listed.filter((action) => action === "test.list.a")).toHaveLength(1);
    expect([...listed].sort()).toEqual(listed);
  });
});

describe("auditQuerySchema", () => {
  function firstError(raw: Record<string, unknown>) {
    const result = auditQuerySchema.safeParse(raw);
    expect(result.success).toBe(false);
    return result.error?.issues[0]?.message;
  }

  it("has defaults and treats empty fields as absent", () => {
    expect(auditQuerySchema.parse({})).toEqual({ page: 1, limit: 50 });
    expect(auditQuerySchema.parse({ action: "", actor: "", region: "", from: "", to: "" })).toEqual(
      {
        page: 1,
        limit: 50,
      },
    );
  });

  it("rejects bad values with message keys", () => {
    expect(firstError({ region: "32-11" })).toBe("audit.error.badRegion");
    expect(firstError({ from: "2026-02-30" })).toBe("audit.error.badDate");
    expect(firstError({ to: "01/03/2026" })).toBe("audit.error.badDate");
    expect(firstError({ action: "a".repeat(81) })).toBe("audit.error.tooLong");
    expect(firstError({ actor: "a".repeat(201) })).toBe("audit.error.tooLong");
    expect(firstError({ page: "0" })).toBe("common.error.badPage");
    expect(firstError({ page: "x" })).toBe("common.error.badPage");
    expect(firstError({ page: "1.5" })).toBe("common.error.badPage");
    expect(firstError({ limit: "201" })).toBe("common.error.badLimit");
    expect(firstError({ limit: "0" })).toBe("common.error.badLimit");
  });
});
