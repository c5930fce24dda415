import { describe, expect, it } from "vitest";
import { dbPool } from "../../app/db.server";
import { createPostgresEngine } from "../../app/modules/search/postgres/postgres-engine.server";
import { compareCodePoints } from "../../app/modules/search/postgres/shard-statements";
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

describe("PostgreSQL engine: the projection in shards", () => {
  const viewer = ANONYMOUS_VIEWER;
  const request = (q: string) => ({ q, filters: {}, page: 1, limit: 10 });
  const documents = Array.from({ length: 40 }, (_, i) => ({
    key: `practice:shard-${i}`,
    type: "practice" as const,
    recordId: `shard-${i}`,
    slug: `shard-${i}`,
    // Titles repeat, so ties in rank and title are broken by key across shards.
    title: `Pojok baca ${["digital", "Desa", "kelurahan", "Digital"][i % 4]}`,
    summary: i % 3 === 0 ? "Pojok baca untuk warga." : "Perpustakaan keliling.",
    body: `Pojok baca nomor ${i}.`,
    url: `/practices/shard-${i}`,
    regionCode: i % 2 ? "32.11" : "32.73",
    regionName: i % 2 ? "Kabupaten Sumedang" : "Kota Bandung",
    provinceCode: "32",
    provinceName: "Jawa Barat",
    indicators: [i % 5],
    dimensions: [],
    year: 2020 + (i % 4),
    audience: "public",
    isDemo: false,
  }));

  it("spreads the documents over every shard and answers exactly as one table would", async () => {
    const engine = await emptyEngine();
    await engine.index(documents);
    const shards = await dbPool().query<{ shard: string; n: number }>(
      `SELECT tableoid::regclass::text AS shard, count(*)::int AS n FROM "SearchDocument" GROUP BY 1`,
    );
    expect(shards.rows.length).toBeGreaterThanOrEqual(2);
    for (const row of shards.rows) expect(row.n).toBeGreaterThan(0);

    // The reference: the whole table searched as a single shard.
    const oneTable = createPostgresEngine(dbPool(), { shards: [`"SearchDocument"`] });
    const sharded = createPostgresEngine(dbPool());
    for (const q of ["pojok baca", ""]) {
      const whole = await oneTable.search({ q, filters: {}, page: 1, limit: 40 }, viewer);
      expect(whole.total).toBe(40);
      const pages = [];
      for (let page = 1; page <= 6; page += 1) {
        const result = await sharded.search({ q, filters: {}, page, limit: 7 }, viewer);
        expect(result.total).toBe(whole.total);
        expect(result.facets).toEqual(whole.facets);
        pages.push(...result.hits);
      }
      // Page 1 is merged from the shards, later pages come from the whole table: together they
      // are the one-table answer, in PostgreSQL's own order.
      expect(pages).toEqual(whole.hits);
    }
  });

  it('merges the shards in exactly PostgreSQL\'s COLLATE "C" order', async () => {
    const titles = [
      "beta",
      "Alpha",
      "alpha",
      "Éclair",
      "eclair",
      "Zeta",
      "😀 emoji",
      "\uFB01 ligature",
      "a",
      "ab",
      "",
    ];
    const sorted = await dbPool().query<{ t: string }>(
      `SELECT t FROM unnest($1::text[]) AS t ORDER BY t COLLATE "C"`,
      [titles],
    );
    expect([...titles].sort(compareCodePoints)).toEqual(sorted.rows.map((row) => row.t));
  });

  it("matches an acronym typed in capitals exactly, a word typed in lower case by word form", async () => {
    const engine = await emptyEngine();
    await engine.index([
      { ...documents[0]!, key: "practice:perkada", slug: "perkada", title: "Perkada tentang SPBE" },
      { ...documents[1]!, key: "practice:kada", slug: "kada", title: "Kada dan warga" },
    ]);
    // "perkada" stems to "kada": in lower case it finds both, in capitals only the regulation.
    const lower = await engine.search(request("perkada"), viewer);
    expect(lower.hits.map((hit) => hit.slug).sort()).toEqual(["kada", "perkada"]);
    const capitals = await engine.search(request("PERKADA"), viewer);
    expect(capitals.hits.map((hit) => hit.slug)).toEqual(["perkada"]);
  });
});
