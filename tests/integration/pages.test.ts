import { describe, expect, it } from "vitest";
import { loader as indicatorLoader } from "../../app/routes/spbe.indicators.$number";
import { loader as regionLoader } from "../../app/routes/regions.$code._index";
import { loaderArgs, status } from "../support/responses";

type Args = Parameters<typeof regionLoader>[0];
const args = (params: Record<string, string>) => loaderArgs("/", params) as Args;

describe("region profile", () => {
  it("shows Kabupaten Sumedang with its province, cohort and real SPBE index history", async () => {
    const { region } = await regionLoader(args({ code: "32.11" }));
    expect(region.name).toBe("Kabupaten Sumedang");
    expect(region.kind).toBe("kabupaten");
    expect(region.province).toEqual({ code: "32", name: "Jawa Barat" });
    expect(region.cohorts).toEqual([
      expect.objectContaining({ slug: "living-lab-pilot", role: "host", isDemo: true }),
    ]);
    // The published scores, then the demo official result for 2024 (labelled demo).
    const real = region.indexHistory.filter((point) => !point.isDemo);
    expect(real.map((point) => [point.year, point.index])).toEqual([
      [2020, 3.81],
      [2021, 3.52],
    ]);
    const demo = region.indexHistory.filter((point) => point.isDemo);
    expect(demo.map((point) => point.year)).toEqual([2024]);
    expect(demo[0]!.index).toBeGreaterThan(0);
    expect(demo[0]!.index).toBeLessThanOrEqual(5);
  });

  it("is 404 for an unknown or malformed code", async () => {
    expect(await status(regionLoader(args({ code: "99.99" })))).toBe(404);
    expect(await status(regionLoader(args({ code: "'; drop table" })))).toBe(404);
  });
});

describe("indicator page", () => {
  it("gives the five levels and the evidence expected for indicator 11", async () => {
    const { indicator } = await indicatorLoader(args({ number: "11" }) as never);
    expect(indicator.title).toBe("Arsitektur SPBE");
    expect(indicator.levels.map((level) => level.level)).toEqual([1, 2, 3, 4, 5]);
    expect(indicator.maturityLevels.map((level) => level.name)).toEqual([
      "Rintisan",
      "Terkelola",
      "Terdefinisi",
      "Terpadu dan Terukur",
      "Optimum",
    ]);
    expect(indicator.evidence.length).toBeGreaterThanOrEqual(2);
    expect([indicator.previousNumber, indicator.nextNumber]).toEqual([10, 12]);
  });

  it("is 404 past the last indicator", async () => {
    expect(await status(indicatorLoader(args({ number: "48" }) as never))).toBe(404);
    expect(await status(indicatorLoader(args({ number: "abc" }) as never))).toBe(404);
  });
});
