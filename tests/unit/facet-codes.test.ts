import { describe, expect, it } from "vitest";
import { DIMENSIONS } from "../../app/modules/practices/practice.schema";
import { decodeFacet, encodeFacet, facetCodes } from "../../app/modules/search/facet-codes";
import {
  FACET_NAMES,
  SEARCH_TYPES,
  type SearchDocumentInput,
} from "../../app/modules/search/search.types";

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
  audience: "public",
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

// The codes are stored with every search document: a list reordered by mistake would make every
// stored code mean another value. Each code is written out here, so such a change fails this test.
describe("stored facet codes", () => {
  it("give each facet its own million", () => {
    expect(FACET_NAMES).toEqual(["type", "province", "region", "indicator", "dimension", "year"]);
    expect(encodeFacet("type", "practice")).toBe(0);
    expect(encodeFacet("province", "00")).toBe(1_000_000);
    expect(encodeFacet("region", "00.00")).toBe(2_000_000);
    expect(encodeFacet("indicator", "0")).toBe(3_000_000);
    expect(encodeFacet("dimension", "governance")).toBe(4_000_000);
    expect(encodeFacet("year", "0")).toBe(5_000_000);
  });

  it("pin every search type", () => {
    expect(SEARCH_TYPES.map((type) => [type, encodeFacet("type", type)])).toEqual([
      ["practice", 0],
      ["software", 1],
      ["region", 2],
      ["indicator", 3],
      ["evidence", 4],
      ["commitment", 5],
    ]);
  });

  it("pin every smart-city dimension", () => {
    expect(DIMENSIONS.map((dimension) => [dimension, encodeFacet("dimension", dimension)])).toEqual(
      [
        ["governance", 4_000_000],
        ["branding", 4_000_001],
        ["economy", 4_000_002],
        ["living", 4_000_003],
        ["society", 4_000_004],
        ["environment", 4_000_005],
      ],
    );
  });

  it("pin provinces, regions, indicators and years by their digits", () => {
    expect(encodeFacet("province", "06")).toBe(1_000_006);
    expect(encodeFacet("province", "32")).toBe(1_000_032);
    expect(encodeFacet("region", "06.01")).toBe(2_000_601);
    expect(encodeFacet("region", "32.11")).toBe(2_003_211);
    expect(encodeFacet("indicator", "1")).toBe(3_000_001);
    expect(encodeFacet("indicator", "47")).toBe(3_000_047);
    expect(encodeFacet("year", "2024")).toBe(5_002_024);
  });

  it("decode the pinned codes back to their values", () => {
    expect(decodeFacet(4)).toEqual(["type", "evidence"]);
    expect(decodeFacet(4_000_005)).toEqual(["dimension", "environment"]);
    expect(decodeFacet(2_003_211)).toEqual(["region", "32.11"]);
    expect(decodeFacet(1_000_006)).toEqual(["province", "06"]);
    expect(decodeFacet(6_000_000)).toBeNull();
  });
});
