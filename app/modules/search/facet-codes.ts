// Facet values as integers, so that counting them over thousands of matches is one pass of
// integer hashing: code = facet number × 1,000,000 + value (type and dimension by their position
// in their list, province and region by their digits, indicator and year as they are).
//
// The codes are stored (search documents of both engines), so they must not change when a list
// does: FACET_NAMES, SEARCH_TYPES and DIMENSIONS may only grow at their end, and
// tests/unit/facet-codes.test.ts pins every code of every list.
import { DIMENSIONS } from "~/modules/practices/practice.schema";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import {
  FACET_NAMES,
  SEARCH_TYPES,
  type FacetName,
  type SearchDocumentInput,
} from "./search.types";

const STEP = 1_000_000;

const facetNumber = (facet: FacetName) => FACET_NAMES.indexOf(facet);

function code(facet: FacetName, value: number): number {
  return facetNumber(facet) * STEP + value;
}

/** The code of a facet value as the API names it ("region", "32.11"), or null if it has none. */
export function encodeFacet(facet: FacetName, value: string): number | null {
  switch (facet) {
    case "type": {
      const position = (SEARCH_TYPES as readonly string[]).indexOf(value);
      return position >= 0 ? code(facet, position) : null;
    }
    case "dimension": {
      const position = (DIMENSIONS as readonly string[]).indexOf(value);
      return position >= 0 ? code(facet, position) : null;
    }
    case "province":
      return /^\d{2}$/.test(value) ? code(facet, Number(value)) : null;
    case "region":
      return regionCodeSchema.safeParse(value).success
        ? code(facet, Number(value.replace(".", "")))
        : null;
    case "indicator":
    case "year":
      return /^\d{1,5}$/.test(value) ? code(facet, Number(value)) : null;
  }
}

/**
 * The codes of every facet value a document has (an unknown dimension has none), through the
 * same encoding a filter uses, so a filter keeps exactly the records its count counted.
 */
export function facetCodes(document: SearchDocumentInput): number[] {
  const values: Array<[FacetName, string | number | null]> = [
    ["type", document.type],
    ["province", document.provinceCode],
    ["region", document.regionCode],
    ...document.indicators.map((indicator): [FacetName, number] => ["indicator", indicator]),
    ...document.dimensions.map((dimension): [FacetName, string] => ["dimension", dimension]),
    ["year", document.year],
  ];
  return values.flatMap(([facet, value]) => {
    const encoded = value ? encodeFacet(facet, String(value)) : null;
    return encoded === null ? [] : [encoded];
  });
}

/** The facet and value a code stands for, as the API shows them ("region", "32.11"). */
export function decodeFacet(value: number): [FacetName, string] | null {
  const facet = FACET_NAMES[Math.floor(value / STEP)];
  const raw = value % STEP;
  switch (facet) {
    case "type":
      return SEARCH_TYPES[raw] ? [facet, SEARCH_TYPES[raw]] : null;
    case "province":
      return [facet, String(raw).padStart(2, "0")];
    case "region": {
      const digits = String(raw).padStart(4, "0");
      return [facet, `${digits.slice(0, 2)}.${digits.slice(2)}`];
    }
    case "dimension":
      return DIMENSIONS[raw] ? [facet, DIMENSIONS[raw]] : null;
    case "indicator":
    case "year":
      return [facet, String(raw)];
    default:
      return null;
  }
}
