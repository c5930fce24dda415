// Evidence readiness: which claimed levels rest on evidence, and how many index points that is,
// checked against sums done by hand.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translator } from "../../app/i18n/translate";
import {
  computeReadiness,
  formatPoints,
  indicatorReadiness,
  type ReadinessEvidence,
} from "../../app/modules/evidence/readiness";
import type { ScoringFramework } from "../../app/modules/spbe/scoring";

const ASOF = "2026-12-03";
const ev = (
  level: number,
  reviewState: ReadinessEvidence["reviewState"] = "UNREVIEWED",
  expiresOn: string | null = null,
): ReadinessEvidence => ({ level, reviewState, expiresOn });

// Five indicators with weights 10, 20, 30, 25 and 15 %.
const small: ScoringFramework = {
  scaleMax: 5,
  predicates: [],
  domains: [
    {
      number: 1,
      aspects: [
        {
          number: 1,
          indicators: [
            { number: 1, weight: "10.000" },
            { number: 2, weight: "20.000" },
          ],
        },
      ],
    },
    {
      number: 2,
      aspects: [
        {
          number: 2,
          indicators: [
            { number: 3, weight: 30 },
            { number: 4, weight: 25 },
            { number: 5, weight: 15 },
          ],
        },
      ],
    },
  ],
};

describe("readiness of one claimed level", () => {
  it("is backed by accepted or unreviewed evidence of at least that level", () => {
    expect(indicatorReadiness(3, [ev(3, "ACCEPTED")], ASOF)).toBe("backed");
    expect(indicatorReadiness(3, [ev(5)], ASOF)).toBe("backed");
    expect(indicatorReadiness(3, [ev(2, "ACCEPTED")], ASOF)).toBe("missing");
    expect(indicatorReadiness(3, [], ASOF)).toBe("missing");
  });

  it("needs revision when the only evidence of that level was sent back", () => {
    expect(indicatorReadiness(3, [ev(3, "NEEDS_REVISION"), ev(2, "ACCEPTED")], ASOF)).toBe(
      "needsRevision",
    );
    expect(indicatorReadiness(3, [ev(3, "NEEDS_REVISION"), ev(4)], ASOF)).toBe("backed");
  });

  it("is expired when such evidence ran out before the day it is judged on", () => {
    expect(indicatorReadiness(3, [ev(3, "ACCEPTED", "2026-12-02")], ASOF)).toBe("expired");
    // The expiry day itself is still in force.
    expect(indicatorReadiness(3, [ev(3, "ACCEPTED", ASOF)], ASOF)).toBe("backed");
    expect(
      indicatorReadiness(3, [ev(3, "ACCEPTED", "2026-01-01"), ev(3, "NEEDS_REVISION")], ASOF),
    ).toBe("needsRevision");
  });
});

describe("index points backed by evidence", () => {
  it("matches a hand computation on a small framework", () => {
    const claimed = new Map([
      [1, 3],
      [2, 4],
      [3, 2],
      [4, 5],
    ]); // indicator 5 not rated
    const evidence = new Map<number, ReadinessEvidence[]>([
      [1, [ev(3, "ACCEPTED")]],
      [2, [ev(4, "NEEDS_REVISION"), ev(2, "ACCEPTED")]],
      [3, [ev(2, "UNREVIEWED", "2026-12-02")]],
      [4, [ev(5, "ACCEPTED", ASOF)]],
      [5, [ev(5)]],
    ]);
    const result = computeReadiness(small, claimed, evidence, ASOF);
    // Index: (3×10 + 4×20 + 2×30 + 5×25) / 100 = 295 / 100 = 2.95.
    // Backed: indicators 1 and 4: (3×10 + 5×25) / 100 = 155 / 100 = 1.55.
    expect(result.index).toBe(2.95);
    expect(result.backedPoints).toBe(1.55);
    expect(result.indexTenths).toBe(3);
    expect(result.backedTenths).toBe(1.6);
    expect(result.indicators.map((i) => i.state)).toEqual([
      "backed",
      "needsRevision",
      "expired",
      "backed",
      null,
    ]);
    expect(result.counts).toEqual({ backed: 2, needsRevision: 1, expired: 1, missing: 0 });
  });

  it("matches a hand computation on the SPBE 2020 framework", () => {
    const framework = JSON.parse(
      readFileSync(
        new URL("../../content/reference/spbe/permenpanrb-59-2020.json", import.meta.url),
        "utf8",
      ),
    ) as ScoringFramework;
    const claimed = new Map(Array.from({ length: 47 }, (_, i) => [i + 1, 3]));
    const evidence = new Map<number, ReadinessEvidence[]>();
    for (let n = 1; n <= 10; n++) evidence.set(n, [ev(3, "ACCEPTED")]); // 1.3 % each
    for (let n = 11; n <= 14; n++) evidence.set(n, [ev(3, "NEEDS_REVISION")]); // 2.5 % each
    evidence.set(32, [ev(4, "ACCEPTED", "2025-12-31")]); // 2.75 %, expired
    for (let n = 42; n <= 47; n++) evidence.set(n, [ev(4)]); // 3 % each, unreviewed
    const result = computeReadiness(framework, claimed, evidence, ASOF);
    // Index 3.00; backed: 10 × 3 × 1.3 / 100 + 6 × 3 × 3 / 100 = 0.39 + 0.54 = 0.93.
    expect(result.index).toBe(3);
    expect(result.backedPoints).toBe(0.93);
    expect(result.counts).toEqual({ backed: 16, needsRevision: 4, expired: 1, missing: 26 });
    const figure = (language: "id" | "en") =>
      translator(language)("evidenceReadiness.figure", {
        backed: formatPoints(result.backedTenths, language),
        index: formatPoints(result.indexTenths, language),
      });
    expect(figure("id")).toBe("0,9 dari 3,0 poin indeks didukung bukti");
    expect(figure("en")).toBe("0.9 of 3.0 index points backed by evidence");
  });

  it("rounds the one-decimal figures from the two-decimal ones shown beside them", () => {
    // 2.05 backed (41 × 5 %), 3.45 in all: shown as 2,1 of 3,5 (half-up of 2.05 and 3.45).
    const twenty = Array.from({ length: 20 }, (_, i) => ({ number: i + 1, weight: 5 }));
    const framework: ScoringFramework = {
      scaleMax: 5,
      predicates: [],
      domains: [{ number: 1, aspects: [{ number: 1, indicators: twenty }] }],
    };
    const levels = [5, 5, 5, 5, 5, 5, 5, 5, 1, 0, 5, 5, 4, 4, 3, 3, 2, 1, 1, 0];
    const claimed = new Map(levels.map((level, i) => [i + 1, level]));
    const evidence = new Map<number, ReadinessEvidence[]>(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, [ev(5)]]),
    );
    const result = computeReadiness(framework, claimed, evidence, ASOF);
    expect(result.index).toBe(3.45); // 69 level-points × 5 % / 100
    expect(result.backedPoints).toBe(2.05); // (8 × 5 + 1) × 5 / 100
    expect([result.backedTenths, result.indexTenths]).toEqual([2.1, 3.5]);
    expect(formatPoints(result.backedTenths, "id")).toBe("2,1");
  });
});
