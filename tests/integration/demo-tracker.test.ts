// The demo study visits and commitments (scripts/lib/seed/demo-tracker.ts), as the test template
// seeded them: many regions across provinces visited Sumedang in 2025-2026, some other hosts;
// commitments in every status, all labelled demo, some stalled (no update, a milestone overdue),
// verified ones with every milestone confirmed with evidence and a higher level in the adopter's
// submitted 2026 self-assessment (the impact: before 2025, after 2026); Kota Bandung's commitment mentored by Sumedang waits for the mentor's confirmation;
// mostly members-only, some public; the seed adds nothing when run again.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { stalledWhere } from "../../app/modules/tracker/commitment-queries.server";
import { DEFAULT_STALL_SETTINGS } from "../../app/modules/tracker/stalled";
import { todayInWib } from "../../app/utils/calendar";
import { seedDemoTrackerOnce } from "../../scripts/lib/seed/demo-tracker";
import { impactOf } from "../../app/modules/tracker/impact.server";
import { DEMO } from "../support/accounts";
import { actor } from "../support/actors";

describe("demo study visits and commitments", () => {
  it("has many visits to Sumedang across provinces and years, and visits to other hosts", async () => {
    const visits = await db().studyVisit.findMany({
      select: {
        hostRegionCode: true,
        visitedOn: true,
        isDemo: true,
        visitorRegion: { select: { provinceCode: true } },
      },
    });
    expect(visits.every((v) => v.isDemo)).toBe(true);
    const toSumedang = visits.filter((v) => v.hostRegionCode === "32.11");
    expect(new Set(toSumedang.map((v) => v.visitorRegion.provinceCode)).size).toBeGreaterThan(10);
    expect(toSumedang.length).toBeGreaterThanOrEqual(20);
    const years = new Set(toSumedang.map((v) => v.visitedOn.getUTCFullYear()));
    expect([...years].sort()).toEqual([2025, 2026]);
    expect(visits.some((v) => v.hostRegionCode !== "32.11")).toBe(true);
  });

  it("has commitments in every status, all demo, cancelled ones with a reason, each with a timeline", async () => {
    const rows = await db().commitment.findMany({
      select: {
        status: true,
        isDemo: true,
        visibility: true,
        cancelReason: true,
        _count: { select: { events: true } },
      },
    });
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["DRAFT", "COMMITTED", "IN_PROGRESS", "IMPLEMENTED", "VERIFIED", "CANCELLED"]),
    );
    expect(rows.every((r) => r.isDemo && r._count.events > 0)).toBe(true);
    expect(rows.filter((r) => r.status === "CANCELLED").every((r) => r.cancelReason)).toBe(true);
    const publicOnes = rows.filter((r) => r.visibility === "PUBLIC").length;
    const members = rows.filter((r) => r.visibility === "MEMBERS").length;
    expect(publicOnes).toBeGreaterThan(0);
    expect(members).toBeGreaterThan(rows.length / 2);
  });

  it("has stalled commitments, by no update and by an overdue milestone", async () => {
    const today = todayInWib();
    const stalled = await db().commitment.findMany({
      where: stalledWhere(today, DEFAULT_STALL_SETTINGS),
      select: { lastActivityAt: true },
    });
    expect(stalled.length).toBeGreaterThanOrEqual(3);
    const overdue = await db().commitment.count({
      where: {
        ...stalledWhere(today, DEFAULT_STALL_SETTINGS),
        lastActivityAt: { gt: new Date(Date.now() - 20 * 86_400_000) },
      },
    });
    expect(overdue).toBeGreaterThan(0);
  });

  it("shows verified replications with confirmed, evidenced milestones and a level gained", async () => {
    const verified = await db().commitment.findMany({
      where: { status: "VERIFIED" },
      select: {
        adopterRegionCode: true,
        verifiedAt: true,
        milestones: { select: { state: true, _count: { select: { evidence: true } } } },
        indicators: {
          select: {
            baselineLevel: true,
            indicator: { select: { number: true, frameworkId: true } },
          },
        },
      },
    });
    expect(verified.length).toBeGreaterThanOrEqual(3);
    let gains = 0;
    for (const c of verified) {
      expect(c.verifiedAt).not.toBeNull();
      expect(c.milestones.length).toBeGreaterThan(0);
      expect(c.milestones.every((m) => m.state === "CONFIRMED" && m._count.evidence > 0)).toBe(
        true,
      );
      for (const target of c.indicators) {
        if (target.baselineLevel === null) continue;
        const later = await db().selfAssessmentLevel.findFirst({
          where: {
            indicatorNumber: target.indicator.number,
            assessment: {
              regionCode: c.adopterRegionCode,
              frameworkId: target.indicator.frameworkId,
              year: 2026,
              status: "SUBMITTED",
            },
          },
          select: { level: true },
        });
        expect(later!.level).toBeGreaterThan(target.baselineLevel);
        gains += 1;
      }
    }
    expect(gains).toBeGreaterThan(0);
  });

  it("shows the level gained in the impact (before 2025, after 2026)", async () => {
    const verified = await db().commitment.findMany({
      where: { status: "VERIFIED" },
      select: {
        id: true,
        adopterRegionCode: true,
        approvedAt: true,
        createdAt: true,
        indicators: {
          select: {
            baselineLevel: true,
            targetLevel: true,
            indicator: { select: { number: true } },
          },
        },
      },
    });
    const impacts = await impactOf(
      verified.map((c) => ({
        ...c,
        indicators: c.indicators.map((i) => ({
          number: i.indicator.number,
          baselineLevel: i.baselineLevel,
          targetLevel: i.targetLevel,
        })),
      })),
      await actor(DEMO.coordinator),
    );
    const gains = [...impacts.values()].flatMap((impact) =>
      impact.indicators.filter(
        (i) => i.selfBefore && i.selfAfter && i.selfAfter.value > i.selfBefore.value,
      ),
    );
    expect(gains.length).toBeGreaterThan(0);
    expect(gains.every((i) => i.selfBefore!.year === 2025 && i.selfAfter!.year === 2026)).toBe(
      true,
    );
  });

  it("counts verified replications for the most-replicated sort and as confirmed adoptions", async () => {
    const verified = await db().commitment.findMany({
      where: { status: "VERIFIED", visibility: { not: "PRIVATE" }, practiceId: { not: null } },
      select: { practiceId: true, adopterRegionCode: true },
    });
    const expected = new Map<string, Set<string>>();
    for (const c of verified) {
      const set = expected.get(c.practiceId!) ?? new Set<string>();
      set.add(c.adopterRegionCode);
      expected.set(c.practiceId!, set);
    }
    expect(expected.size).toBeGreaterThan(0);
    const practices = await db().practice.findMany({
      where: { replicationCount: { gt: 0 } },
      select: { id: true, replicationCount: true },
    });
    expect(new Map(practices.map((p) => [p.id, p.replicationCount]))).toEqual(
      new Map([...expected].map(([id, set]) => [id, set.size])),
    );
    const used = await db().commitmentSoftware.findMany({
      where: { commitment: { status: "VERIFIED" } },
      select: { softwareId: true, commitment: { select: { adopterRegionCode: true } } },
    });
    for (const u of used) {
      const adoption = await db().softwareAdoption.findUnique({
        where: {
          softwareId_regionCode: {
            softwareId: u.softwareId,
            regionCode: u.commitment.adopterRegionCode,
          },
        },
        select: { status: true },
      });
      expect(adoption?.status).toBe("CONFIRMED");
    }
  });

  it("gives Kota Bandung a commitment mentored by Sumedang with a milestone waiting for confirmation", async () => {
    const bandung = await db().commitment.findFirst({
      where: {
        adopterRegionCode: "32.73",
        mentorRegionCode: "32.11",
        status: "IN_PROGRESS",
        milestones: { some: { state: "DONE", evidence: { some: {} } } },
      },
      select: { responsible: { select: { email: true } }, visitId: true },
    });
    expect(bandung).toMatchObject({ responsible: { email: "dev.bandung@demo.livinglab.id" } });
    expect(bandung?.visitId).not.toBeNull();
  });

  it("adds nothing when seeded again", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      expect(await seedDemoTrackerOnce(client)).toBe(0);
    } finally {
      await client.end();
    }
  });
});
