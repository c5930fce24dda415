import { describe, expect, it } from "vitest";
import { dbPool } from "../../app/db.server";
import { createPostgresEngine } from "../../app/modules/search/postgres/postgres-engine.server";
import { ANONYMOUS_VIEWER } from "../../app/modules/search/search.types";
import { defineSearchConformance } from "../support/search-conformance";

// The corpus of the suite only: this test file's database is a clone, the demo documents go.
async function emptyEngine() {
  await dbPool().query(`DELETE FROM "SearchDocument"; DELETE FROM "SearchTerm"`);
  return createPostgresEngine(dbPool());
}

defineSearchConformance("PostgreSQL", emptyEngine);

describe("PostgreSQL engine specifics", () => {
  const engine = () => createPostgresEngine(dbPool());
  const request = (q: string) => ({ q, filters: {}, page: 1, limit: 10 });

  it("answers a misspelt query with the corrected one and says so", async () => {
    const result = await engine().search(request("arsitektr"), ANONYMOUS_VIEWER);
    expect(result.corrected).toBe(true);
    expect(result.suggestion).toBe("arsitektur");
    expect(result.total).toBeGreaterThan(0);
  });

  it("takes 'or' between words (websearch syntax)", async () => {
    const result = await engine().search(
      request("reklame or perizinan or rahasiadinas"),
      ANONYMOUS_VIEWER,
    );
    expect(result.hits.map((hit) => hit.slug)).toEqual(["perizinan-online"]);
  });

  it("falls back to any word when all words together find nothing", async () => {
    const result = await engine().search(request("perizinan kapalselam"), ANONYMOUS_VIEWER);
    expect(result.hits.map((hit) => hit.slug)).toEqual(["perizinan-online"]);
  });

  it("does not suggest a word that only a private record contains", async () => {
    const result = await engine().search(request("rahasiadina"), ANONYMOUS_VIEWER);
    expect(result.total).toBe(0);
    expect(result.suggestion).toBeNull();
  });
});
