// Gap analysis as a region meets it: its indicators ordered by what one more level gains, and for
// each the other regions at level 4-5 (official first, self-assessed only for members) and what
// they published to replicate.
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import type { GapView } from "../../app/modules/spbe/gap-analysis.server";
import { loader } from "../../app/routes/regions.$code.gap.$year";
import { DEMO, get, sessionFor } from "../support/accounts";

async function gap(code: string, year: number, email: string | null) {
  const result = await get(loader, `/regions/${code}/gap/${year}`, {
    params: { code, year: String(year) },
    ...(email ? { cookie: (await sessionFor(email)).cookie } : {}),
  });
  expect(result.status).toBe(200);
  return result.body as GapView;
}

describe("gap analysis", () => {
  it("orders the region's indicators by the index gained from one more level", async () => {
    const view = await gap("32.11", 2026, DEMO.devSumedang);
    expect(view.basis).toBe("self-assessment");
    expect(view.rows).toHaveLength(47);
    const gains = view.rows.map((row) => row.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    const levels = view.assessment.assessment!.levels;
    for (const row of view.rows) {
      expect(row.level).toBe(levels[row.number]?.level ?? 0);
      if (row.level === 5) expect(row.gain).toBe(0);
    }
  });

  it("names other regions at level 4-5, never the region itself, and self-assessed ones only for members", async () => {
    const member = await gap("32.11", 2026, DEMO.devBandung);
    const withPeers = member.rows.filter((row) => row.selfAssessedPeers.length > 0);
    expect(withPeers.length).toBeGreaterThan(0);
    for (const row of member.rows)
      for (const peer of [...row.officialPeers, ...row.selfAssessedPeers]) {
        expect(peer.region.code).not.toBe("32.11");
        expect(peer.level).toBeGreaterThanOrEqual(4);
      }
    // Checked against the table: every submitted/locked self-assessment at level >= 4 on the
    // first indicator in 2024-2026 is listed (latest year per region).
    const first = member.rows[0]!;
    const expected = await db().selfAssessmentLevel.findMany({
      where: {
        indicatorNumber: first.number,
        level: { gte: 4 },
        assessment: {
          year: { gte: 2024, lte: 2026 },
          status: { in: ["SUBMITTED", "LOCKED"] },
          regionCode: { not: "32.11" },
        },
      },
      select: { assessment: { select: { regionCode: true } } },
    });
    const regions = new Set(expected.map((row) => row.assessment.regionCode));
    // A region whose latest level dropped below 4 is not listed, so the page lists at most these.
    for (const peer of first.selfAssessedPeers) expect(regions.has(peer.region.code)).toBe(true);

    const anonymous = await gap("32.11", 2026, null);
    expect(anonymous.selfAssessedPeersShown).toBe(false);
    expect(anonymous.rows.every((row) => row.selfAssessedPeers.length === 0)).toBe(true);
    expect(anonymous.basis).toBe("none"); // the 2026 draft is not theirs to read
    expect(anonymous.rows.some((row) => row.officialPeers.length > 0)).toBe(true); // public 2024 results
  });

  it("lists other regions' published practices for the indicator, not the region's own", async () => {
    const view = await gap("32.73", 2026, DEMO.devBandung);
    const row = view.rows.find((r) => r.practices.length > 0);
    expect(row).toBeDefined();
    for (const r of view.rows) {
      for (const practice of r.practices) expect(practice.region.code).not.toBe("32.73");
      for (const entry of r.software) expect(entry.region.code).not.toBe("32.73");
    }
    const published = await db().practice.count({
      where: {
        status: "PUBLISHED",
        regionCode: { not: "32.73" },
        indicators: { some: { indicator: { number: row!.number } } },
      },
    });
    expect(row!.practices).toHaveLength(published);
  });

  it("answers 404 for an unknown year or region", async () => {
    for (const [code, year] of [
      ["32.11", "1990"],
      ["99.99", "2026"],
    ] as const) {
      const result = await get(loader, `/regions/${code}/gap/${year}`, { params: { code, year } });
      expect(result.status).toBe(404);
    }
  });
});
