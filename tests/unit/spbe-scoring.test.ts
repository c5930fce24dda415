// The SPBE index as a region sees it: computed from the framework file's own weights and bands.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  computeIndex,
  gapOrder,
  type ScoringFramework,
  weightThousandths,
} from "../../app/modules/spbe/scoring";

const framework = JSON.parse(
  readFileSync(
    new URL("../../content/reference/spbe/permenpanrb-59-2020.json", import.meta.url),
    "utf8",
  ),
) as ScoringFramework;
const numbers = framework.domains
  .flatMap((d) => d.aspects)
  .flatMap((a) => a.indicators)
  .map((i) => i.number);
const allAt = (level: number, overrides: Record<number, number> = {}) =>
  new Map(numbers.map((n) => [n, overrides[n] ?? level]));

describe("SPBE index", () => {
  it("uses weights that sum to exactly 100 %", () => {
    const sum = framework.domains
      .flatMap((d) => d.aspects)
      .flatMap((a) => a.indicators)
      .reduce((total, i) => total + weightThousandths(i.weight), 0);
    expect(sum).toBe(100_000);
  });

  it("gives 5.00 and Memuaskan for a perfect self-assessment (the top band is closed)", () => {
    const result = computeIndex(framework, allAt(5));
    expect(result.index).toBe(5);
    expect(result.predicate?.name).toBe("Memuaskan");
    expect(result.domains.every((d) => d.index === 5)).toBe(true);
    expect(result.rated).toBe(numbers.length);
  });

  it("counts an indicator without a level as 0 and says how many are rated", () => {
    const result = computeIndex(framework, new Map([[42, 4]]));
    expect(result.rated).toBe(1);
    expect(result.indicatorCount).toBe(numbers.length);
    expect(result.index).toBe(0.12); // 4 × 3 % = 0.12
    expect(result.predicate?.name).toBe("Kurang");
    expect(result.aspects.find((a) => a.number === 8)?.index).toBe(0.67); // 4 / 6, half-up
  });

  it("puts an index of exactly 4.20 in Memuaskan, with no floating-point drift", () => {
    // All at 4, aspects 2 and 3 (indicators 11-18, 8 × 2.5 % = 20 %) at 5: 4 + 0.20.
    const levels = allAt(
      4,
      Object.fromEntries([11, 12, 13, 14, 15, 16, 17, 18].map((n) => [n, 5])),
    );
    const result = computeIndex(framework, levels);
    expect(result.index).toBe(4.2);
    expect(result.predicate?.name).toBe("Memuaskan");
    expect(result.domains.find((d) => d.number === 2)?.index).toBe(4.8); // 20 of its 25 % at 5
  });

  it("puts an index just under 4.20 (4.175, shown as 4.18) in Sangat Baik", () => {
    // All at 4, indicators 11-17 at 5: 4 + 7 × 0.025 = 4.175, half-up 4.18
    const levels = allAt(4, Object.fromEntries([11, 12, 13, 14, 15, 16, 17].map((n) => [n, 5])));
    const result = computeIndex(framework, levels);
    expect(result.index).toBe(4.18);
    expect(result.predicate?.name).toBe("Sangat Baik");
  });

  it("rounds half up: domain 4 at 5 and the rest at 0 is 2.275, shown as 2.28", () => {
    const domain4 = framework.domains.find((d) => d.number === 4)!;
    const levels = new Map(
      domain4.aspects.flatMap((a) => a.indicators).map((i) => [i.number, 5] as const),
    );
    const result = computeIndex(framework, levels);
    expect(result.index).toBe(2.28);
    expect(result.predicate?.name).toBe("Cukup");
    expect(result.domains.map((d) => d.index)).toEqual([0, 0, 0, 5]);
  });

  it("refuses a level off the scale", () => {
    expect(() => computeIndex(framework, allAt(3, { 7: 6 }))).toThrow(/off the scale/);
  });

  it("works for another framework with other indicators, weights, scale and bands", () => {
    const other: ScoringFramework = {
      scaleMax: 4,
      domains: [
        {
          number: 1,
          aspects: [
            {
              number: 1,
              indicators: [
                { number: 1, weight: "60.000" },
                { number: 2, weight: "40.000" },
              ],
            },
          ],
        },
      ],
      predicates: [
        { name: "Tinggi", nameEn: "High", min: 3, max: 4 },
        { name: "Rendah", nameEn: "Low", min: 0, max: 3 },
      ],
    };
    const result = computeIndex(other, { 1: 4, 2: 4 });
    expect(result.index).toBe(4);
    expect(result.predicate?.name).toBe("Tinggi");
    expect(computeIndex(other, { 1: 3, 2: 2 }).index).toBe(2.6);
    expect(gapOrder(other, { 1: 4, 2: 1 })[0]).toEqual({ number: 2, level: 1, gain: 0.4 });
  });
});

describe("gap order", () => {
  it("puts the indicators whose next level gains most first", () => {
    const order = gapOrder(framework, allAt(3));
    expect(order.slice(0, 6).map((row) => row.number)).toEqual([42, 43, 44, 45, 46, 47]);
    expect(order[0]?.gain).toBe(0.03);
    expect(order[6]).toEqual({ number: 32, level: 3, gain: 0.0275 });
    expect(order.at(-1)?.number).toBe(10); // 1.3 %, the smallest weight
  });

  it("gains nothing from an indicator already at the top, and prefers the lower level on a tie", () => {
    const order = gapOrder(framework, allAt(3, { 42: 5, 43: 1 }));
    expect(order[0]).toEqual({ number: 43, level: 1, gain: 0.03 });
    expect(order.find((row) => row.number === 42)?.gain).toBe(0);
    expect(order.at(-1)?.number).toBe(42);
  });
});
