// The shared participation table of /monitoring and /provinces/:code: reused for a few seconds,
// but never across an audited write (on any instance: the check reads the audit log), never past
// its age limit, and never when the caller asks for a given instant.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { recordAudit } from "../../app/modules/audit/audit.server";
import {
  clearSharedParticipation,
  PARTICIPATION_CACHE_MS,
  sharedParticipation,
} from "../../app/modules/monitoring/participation-cache.server";

const REGION = "32.11";

async function publishedPractices(rows: Awaited<ReturnType<typeof sharedParticipation>>) {
  return rows.find((r) => r.code === REGION)!.practices;
}

describe("shared participation table", () => {
  beforeEach(() => clearSharedParticipation());

  it("is reused while nothing audited happened and it is young", async () => {
    const first = await sharedParticipation({ provinceCodes: ["32"] });
    const second = await sharedParticipation({ provinceCodes: ["32"] });
    expect(second).toBe(first);
  });

  it("is computed afresh after an audited write, with the new figure", async () => {
    const before = await publishedPractices(await sharedParticipation({ provinceCodes: ["32"] }));
    const practice = await db().practice.findFirstOrThrow({
      where: { regionCode: REGION, status: "PUBLISHED" },
      select: { id: true },
    });
    await db().practice.update({ where: { id: practice.id }, data: { status: "ARCHIVED" } });
    // Unaudited, the entry is still used (for at most PARTICIPATION_CACHE_MS) ...
    expect(await publishedPractices(await sharedParticipation({ provinceCodes: ["32"] }))).toBe(
      before,
    );
    // ... an audit event (every command writes one) makes the next read fresh.
    await recordAudit({
      action: "practice.archived",
      actor: null,
      entityType: "practice",
      entityId: practice.id,
      regionCode: REGION,
    });
    expect(await publishedPractices(await sharedParticipation({ provinceCodes: ["32"] }))).toBe(
      before - 1,
    );
    await db().practice.update({ where: { id: practice.id }, data: { status: "PUBLISHED" } });
  });

  it("expires after PARTICIPATION_CACHE_MS and is bypassed for a given instant", async () => {
    let clock = 1_000_000;
    const first = await sharedParticipation({ regionCodes: [REGION] }, () => clock);
    clock += PARTICIPATION_CACHE_MS - 1;
    expect(await sharedParticipation({ regionCodes: [REGION] }, () => clock)).toBe(first);
    clock += 2;
    expect(await sharedParticipation({ regionCodes: [REGION] }, () => clock)).not.toBe(first);
    const asOf = await sharedParticipation({ regionCodes: [REGION], now: new Date() });
    expect(asOf).not.toBe(first);
    expect(asOf).toEqual(first);
  });
});
