// Facet values as integers, so that counting them over thousands of matches is one pass of
// integer hashing: code = facet number × 1,000,000 + value (type and dimension by their position
// in their list, province and region by their digits, indicator and year as they are).
import { DIMENSIONS } from "~/modules/practices/practice.schema";
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

export function facetCodes(document: SearchDocumentInput): number[] {
  const codes = [code("type", SEARCH_TYPES.indexOf(document.type))];
  if (document.provinceCode) codes.push(code("province", Number(document.provinceCode)));
  if (document.regionCode) codes.push(code("region", Number(document.regionCode.replace(".", ""))));
  for (const indicator of document.indicators) codes.push(code("indicator", indicator));
  for (const dimension of document.dimensions) {
    const position = (DIMENSIONS as readonly string[]).indexOf(dimension);
    if (position >= 0) codes.push(code("dimension", position));
  }
  if (document.year) codes.push(code("year", document.year));
  return codes;
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
      return /^\d{2}\.\d{2}$/.test(value) ? code(facet, Number(value.replace(".", ""))) : null;
    case "indicator":
    case "year":
      return /^\d{1,5}$/.test(value) ? code(facet, Number(value)) : null;
  }
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
