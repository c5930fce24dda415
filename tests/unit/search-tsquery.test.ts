import { describe, expect, it } from "vitest";
import {
  compareCandidates,
  type Candidate,
} from "../../app/modules/search/postgres/shard-statements";
import {
  isTypedAcronym,
  queryShape,
  shapeExpression,
} from "../../app/modules/search/postgres/tsquery";
import { factorCommonWords, synonymUnits } from "../../app/modules/search/synonyms";

describe("the query as tsquery expressions", () => {
  it("takes a word typed in capitals as an acronym or code, anything else as a word", () => {
    for (const text of ["TTE", "PERKADA", "SP4N", " OPD "]) expect(isTypedAcronym(text)).toBe(true);
    for (const text of ["tte", "Perkada", "T", "4G", "tanda tangan", "E-KTP"]) {
      expect(isTypedAcronym(text)).toBe(false);
    }
  });

  it("matches a typed acronym exactly and everything else by word form; ranks all by stem", () => {
    const params: unknown[] = [];
    const shape = queryShape("PERKADA naskah", params);
    expect(params).toEqual(["PERKADA", "naskah"]);
    expect(shapeExpression(shape, "match")).toBe(
      "(plainto_tsquery('simple', unaccent($1))) && (plainto_tsquery('indonesian', unaccent($2)))",
    );
    expect(shapeExpression(shape, "rank")).toBe(
      "(plainto_tsquery('indonesian', unaccent($1))) && (plainto_tsquery('indonesian', unaccent($2)))",
    );
  });

  it("takes a query typed all in capitals as caps lock: its words match by word form", () => {
    const params: unknown[] = [];
    const match = shapeExpression(queryShape("PELAYANAN PUBLIK", params), "match");
    expect(match).not.toContain("'simple'");
    expect(shapeExpression(queryShape("PERKADA", []), "match")).toContain("'simple'");
    expect(shapeExpression(queryShape("PERKADA naskah", []), "match")).toContain("'simple'");
  });

  it("keeps the typed form first in a synonym unit, so 'TTE' matches exactly and its synonyms by word form", () => {
    const params: unknown[] = [];
    const match = shapeExpression(queryShape("TTE", params), "match");
    expect(params[0]).toBe("TTE");
    expect(params).toContain("tanda tangan elektronik");
    expect(match.startsWith("(plainto_tsquery('simple', unaccent($1)) || ")).toBe(true);
    expect(match.match(/'simple'/g)).toHaveLength(1);
  });

  it("reads a query with syntax with websearch_to_tsquery, its synonym variants ORed", () => {
    const params: unknown[] = [];
    const match = shapeExpression(queryShape('"naskah dinas" -desa', params), "match");
    expect(params).toEqual(['"naskah dinas" -desa']);
    expect(match).toBe("(websearch_to_tsquery('indonesian', unaccent($1)))");
  });
});

describe("merging the shards' candidates", () => {
  const candidate = (rank: number, title: string, key: string): Candidate => ({ rank, title, key });

  it('orders by rank, then title and key in code-point order, as the SQL does (COLLATE "C")', () => {
    const merged = [
      candidate(0.5, "beta", "k3"),
      candidate(0.5, "Alpha", "k2"),
      candidate(1.2, "Zeta", "k9"),
      candidate(0.5, "Alpha", "k1"),
      candidate(0.5, "Éclair", "k4"),
      candidate(0.1, "alpha", "k5"),
    ].sort(compareCandidates);
    expect(merged.map((item) => item.key)).toEqual(["k9", "k1", "k2", "k3", "k4", "k5"]);
  });
});

describe("synonym units", () => {
  it("pulls words shared by every alternative out into units of their own", () => {
    expect(synonymUnits("satu data")).toEqual([["data"], ["satu", "one", "terpadu"]]);
    expect(factorCommonWords(["ttd elektronik", "tanda tangan elektronik"])).toEqual([
      ["elektronik"],
      ["ttd", "tanda tangan"],
    ]);
  });

  it("lets an alternative that is only the shared words absorb the others", () => {
    expect(factorCommonWords(["data", "satu data"])).toEqual([["data"]]);
  });

  it("keeps alternatives with nothing in common as one unit, the typed form first", () => {
    const [unit] = synonymUnits("TTE");
    expect(unit![0]).toBe("TTE");
    expect(unit).toContain("tanda tangan elektronik");
    expect(synonymUnits("layanan pengaduan")).toEqual([
      ["layanan"],
      ["pengaduan", "aduan", "keluhan"],
    ]);
  });
});
