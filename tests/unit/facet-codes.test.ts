import { describe, expect, it } from "vitest";
import { decodeFacet, encodeFacet, facetCodes } from "../../app/modules/search/facet-codes";
import type { SearchDocumentInput } from "../../app/modules/search/search.types";

const document: SearchDocumentInput = {
  key: "practice:x",
  type: "practice",
  recordId: "x",
  slug: "x",
  title: "x",
  summary: "",
  body: "",
  url: "/practices/x",
  regionCode: "06.01",
  regionName: "Kabupaten Aceh Selatan",
  provinceCode: "06",
  provinceName: "Aceh",
  indicators: [1, 47],
  dimensions: ["governance", "environment"],
  year: 2024,
  restrictedTo: null,
  isDemo: false,
};

describe("facet codes", () => {
  it("give back every facet value as the API shows it, leading zeros included", () => {
    const decoded = facetCodes(document).map(decodeFacet);
    expect(decoded).toEqual([
      ["type", "practice"],
      ["province", "06"],
      ["region", "06.01"],
      ["indicator", "1"],
      ["indicator", "47"],
      ["dimension", "governance"],
      ["dimension", "environment"],
      ["year", "2024"],
    ]);
  });

  it("leave out what a document does not have, and an unknown dimension", () => {
    const indicator = {
      ...document,
      type: "indicator" as const,
      regionCode: null,
      provinceCode: null,
      year: null,
      dimensions: ["unknown"],
      indicators: [11],
    };
    expect(facetCodes(indicator).map(decodeFacet)).toEqual([
      ["type", "indicator"],
      ["indicator", "11"],
    ]);
  });
});

describe("facet values as filters", () => {
  it("encodes every facet value the API names to the code of the records that have it", () => {
    const record = { ...document, type: "software" as const, year: 2025, indicators: [42] };
    const values: Array<[Parameters<typeof encodeFacet>[0], string]> = [
      ["type", "software"],
      ["province", "06"],
      ["region", "06.01"],
      ["indicator", "42"],
      ["dimension", document.dimensions[0]!],
      ["year", "2025"],
    ];
    for (const [facet, value] of values) {
      const code = encodeFacet(facet, value);
      expect(code).not.toBeNull();
      expect(decodeFacet(code!)).toEqual([facet, value]);
      expect(facetCodes(record)).toContain(code);
    }
  });

  it("gives no code to a value no record can have", () => {
    expect(encodeFacet("type", "unknown")).toBeNull();
    expect(encodeFacet("dimension", "not-a-dimension")).toBeNull();
    expect(encodeFacet("region", "3211")).toBeNull();
    expect(encodeFacet("province", "3")).toBeNull();
  });
});
