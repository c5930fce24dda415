// Query text helpers shared by both engines: words for spelling suggestions, the "any word"
// fallback when every word together finds nothing.

/** Lower case, accents removed (as PostgreSQL's unaccent would). */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a query worth checking for spelling (three letters or more). */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && word.length <= 32);
}

/** True when the query uses search syntax (quotes, minus, or): then it is taken as written. */
export function usesSyntax(query: string): boolean {
  return /["]|(^|\s)-\S|\sor\s/i.test(query);
}

/** "a b c" → "a or b or c" (websearch syntax), for plain queries of two words or more. */
export function anyWordQuery(query: string): string | null {
  if (usesSyntax(query)) return null;
  const words = query.trim().split(/\s+/).filter(Boolean);
  return words.length >= 2 ? words.join(" or ") : null;
}

/** Replaces whole words of the query by their corrections (folded words as keys). */
export function applyCorrections(query: string, corrections: Map<string, string>): string {
  return query
    .split(/(\s+)/)
    .map((token) => corrections.get(foldText(token)) ?? token)
    .join("");
}
