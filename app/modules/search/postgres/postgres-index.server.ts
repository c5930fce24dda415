// Writing the search projection (the SearchDocument table) and its vocabulary. The tsvector is
// built by PostgreSQL itself: title (A) above summary (B) above body (C), region names (D), each
// with the `indonesian` configuration (word forms: "pelayanan" and "layanan" share a stem) and the
// `simple` one (exact words: acronyms and codes stay as typed).
import { facetCodes } from "../facet-codes";
import type { SqlRunner } from "../sql-runner.server";
import type { SearchDocumentInput } from "../search.types";

const COLUMNS = `key text, type text, "recordId" text, slug text, title text, summary text, body text,
  url text, "regionCode" text, "regionName" text, "provinceCode" text, "provinceName" text,
  indicators int[], dimensions text[], year int, audience text, "isDemo" boolean,
  "facetCodes" int[]`;

function weighted(expression: string, weight: "A" | "B" | "C" | "D"): string {
  return `setweight(to_tsvector('indonesian', unaccent(${expression})), '${weight}') ||
    setweight(to_tsvector('simple', unaccent(${expression})), '${weight}')`;
}

/** Stems only: the small vectors read for every match when ranking stay half the size. */
function stemmed(expression: string, weight: "A" | "B"): string {
  return `setweight(to_tsvector('indonesian', unaccent(${expression})), '${weight}')`;
}

const UPSERT = `
INSERT INTO "SearchDocument" (key, type, "recordId", slug, title, summary, body, url, "regionCode",
  "regionName", "provinceCode", "provinceName", indicators, dimensions, year, audience, "isDemo", "facetCodes",
  "searchVector", "titleVector", "headVector", "updatedAt")
SELECT d.key, d.type, d."recordId", d.slug, d.title, d.summary, d.body, d.url, d."regionCode",
  d."regionName", d."provinceCode", d."provinceName", coalesce(d.indicators, '{}'),
  coalesce(d.dimensions, '{}'), d.year, d.audience, coalesce(d."isDemo", false),
  d."facetCodes",
  ${weighted("d.title", "A")} || ${weighted("d.summary", "B")} || ${weighted("d.body", "C")} ||
  ${weighted(`coalesce(d."regionName", '') || ' ' || coalesce(d."provinceName", '')`, "D")},
  ${stemmed("d.title", "A")},
  ${stemmed("d.title", "A")} || ${stemmed("d.summary", "B")},
  now()
FROM json_to_recordset($1::json) AS d(${COLUMNS})
ON CONFLICT (key) DO UPDATE SET
  type = EXCLUDED.type, "recordId" = EXCLUDED."recordId", slug = EXCLUDED.slug,
  title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body, url = EXCLUDED.url,
  "regionCode" = EXCLUDED."regionCode", "regionName" = EXCLUDED."regionName",
  "provinceCode" = EXCLUDED."provinceCode", "provinceName" = EXCLUDED."provinceName",
  indicators = EXCLUDED.indicators, dimensions = EXCLUDED.dimensions, year = EXCLUDED.year,
  audience = EXCLUDED.audience, "isDemo" = EXCLUDED."isDemo",
  "facetCodes" = EXCLUDED."facetCodes", "searchVector" = EXCLUDED."searchVector",
  "titleVector" = EXCLUDED."titleVector", "headVector" = EXCLUDED."headVector",
  "updatedAt" = now()`;

// Words for "did you mean": every word of three letters or more, lower case, without accents.
const VOCABULARY = `
INSERT INTO "SearchTerm" (term, documents)
SELECT word, count(DISTINCT d.key)::int
  FROM json_to_recordset($1::json) AS d(key text, title text, summary text, body text),
       regexp_split_to_table(lower(unaccent(d.title || ' ' || d.summary || ' ' || d.body)), '[^a-z0-9]+') AS word
 WHERE length(word) BETWEEN 3 AND 32
 GROUP BY word
ON CONFLICT (term) DO UPDATE SET documents = "SearchTerm".documents + EXCLUDED.documents`;

/** The columns that make a SearchDocumentInput, for reading documents back. */
export const SEARCH_DOCUMENT_COLUMNS = `key, type, "recordId", slug, title, summary, body, url,
  "regionCode", "regionName", "provinceCode", "provinceName", indicators, dimensions, year,
  audience, "isDemo"`;

const BATCH = 500;

export async function writeSearchDocuments(
  run: SqlRunner,
  documents: SearchDocumentInput[],
): Promise<void> {
  for (let start = 0; start < documents.length; start += BATCH) {
    const batch = JSON.stringify(
      documents
        .slice(start, start + BATCH)
        .map((document) => ({ ...document, facetCodes: facetCodes(document) })),
    );
    await run(UPSERT, [batch]);
    await run(VOCABULARY, [batch]);
  }
}

export async function deleteSearchDocuments(run: SqlRunner, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await run(
    `DELETE FROM "SearchDocument" WHERE key IN (SELECT json_array_elements_text($1::json))`,
    [JSON.stringify(keys)],
  );
}
