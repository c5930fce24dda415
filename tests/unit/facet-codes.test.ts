import { describe, expect, it } from "vitest";
import { decodeFacet, facetCodes } from "../../app/modules/search/facet-codes";
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
