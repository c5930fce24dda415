// The figure catalogue: every figure's label and definition is in both catalogues, and the
// definitions that depend on a threshold name the value in force.
import { describe, expect, it } from "vitest";
import { translator, isMessageKey } from "../../app/i18n/translate";
import { FIGURES, type FigureDefinitionParams } from "../../app/modules/monitoring/figures";

const params: FigureDefinitionParams = {
  activeDays: 17,
  lessActiveDays: 123,
  memberDays: 30,
  stallDays: 31,
  overdueDays: 14,
  year: "2026",
};

describe("the figure catalogue", () => {
  it("has a label and a definition for every figure, with every placeholder filled", () => {
    for (const language of ["id", "en"] as const) {
      const t = translator(language);
      for (const figure of FIGURES) {
        expect([figure.id, isMessageKey(figure.label), isMessageKey(figure.definition)]).toEqual([
          figure.id,
          true,
          true,
        ]);
        expect(t(figure.definition, params), figure.id).not.toMatch(/\{\w+\}/);
        expect(t(figure.label, params), figure.id).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("names the thresholds in force in the status and stalled definitions", () => {
    const t = translator("id");
    const status = FIGURES.find((f) => f.id === "status")!;
    expect(t(status.definition, params)).toContain("17 hari");
    expect(t(status.definition, params)).toContain("123 hari");
    const stalled = FIGURES.find((f) => f.id === "commitments.stalled")!;
    expect(t(stalled.definition, params)).toContain("31 hari");
    const evidence = FIGURES.find((f) => f.id === "evidenceCompleteness")!;
    expect(t(evidence.label, params)).toBe("Kelengkapan bukti 2026");
  });
});
