// The participation thresholds as a coordinator changes them at /monitoring/settings: new values
// change a region's status everywhere (listParticipation, the public API), bad values are refused
// with a message in the user's language and change nothing, the change is audited with the old and
// new values and shown as the last change, and anyone but a coordinator gets 403 (page and POST).
// The public API keeps exactly the shape.
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { listParticipation } from "../../app/modules/monitoring/participation.server";
import {
  THRESHOLDS_AUDIT_ACTION,
  THRESHOLDS_KEY,
} from "../../app/modules/monitoring/participation-thresholds.server";
import { loader as apiLoader } from "../../app/routes/api.participation";
import { action, loader } from "../../app/routes/monitoring.settings";
import { DEMO, get, post, sessionFor } from "../support/accounts";

const PATH = "/monitoring/settings";

/** A region whose last activity was 40 days ago: kurang aktif at 30/90, aktif at 45/90. */
async function regionActiveDaysAgo(days: number): Promise<string> {
  const region = await db().region.findFirstOrThrow({
    where: { code: { startsWith: "91." } },
    orderBy: { code: "desc" },
    select: { code: true },
  });
  await db().auditEvent.create({
    data: {
      at: new Date(Date.now() - days * 86_400_000),
      action: "practice.created",
      regionCode: region.code,
    },
  });
  return region.code;
}

async function statusOfRegion(code: string) {
  const [row] = await listParticipation({ regionCodes: [code] });
  return row!.status;
}

describe("participation thresholds", () => {
  it("a coordinator's new values change a region's status, audited with old and new values", async () => {
    const code = await regionActiveDaysAgo(40);
    expect(await statusOfRegion(code)).toBe("kurang-aktif");
    const { cookie } = await sessionFor(DEMO.coordinator);
    const page = await get(loader, PATH, { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      thresholds: { activeDays: 30, lessActiveDays: 90 },
      isDefault: true,
      lastChange: null,
    });

    const saved = await post(action, PATH, { activeDays: "45", lessActiveDays: "120" }, { cookie });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ notice: "thresholds.saved" });
    expect(await statusOfRegion(code)).toBe("aktif");
    const api = (await (await apiLoader()).json()) as {
      regions: Array<{ code: string; status: string }>;
    };
    expect(api.regions.find((r) => r.code === code)!.status).toBe("aktif");

    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: THRESHOLDS_AUDIT_ACTION },
      orderBy: { at: "desc" },
    });
    expect(event.actorEmail).toBe(DEMO.coordinator);
    expect(event.details).toEqual({
      activeDaysBefore: 30,
      activeDaysAfter: 45,
      lessActiveDaysBefore: 90,
      lessActiveDaysAfter: 120,
    });
    const after = await get(loader, PATH, { cookie });
    expect(after.body).toMatchObject({
      thresholds: { activeDays: 45, lessActiveDays: 120 },
      isDefault: false,
      lastChange: { by: expect.any(String) },
    });
    expect((after.body as { lastChange: { by: string } }).lastChange.by).not.toBe("");

    // Saving the same values again records nothing.
    const again = await post(action, PATH, { activeDays: "45", lessActiveDays: "120" }, { cookie });
    expect(again.body).toMatchObject({ notice: "thresholds.unchanged" });
    expect(await db().auditEvent.count({ where: { action: THRESHOLDS_AUDIT_ACTION } })).toBe(1);

    // Back to the defaults: the region is less active again.
    await post(action, PATH, { activeDays: "30", lessActiveDays: "90" }, { cookie });
    expect(await statusOfRegion(code)).toBe("kurang-aktif");
  });

  it("refuses bad values with a message per field and changes nothing", async () => {
    const { cookie } = await sessionFor(DEMO.coordinator);
    const before = await db().systemSetting.findUnique({ where: { key: THRESHOLDS_KEY } });
    const events = await db().auditEvent.count({ where: { action: THRESHOLDS_AUDIT_ACTION } });
    const cases: Array<[Record<string, string>, Record<string, string>]> = [
      [{ activeDays: "", lessActiveDays: "90" }, { activeDays: "thresholds.error.required" }],
      [{ activeDays: "2,5", lessActiveDays: "90" }, { activeDays: "thresholds.error.integer" }],
      [{ activeDays: "30", lessActiveDays: "-4" }, { lessActiveDays: "thresholds.error.integer" }],
      [
        { activeDays: "0", lessActiveDays: "366" },
        {
          activeDays: "thresholds.error.range",
          lessActiveDays: "thresholds.error.range",
        },
      ],
      [{ activeDays: "90", lessActiveDays: "90" }, { lessActiveDays: "thresholds.error.order" }],
      [{ activeDays: "100", lessActiveDays: "20" }, { lessActiveDays: "thresholds.error.order" }],
    ];
    for (const [form, errors] of cases) {
      const answer = await post(action, PATH, form, { cookie });
      expect([form, answer.status]).toEqual([form, 400]);
      expect([form, (answer.body as { errors: unknown }).errors]).toEqual([form, errors]);
      expect((answer.body as { values: unknown }).values).toEqual(form);
    }
    expect(await db().systemSetting.findUnique({ where: { key: THRESHOLDS_KEY } })).toEqual(before);
    expect(await db().auditEvent.count({ where: { action: THRESHOLDS_AUDIT_ACTION } })).toBe(
      events,
    );
  });

  it("answers 403 to anyone but a coordinator, on the page and its POST", async () => {
    for (const email of [DEMO.sekdaSumedang, DEMO.devBandung]) {
      const { cookie } = await sessionFor(email);
      const before = await db().systemSetting.findUnique({ where: { key: THRESHOLDS_KEY } });
      expect([email, (await get(loader, PATH, { cookie })).status]).toEqual([email, 403]);
      const answer = await post(
        action,
        PATH,
        { activeDays: "5", lessActiveDays: "10" },
        { cookie },
      );
      expect([email, answer.status]).toEqual([email, 403]);
      expect(await db().systemSetting.findUnique({ where: { key: THRESHOLDS_KEY } })).toEqual(
        before,
      );
    }
    const anonymous = await get(loader, PATH);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toContain("/login");
  });

  it("keeps the public API in exactly the issue's shape", async () => {
    const body = (await (await apiLoader()).json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["generatedAt", "regions"]);
    const regions = body.regions as Array<Record<string, unknown>>;
    expect(regions).toHaveLength(await db().region.count());
    for (const region of regions) {
      expect(Object.keys(region).sort()).toEqual([
        "code",
        "commitments",
        "evidenceCompleteness",
        "name",
        "practices",
        "software",
        "status",
      ]);
      expect(Object.keys(region.commitments as object).sort()).toEqual([
        "active",
        "stalled",
        "verified",
      ]);
    }
  });
});
