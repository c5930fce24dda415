// The search issue's acceptance on the demo data (content/practices, content/software, the SPBE
// framework, the regions): what people type, what comes first, typos, and who may see what, through
// search() and through the /search and GET /api/search loaders.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../app/auth/session.server";
import {
  createPracticeDraft,
  transitionPractice,
} from "../../app/modules/practices/practice-commands.server";
import { practiceContentSchema } from "../../app/modules/practices/practice.schema";
import { db } from "../../app/db.server";
import { search, searchEngine } from "../../app/modules/search/search.server";
import {
  FACET_NAMES,
  type SearchFilters,
  type SearchResponse,
} from "../../app/modules/search/search.types";
import { loader as apiSearchLoader } from "../../app/routes/api.search";
import { loader as searchPageLoader } from "../../app/routes/search";
import { DEMO, get, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";

const COMPLAINT_PRACTICES = [
  "pengaduan-terpadu-sumedang",
  "aduan-warga-kota-semarang",
  "pengaduan-desa-kabupaten-wajo",
];

function find(
  q: string,
  reader: SessionUser | null = null,
  extra: { filters?: SearchFilters; page?: number; limit?: number } = {},
): Promise<SearchResponse> {
  return search(
    { q, filters: extra.filters ?? {}, page: extra.page ?? 1, limit: extra.limit ?? 10 },
    reader,
  );
}

const keysOf = (result: SearchResponse) => result.hits.map((hit) => `${hit.type}:${hit.slug}`);
const practiceSlugs = (result: SearchResponse) =>
  result.hits.filter((hit) => hit.type === "practice").map((hit) => hit.slug);

/** The response without its timing, for comparing two answers. */
function withoutTiming(result: SearchResponse): Omit<SearchResponse, "tookMs"> {
  const { tookMs: _tookMs, ...rest } = result;
  return rest;
}

/** A made-up word no demo record contains (consonants after a prefix: no stemmer affix). */
function uniqueWord(prefix: string): string {
  const letters = "bcdfgjqvwxz";
  let word = prefix;
  for (let i = 0; i < 7; i += 1) word += letters[randomInt(letters.length)];
  return word;
}

/** The word with one letter changed (a typo someone could make). */
function typoOf(word: string): string {
  const at = word.length - 3;
  return `${word.slice(0, at)}${word[at] === "k" ? "m" : "k"}${word.slice(at + 1)}`;
}

describe("search on the demo data: what comes first", () => {
  it("'pelayanan pengaduan' finds the three complaint-handling practices among the first results", async () => {
    const result = await find("pelayanan pengaduan");
    expect(result.corrected).toBe(false);
    const firstFive = result.hits.slice(0, 5).map((hit) => hit.slug);
    for (const slug of COMPLAINT_PRACTICES) expect(firstFive).toContain(slug);
    // The complaint indicator is the other strong answer.
    expect(firstFive).toContain("42");
  });

  it.each(["tandatangan elektronik", "TTE", "tte", "tanda tangan elektronik"])(
    "'%s' gives the e-signature practice as the first hit",
    async (q) => {
      const result = await find(q);
      expect(practiceSlugs(result)[0]).toBe("tte-naskah-dinas-sumedang");
      expect(keysOf(result)[0]).toBe("practice:tte-naskah-dinas-sumedang");
      expect(result.hits[0]!.snippet).toMatch(/<mark>/);
    },
  );

  it("'arsitektur spbe' gives indicator 11 first and the two architecture practices in the first four", async () => {
    const result = await find("arsitektur spbe");
    expect(result.hits[0]).toMatchObject({ type: "indicator", slug: "11" });
    const firstFour = keysOf(result).slice(0, 4);
    expect(firstFour).toContain("practice:arsitektur-spbe-kota-bandung");
    expect(firstFour).toContain("practice:peta-rencana-spbe-kulon-progo");
  });
});

describe("search on the demo data: one-letter typos", () => {
  it("'arsitektr spbe' still gives indicator 11 first, and says the query was corrected", async () => {
    const result = await find("arsitektr spbe");
    expect(result.corrected).toBe(true);
    expect(result.suggestion).toBe("arsitektur spbe");
    expect(result.hits[0]).toMatchObject({ type: "indicator", slug: "11" });
    expect(keysOf(result).slice(0, 4)).toContain("practice:arsitektur-spbe-kota-bandung");
  });

  it("'pengduan' and 'pengaduna' find the complaint practices as 'pengaduan' does", async () => {
    const right = await find("pengaduan");
    for (const typo of ["pengduan", "pengaduna"]) {
      const result = await find(typo);
      expect(result.corrected, typo).toBe(true);
      expect(result.suggestion, typo).toBe("pengaduan");
      expect(result.total, typo).toBe(right.total);
      expect(result.hits.slice(0, 5).map((hit) => hit.slug)).toEqual(
        expect.arrayContaining(COMPLAINT_PRACTICES),
      );
    }
  });

  it("'tandatangn elektronik' gives the e-signature practice first", async () => {
    const result = await find("tandatangn elektronik");
    expect(result.corrected).toBe(true);
    expect(keysOf(result)[0]).toBe("practice:tte-naskah-dinas-sumedang");
  });

  it("'sumedng' gives the region Kabupaten Sumedang first, then its records", async () => {
    const result = await find("sumedng");
    expect(result.corrected).toBe(true);
    expect(result.hits[0]).toMatchObject({ type: "region", slug: "32.11" });
    expect(practiceSlugs(result)).toEqual(
      expect.arrayContaining(["pengaduan-terpadu-sumedang", "tte-naskah-dinas-sumedang"]),
    );
  });

  it("a query that matches as typed is not 'corrected' into something else", async () => {
    const result = await find("arsitektur spbe");
    expect(result.corrected).toBe(false);
    expect(result.suggestion).toBeNull();
  });
});

describe("search on the demo data: a draft practice and who sees it", () => {
  it("keeps a draft out of every anonymous answer, shows it to its region and the centre, and to everyone once published", async () => {
    const word = uniqueWord("zorbla");
    const developer = await actor(DEMO.devSumedang);
    const secretary = await actor(DEMO.sekdaSumedang);
    const coordinator = await actor(DEMO.coordinator);
    const otherRegion = await actor(DEMO.devBandung);

    const anonymousBefore = await find("pengaduan");
    const secretaryBefore = await find("pengaduan", secretary);
    // Members see the demo evidence shared with members too, so they are compared with themselves.
    const otherRegionBefore = await find("pengaduan", otherRegion);
    const anonymousFilteredBefore = await find("", null, {
      filters: { region: "32.11", year: 2026 },
    });

    const { slug } = await createPracticeDraft({
      actor: developer,
      regionCode: "32.11",
      content: practiceContentSchema.parse({
        title: `Pengaduan Pasar ${word} Sumedang`,
        summary: `Uji coba penanganan pengaduan pedagang pasar dengan ${word} sebelum diterbitkan.`,
        problem: `Pedagang pasar tidak tahu ke mana menyampaikan pengaduan ${word}.`,
        solution: "Satu meja aduan di kantor pasar.",
        results: "",
        challenges: "",
        conditions: "",
        replication: "",
        indicators: [42],
        dimensions: ["governance"],
        sector: "pengaduan",
        stage: "pilot",
        year: 2026,
        tags: ["pasar"],
      }),
      contacts: [{ name: "Kontak Uji", role: "Pengelola", email: "kontak.uji@example.go.id" }],
      origin: { ip: null, userAgent: null },
    });

    // Anonymous: no hit, no count, no snippet, no suggestion that gives the word away.
    const anonymousExact = await find(word);
    expect(anonymousExact.total).toBe(0);
    expect(anonymousExact.hits).toEqual([]);
    expect(JSON.stringify(anonymousExact)).not.toContain(word);
    const anonymousTypo = await find(typoOf(word));
    expect(anonymousTypo.total).toBe(0);
    expect(anonymousTypo.suggestion).toBeNull();
    expect(JSON.stringify(anonymousTypo)).not.toContain(word);
    const anonymousAfter = await find("pengaduan");
    expect(withoutTiming(anonymousAfter)).toEqual(withoutTiming(anonymousBefore));
    expect(JSON.stringify(anonymousAfter)).not.toContain(word);
    const anonymousFiltered = await find("", null, { filters: { region: "32.11", year: 2026 } });
    expect(withoutTiming(anonymousFiltered)).toEqual(withoutTiming(anonymousFilteredBefore));
    expect(JSON.stringify(anonymousFiltered)).not.toContain(word);

    // A developer of another region sees no more than before.
    const otherExact = await find(word, otherRegion);
    expect(otherExact.total).toBe(0);
    expect(JSON.stringify(otherExact)).not.toContain(word);
    expect(JSON.stringify(await find(typoOf(word), otherRegion))).not.toContain(word);
    expect(withoutTiming(await find("pengaduan", otherRegion))).toEqual(
      withoutTiming(otherRegionBefore),
    );

    // The region's secretary and the coordinator see it, with its facet counts.
    for (const reader of [secretary, coordinator, developer]) {
      const exact = await find(word, reader);
      expect(
        exact.hits.map((hit) => hit.slug),
        reader.email,
      ).toEqual([slug]);
      expect(exact.hits[0]!.snippet).toContain(`<mark>${word}</mark>`);
      expect(exact.facets.type).toEqual({ practice: 1 });
      expect(exact.facets.region).toEqual({ "32.11": 1 });
    }
    const secretaryAfter = await find("pengaduan", secretary);
    expect(secretaryAfter.total).toBe(secretaryBefore.total + 1);
    expect(secretaryAfter.facets.region["32.11"]).toBe(
      (secretaryBefore.facets.region["32.11"] ?? 0) + 1,
    );
    expect(secretaryAfter.facets.year["2026"]).toBe((secretaryBefore.facets.year["2026"] ?? 0) + 1);

    // Submitted is still not public.
    expect(
      await transitionPractice({
        actor: developer,
        slug,
        transition: "submit",
        origin: { ip: null, userAgent: null },
      }),
    ).toBe("done");
    expect((await find(word)).total).toBe(0);
    expect(JSON.stringify(await find("pengaduan"))).not.toContain(word);

    // Published: the projection changed in the publishing transaction, found at once.
    expect(
      await transitionPractice({
        actor: secretary,
        slug,
        transition: "publish",
        origin: { ip: null, userAgent: null },
      }),
    ).toBe("done");
    const published = await find(word);
    expect(published.hits).toHaveLength(1);
    expect(published.hits[0]).toMatchObject({
      type: "practice",
      slug,
      url: `/practices/${slug}`,
      region: { code: "32.11", name: "Kabupaten Sumedang" },
      year: 2026,
    });
    const anonymousPublished = await find("pengaduan");
    expect(anonymousPublished.total).toBe(anonymousBefore.total + 1);
    expect(anonymousPublished.facets.region["32.11"]).toBe(
      (anonymousBefore.facets.region["32.11"] ?? 0) + 1,
    );
    expect((await find(word, otherRegion)).total).toBe(1);

    // And through GET /api/search, anonymous.
    const api = await get(apiSearchLoader, `/api/search?q=${word}`);
    expect(api.status).toBe(200);
    expect((api.body as { hits: Array<{ slug: string }> }).hits.map((hit) => hit.slug)).toEqual([
      slug,
    ]);
  });

  it("a draft shows through the API to its region's secretary but not to a visitor", async () => {
    const word = uniqueWord("kwerta");
    const developer = await actor(DEMO.devSumedang);
    const { slug } = await createPracticeDraft({
      actor: developer,
      regionCode: "32.11",
      content: practiceContentSchema.parse({
        title: `Draf Layanan ${word} Desa`,
        summary: `Draf layanan desa ${word} yang belum diajukan untuk diterbitkan.`,
        problem: "",
        solution: "",
        results: "",
        challenges: "",
        conditions: "",
        replication: "",
        indicators: [],
        dimensions: [],
        sector: "administrasi",
        stage: "idea",
        year: 2026,
        tags: [],
      }),
      contacts: [],
      origin: { ip: null, userAgent: null },
    });
    const anonymous = await get(apiSearchLoader, `/api/search?q=${word}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ total: 0, hits: [] });
    expect(JSON.stringify(anonymous.body)).not.toContain(word);
    const { cookie } = await sessionFor(DEMO.sekdaSumedang);
    const secretary = await get(apiSearchLoader, `/api/search?q=${word}`, { cookie });
    expect(secretary.status).toBe(200);
    expect((secretary.body as { hits: Array<{ slug: string }> }).hits.map((h) => h.slug)).toEqual([
      slug,
    ]);
    const { cookie: otherCookie } = await sessionFor(DEMO.devBandung);
    const other = await get(apiSearchLoader, `/api/search?q=${word}`, { cookie: otherCookie });
    expect(other.body).toMatchObject({ total: 0, hits: [] });
  });
});

describe("search on the demo data: SPBE evidence", () => {
  /** The stored visibility of each evidence hit's record. */
  async function visibilities(result: SearchResponse) {
    const ids = result.hits.filter((hit) => hit.type === "evidence").map((hit) => hit.id);
    const rows = await db().evidenceRecord.findMany({
      where: { id: { in: ids } },
      select: { id: true, visibility: true, regionCode: true },
    });
    return ids.map((id) => rows.find((row) => row.id === id)!);
  }

  it("finds the seeded evidence by the text of its files, each reader only what they may read", async () => {
    // Words of the demo PDFs' text, not of any record's title or description.
    const q = "menetapkan kebijakan internal";
    const filters: SearchFilters = { type: "evidence" };
    const anonymous = await find(q, null, { filters, limit: 50 });
    expect(anonymous.total).toBeGreaterThan(0);
    expect(anonymous.hits[0]).toMatchObject({ type: "evidence", isDemo: true });
    expect(anonymous.hits[0]!.url).toBe(`/evidence/${anonymous.hits[0]!.id}`);
    expect(new Set((await visibilities(anonymous)).map((row) => row.visibility))).toEqual(
      new Set(["PUBLIC"]),
    );
    const member = await find(q, await actor(DEMO.devBandung), { filters, limit: 50 });
    const memberRows = await visibilities(member);
    expect(memberRows.some((row) => row.visibility === "MEMBERS")).toBe(true);
    expect(
      memberRows.filter((row) => row.visibility === "PRIVATE" && row.regionCode !== "32.73"),
    ).toEqual([]);
    expect(member.total).toBeGreaterThan(anonymous.total);
    const coordinator = await find(q, await actor(DEMO.coordinator), { filters });
    expect(coordinator.total).toBe(
      await db().evidenceRecord.count({
        where: {
          files: {
            some: {
              versions: { some: { extractedText: { contains: "menetapkan kebijakan internal" } } },
            },
          },
        },
      }),
    );
    expect(coordinator.total).toBeGreaterThan(member.total);
  });
});

describe("GET /api/search", () => {
  it("never shows a private evidence record to a visitor, as hit or in the type facet", async () => {
    const word = uniqueWord("notulen");
    // Queries the private word would change a visitor's answer to, if it leaked.
    const queries = [
      "q=pelayanan+pengaduan",
      "q=pengaduan&limit=50",
      "q=tte",
      "type=evidence",
      "region=32.11&limit=50",
      "indicator=42&limit=50",
    ];
    /** A visitor's answer, without its timing: the demo's public evidence is in it. */
    const visitorAnswer = async (query: string) => {
      const answer = await get(apiSearchLoader, `/api/search?${query}`);
      expect(answer.status, query).toBe(200);
      const { tookMs: _tookMs, ...body } = answer.body as { tookMs: number };
      return body;
    };
    const before = new Map<string, unknown>();
    for (const query of queries) before.set(query, await visitorAnswer(query));
    await searchEngine().index([
      {
        key: `evidence:uji-${word}`,
        type: "evidence",
        recordId: `uji-${word}`,
        slug: `uji-${word}`,
        title: `Notulen rapat pengaduan ${word}`,
        summary: `Bukti dukung internal tentang pelayanan pengaduan ${word}, belum boleh diumumkan.`,
        body: "Tanda tangan elektronik arsitektur SPBE.",
        url: `/evidence/uji-${word}`,
        regionCode: "32.11",
        regionName: "Kabupaten Sumedang",
        provinceCode: "32",
        provinceName: "Jawa Barat",
        indicators: [42],
        dimensions: [],
        year: 2025,
        audience: "32.11",
        isDemo: false,
      },
    ]);
    // The visitor's answers, hits, totals, facet counts and suggestions, are exactly as before.
    for (const query of queries) {
      const after = await visitorAnswer(query);
      expect(after, query).toEqual(before.get(query));
      expect(JSON.stringify(after), query).not.toContain(word);
    }
    // The word itself and a typo of it: nothing of the record, no suggestion towards it.
    for (const query of [`q=${word}`, `q=${typoOf(word)}`]) {
      const after = (await visitorAnswer(query)) as {
        hits: Array<{ slug: string }>;
        suggestion: string | null;
      };
      expect(
        after.hits.map((hit) => hit.slug),
        query,
      ).not.toContain(`uji-${word}`);
      expect(after.suggestion ?? "", query).not.toContain(word);
      expect(JSON.stringify(after), query).not.toContain(word);
    }
    // The record is there: the region's secretary finds it (so the checks above mean something).
    const { cookie } = await sessionFor(DEMO.sekdaSumedang);
    const secretary = await get(apiSearchLoader, `/api/search?q=${word}`, { cookie });
    expect(secretary.body).toMatchObject({
      total: 1,
      hits: [{ type: "evidence", slug: `uji-${word}` }],
      facets: { type: { evidence: 1 } },
    });
    const { cookie: otherCookie } = await sessionFor(DEMO.sekdaBandung);
    const other = await get(apiSearchLoader, `/api/search?q=${word}`, { cookie: otherCookie });
    expect(other.body).toMatchObject({ total: 0, hits: [] });
  });

  it("answers with exactly the documented keys, absolute URLs and all facets", async () => {
    const answer = await get(apiSearchLoader, "/api/search?q=tte");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
    const body = answer.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      ["total", "tookMs", "page", "limit", "suggestion", "corrected", "hits", "facets"].sort(),
    );
    expect(body).toMatchObject({ page: 1, limit: 10, suggestion: null, corrected: false });
    expect(typeof body.total).toBe("number");
    expect(typeof body.tookMs).toBe("number");
    const hits = body.hits as Array<Record<string, unknown>>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBe(Math.min(body.total as number, 10));
    for (const hit of hits) {
      expect(Object.keys(hit).sort()).toEqual(
        ["type", "id", "slug", "title", "snippet", "url", "region"].sort(),
      );
      for (const field of ["type", "id", "slug", "title", "snippet", "url"]) {
        expect(typeof hit[field], field).toBe("string");
      }
      const url = new URL(hit.url as string);
      expect(url.protocol).toMatch(/^https?:$/);
      expect(url.pathname).toMatch(/^\/(practices|software|regions|spbe\/indicators)\/[^/]+$/);
      if (hit.region !== null) {
        expect(Object.keys(hit.region as object).sort()).toEqual(["code", "name"]);
        expect((hit.region as { code: string }).code).toMatch(/^\d{2}\.\d{2}$/);
      }
    }
    const first = hits[0]!;
    expect(first).toMatchObject({
      type: "practice",
      slug: "tte-naskah-dinas-sumedang",
      region: { code: "32.11", name: "Kabupaten Sumedang" },
    });
    expect(first.url).toBe("http://localhost/practices/tte-naskah-dinas-sumedang");
    expect(first.snippet).toMatch(/<mark>[^<]+<\/mark>/);
    const indicator = hits.find((hit) => hit.type === "indicator");
    expect(indicator?.region).toBeNull();
    const facets = body.facets as Record<string, Record<string, number>>;
    expect(Object.keys(facets).sort()).toEqual([...FACET_NAMES].sort());
    // Every hit is counted once in the type facet, and the e-signature practice, the archive
    // indicator and the e-office software are among them.
    const typeCounts = Object.values(facets.type!);
    expect(typeCounts.reduce((sum, count) => sum + count, 0)).toBe(body.total);
    expect(facets.type).toMatchObject({ practice: 1, indicator: 1 });
    expect(facets.type!.software).toBeGreaterThanOrEqual(1);
  });

  it("pages with page and limit", async () => {
    const all = (await get(apiSearchLoader, "/api/search?q=arsitektur+spbe&limit=6")).body as {
      total: number;
      hits: Array<{ id: string }>;
    };
    expect(all.hits).toHaveLength(6);
    const second = (await get(apiSearchLoader, "/api/search?q=arsitektur+spbe&limit=3&page=2"))
      .body as { total: number; page: number; limit: number; hits: Array<{ id: string }> };
    expect(second).toMatchObject({ total: all.total, page: 2, limit: 3 });
    expect(second.hits.map((hit) => hit.id)).toEqual(all.hits.slice(3, 6).map((hit) => hit.id));
    const beyond = (await get(apiSearchLoader, `/api/search?q=arsitektur+spbe&page=50`)).body as {
      total: number;
      hits: unknown[];
    };
    expect(beyond.total).toBe(all.total);
    expect(beyond.hits).toEqual([]);
    const filtered = (
      await get(apiSearchLoader, "/api/search?q=arsitektur+spbe&type=practice&limit=50")
    ).body as { total: number; hits: Array<{ type: string }>; facets: { type: object } };
    expect(filtered.hits.length).toBe(filtered.total);
    expect(filtered.hits.every((hit) => hit.type === "practice")).toBe(true);
    expect(filtered.facets.type).toEqual({ practice: filtered.total });
  });

  it.each([
    ["region=abc", "region"],
    ["province=Jawa", "province"],
    ["type=dokumen", "type"],
    ["indicator=0", "indicator"],
    ["year=199", "year"],
  ])(
    "answers 400 to %s, in Bahasa Indonesia by default and in English with lang=en",
    async (query, field) => {
      const indonesian = await get(apiSearchLoader, `/api/search?q=tte&${query}`);
      expect(indonesian.status).toBe(400);
      expect(indonesian.body).toEqual({
        error: {
          status: 400,
          issues: [{ field, message: `Parameter pencarian \u201c${field}\u201d tidak valid.` }],
        },
      });
      const english = await get(apiSearchLoader, `/api/search?q=tte&${query}`, {
        cookie: "lang=en",
      });
      expect(english.status).toBe(400);
      expect(english.body).toEqual({
        error: {
          status: 400,
          issues: [{ field, message: `The search parameter \u201c${field}\u201d is not valid.` }],
        },
      });
    },
  );
});

describe("the /search page loader", () => {
  type PageData = Awaited<ReturnType<typeof searchPageLoader>>;

  it("without a query or filter shows the start state and does not search", async () => {
    const page = await get(searchPageLoader, "/search");
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ state: "start", q: "", result: null, labels: null });
    expect((page.body as PageData).title).toBe("Cari");
    const english = await get(searchPageLoader, "/search", { cookie: "lang=en" });
    expect((english.body as PageData).title).toBe("Search");
  });

  it("with a query shows results and names every region and province facet value", async () => {
    const page = await get(searchPageLoader, "/search?q=pelayanan+pengaduan");
    const data = page.body as PageData;
    expect(data.state).toBe("results");
    expect(data.q).toBe("pelayanan pengaduan");
    expect(data.title).toBe("pelayanan pengaduan · Cari");
    const result = data.result!;
    const labels = data.labels!;
    expect(result.hits.slice(0, 5).map((hit) => hit.slug)).toEqual(
      expect.arrayContaining(COMPLAINT_PRACTICES),
    );
    const regionCodes = Object.keys(result.facets.region);
    const provinceCodes = Object.keys(result.facets.province);
    expect(regionCodes.length).toBeGreaterThan(1);
    expect(Object.keys(labels.region).sort()).toEqual(regionCodes.sort());
    expect(Object.keys(labels.province).sort()).toEqual(provinceCodes.sort());
    expect(labels.region["32.11"]).toBe("Kabupaten Sumedang");
    expect(labels.region["33.74"]).toBe("Kota Semarang");
    expect(labels.province["32"]).toBe("Jawa Barat");
    for (const number of Object.keys(result.facets.indicator)) {
      expect(labels.indicator[number], number).toBeTruthy();
    }
    expect(labels.indicator["42"]).toBe("Layanan Pengaduan Pelayanan Publik Berbasis Elektronik");
  });

  it("with only a filter shows results, and names the selected filter values", async () => {
    const page = await get(searchPageLoader, "/search?region=32.11&type=practice");
    const data = page.body as PageData;
    expect(data.state).toBe("results");
    expect(data.result!.total).toBeGreaterThan(0);
    expect(data.result!.hits.every((hit) => hit.type === "practice")).toBe(true);
    expect(data.result!.hits.every((hit) => hit.region?.code === "32.11")).toBe(true);
    expect(data.labels!.region["32.11"]).toBe("Kabupaten Sumedang");
  });

  it("shows the answer for the corrected query when nothing matches as typed", async () => {
    const data = (await get(searchPageLoader, "/search?q=arsitektr+spbe")).body as PageData;
    expect(data.state).toBe("results");
    expect(data.result).toMatchObject({ corrected: true, suggestion: "arsitektur spbe" });
    expect(data.result!.hits[0]).toMatchObject({ type: "indicator", slug: "11" });
  });

  it("shows a draft to its region's secretary and not to a visitor", async () => {
    const word = uniqueWord("plimpa");
    await createPracticeDraft({
      actor: await actor(DEMO.devSumedang),
      regionCode: "32.11",
      content: practiceContentSchema.parse({
        title: `Draf Halaman Cari ${word}`,
        summary: `Draf untuk memeriksa halaman pencarian dengan kata ${word} di dalamnya.`,
        problem: "",
        solution: "",
        results: "",
        challenges: "",
        conditions: "",
        replication: "",
        indicators: [],
        dimensions: [],
        sector: "data",
        stage: "idea",
        year: 2026,
        tags: [],
      }),
      contacts: [],
      origin: { ip: null, userAgent: null },
    });
    const visitor = (await get(searchPageLoader, `/search?q=${word}`)).body as PageData;
    expect(visitor.state).toBe("results");
    expect(visitor.result!.total).toBe(0);
    expect(JSON.stringify(visitor.result)).not.toContain(word);
    const { cookie } = await sessionFor(DEMO.sekdaSumedang);
    const secretary = (await get(searchPageLoader, `/search?q=${word}`, { cookie }))
      .body as PageData;
    expect(secretary.result!.total).toBe(1);
  });
});
