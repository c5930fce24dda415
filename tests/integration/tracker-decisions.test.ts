// The dashboard's tracker decisions, counted as the transition table allows them: Kota Bandung's
// secretary approves Bandung's drafts (its developer approves nothing), Sumedang's secretary
// verifies the implemented replications of Sumedang's work, a coordinator verifies them all. The
// counts equal the rows counted directly, and the dashboard names the decisions.
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { commitmentDecisionsFor } from "../../app/modules/tracker/tracker-decisions.server";
import { loader as dashboardLoader } from "../../app/routes/dashboard";
import { DEMO, get } from "../support/accounts";
import { actor, cookieFor } from "../support/actors";

describe("tracker decisions on the dashboard", () => {
  it("counts the drafts a secretary approves and the replications a mentor verifies", async () => {
    const [sekdaBandung, devBandung, sekdaSumedang, coordinator] = await Promise.all([
      actor(DEMO.sekdaBandung),
      actor(DEMO.devBandung),
      actor(DEMO.sekdaSumedang),
      actor(DEMO.coordinator),
    ]);
    await db().commitment.create({
      data: {
        title: "Draf Bandung untuk disetujui",
        adopterRegionCode: "32.73",
        mentorRegionCode: "32.11",
      },
    });
    const bandungDrafts = await db().commitment.count({
      where: { status: "DRAFT", adopterRegionCode: "32.73" },
    });
    const sumedangImplemented = await db().commitment.count({
      where: { status: "IMPLEMENTED", mentorRegionCode: "32.11" },
    });
    const allImplemented = await db().commitment.count({ where: { status: "IMPLEMENTED" } });
    expect(sumedangImplemented).toBeGreaterThan(0);
    expect(bandungDrafts).toBeGreaterThan(0);

    const bandung = await commitmentDecisionsFor(sekdaBandung);
    expect(bandung.approve.count).toBe(bandungDrafts);
    expect(bandung.approve.href).toBe("/tracker?status=DRAFT&region=32.73");
    expect((await commitmentDecisionsFor(devBandung)).approve.count).toBe(0);
    const sumedang = await commitmentDecisionsFor(sekdaSumedang);
    expect(sumedang.verify.count).toBe(sumedangImplemented);
    expect(sumedang.verify.items.length).toBe(Math.min(10, sumedangImplemented));
    expect((await commitmentDecisionsFor(coordinator)).verify.count).toBe(allImplemented);

    const page = await get(dashboardLoader, "/dashboard", {
      cookie: await cookieFor(DEMO.sekdaSumedang),
    });
    const body = page.body as { waiting: { decisions: { verify: { count: number } } } };
    expect(body.waiting.decisions.verify.count).toBe(sumedangImplemented);
  });
});
