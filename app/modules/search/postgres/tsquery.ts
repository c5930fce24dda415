// The user's query as tsquery expressions: an AND of units, each an OR of its synonyms, or, for a
// query with syntax (quotes, minus, or), websearch_to_tsquery over the query and its synonym
// variants. One expression finds the matches, another (all stemmed) ranks and highlights them.
import { usesSyntax } from "../query-text";
import { synonymAlternatives, synonymUnits } from "../synonyms";

/**
 * A word typed in capitals ("TTE", "PERKADA", "SP4N") is an acronym or a code: it matches its
 * exact form (the `simple` half of the vector), so the stemmer cannot turn it into another word
 * ("perkada" would stem to "kada"). Everything else matches by word form (`indonesian`). Every
 * document is indexed in both forms, so the stemmed form alone already finds every exact match:
 * ORing the exact form in as well found nothing more and doubled the index lookups. A query typed
 * all in capitals (caps lock) and a query with syntax (quotes, minus, or) match by word form.
 */
export function isTypedAcronym(text: string): boolean {
  return /^[A-Z][A-Z0-9]+$/.test(text.trim());
}

/** Several words, all in capitals: caps lock, not acronyms ("PELAYANAN PUBLIK"). */
function typedInCapsLock(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 2 && words.every((word) => word === word.toUpperCase());
}

interface QueryText {
  /** Position of the text among the statement's parameters ($n). */
  index: number;
  exact: boolean;
}

/** The texts a query is made of, each added once to the parameters, and how they combine. */
export interface QueryShape {
  parse: "plainto_tsquery" | "websearch_to_tsquery";
  /** Units joined by `combine`, each an OR of its alternatives. */
  units: QueryText[][];
  combine: " && " | " || ";
}

export function queryShape(text: string, params: unknown[]): QueryShape {
  const capsLock = typedInCapsLock(text);
  const add = (value: string): QueryText => {
    params.push(value);
    return { index: params.length, exact: !capsLock && isTypedAcronym(value) };
  };
  if (usesSyntax(text)) {
    const variants = [text, ...synonymAlternatives(text)].map((variant) => [add(variant)]);
    return { parse: "websearch_to_tsquery", units: variants, combine: " || " };
  }
  return {
    parse: "plainto_tsquery",
    units: synonymUnits(text).map((alternatives) => alternatives.map(add)),
    combine: " && ",
  };
}

/**
 * The query as one tsquery expression: for matching (acronyms exact), or all stemmed, for ranking
 * and headlines, which read stems-only vectors and stemmed text.
 */
export function shapeExpression(shape: QueryShape, purpose: "match" | "rank"): string {
  const one = ({ index, exact }: QueryText) =>
    `${shape.parse}('${exact && purpose === "match" ? "simple" : "indonesian"}', unaccent($${index}))`;
  return shape.units.map((unit) => `(${unit.map(one).join(" || ")})`).join(shape.combine);
}
