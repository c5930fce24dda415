import { describe, expect, it } from "vitest";
import { listAuditEvents } from "../../app/modules/audit/audit.server";
import {
  changeCohortMembers,
  getCohortForManagement,
} from "../../app/modules/cohorts/cohorts.server";
import { actor } from "../support/actors";
import { status } from "../support/responses";

const origin = { ip: "10.9.9.9", userAgent: "vitest" };

describe("managing the pilot cohort", () => {
  it("lets a coordinator add and remove members, audited, and refuses everyone else", async () => {
    const coordinator = await actor("koordinator@demo.livinglab.id");
    const before = await getCohortForManagement(coordinator, "living-lab-pilot");
    expect(before.members).toHaveLength(62);

    const add = { intent: "add", regionCode: "11.01", basis: "study-visit" } as const;
    expect(
      await changeCohortMembers({
        actor: coordinator,
        slug: "living-lab-pilot",
        change: add,
        origin,
      }),
    ).toEqual({ status: "changed" });
    expect(
      await changeCohortMembers({
        actor: coordinator,
        slug: "living-lab-pilot",
        change: add,
        origin,
      }),
    ).toEqual({ status: "unchanged" });
    const remove = { intent: "remove", regionCode: "32.73" } as const;
    expect(
      await changeCohortMembers({
        actor: coordinator,
        slug: "living-lab-pilot",
        change: remove,
        origin,
      }),
    ).toEqual({ status: "changed" });
    const after = await getCohortForManagement(coordinator, "living-lab-pilot");
    expect(after.members.map((m) => m.region.code)).toContain("11.01");
    expect(after.members.map((m) => m.region.code)).not.toContain("32.73");
    expect(after.members).toHaveLength(62);

    const audit = await listAuditEvents({ action: "cohort.member_added", page: 1, limit: 10 });
    expect(audit.items).toEqual([
      expect.objectContaining({
        actorEmail: "koordinator@demo.livinglab.id",
        regionCode: "11.01",
        ip: "10.9.9.9",
      }),
    ]);

    for (const email of ["sekda.sumedang@demo.livinglab.id", "dev.bandung@demo.livinglab.id"]) {
      const other = await actor(email);
      expect(await status(getCohortForManagement(other, "living-lab-pilot"))).toBe(403);
      expect(
        await status(
          changeCohortMembers({
            actor: other,
            slug: "living-lab-pilot",
            change: { intent: "remove", regionCode: "11.01" },
            origin,
          }),
        ),
      ).toBe(403);
    }
    expect((await getCohortForManagement(coordinator, "living-lab-pilot")).members).toHaveLength(
      62,
    );
    expect(await status(getCohortForManagement(coordinator, "no-such-cohort"))).toBe(404);
  });
});
