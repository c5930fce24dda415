// What the Meilisearch engine sends, tested without a server: the pure request builders
// (meili-requests.ts), then the engine's real HTTP traffic through the `meilisearch` client with a
// stubbed global fetch that records each request and answers the way Meilisearch does (tasks
// enqueued, then polled on GET /tasks/:uid until they succeed or fail).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createMeiliEngine,
  type Stemmer,
} from "../../app/modules/search/meilisearch/meili-engine.server";
import {
  FACET_ATTRIBUTES,
  indexSettings,
  meiliId,
  searchFilter,
  searchParams,
  stemQuery,
  toMeiliDocument,
} from "../../app/modules/search/meilisearch/meili-requests";
import { MARK_END, MARK_START } from "../../app/modules/search/snippet";
import {
  ANONYMOUS_VIEWER,
  FACET_NAMES,
  MEMBERS_AUDIENCE,
  PUBLIC_AUDIENCE,
  type SearchDocumentInput,
  type SearchRequest,
} from "../../app/modules/search/search.types";
import { SYNONYM_GROUPS } from "../../app/modules/search/synonyms";
import { CORPUS } from "../support/search-conformance";

// A fake stemmer that makes its effect visible: words longer than four letters lose a leading
// "pe" and a trailing "an" ("pelayanan" → "layan", "tangan" → "tang", "dan" stays).
function stemWord(word: string): string {
  return word.length > 4 ? word.replace(/^pe/, "").replace(/an$/, "") : word;
}
function stemText(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stemWord)
    .join(" ");
}
const fakeStemmer: Stemmer = async (texts) => texts.map(stemText);

// Meilisearch document ids: letters, digits, "-" and "_", at most 511 bytes.
const VALID_MEILI_ID = /^[A-Za-z0-9_-]{1,511}$/;

function doc(partial: Partial<SearchDocumentInput> = {}): SearchDocumentInput {
  return {
    key: "practice:pelayanan-1",
    type: "practice",
    recordId: "pelayanan-1",
    slug: "pelayanan-terpadu",
    title: "Pelayanan Terpadu",
    summary: "Pengaduan warga ditangani perangkat daerah.",
    body: "Tanda tangan elektronik untuk naskah dinas.",
    url: "/practices/pelayanan-terpadu",
    regionCode: "32.11",
    regionName: "Kabupaten Sumedang",
    provinceCode: "32",
    provinceName: "Jawa Barat",
    indicators: [37, 42],
    dimensions: ["governance"],
    year: 2023,
    audience: "public",
    isDemo: false,
    ...partial,
  };
}

function request(q: string, extra: Partial<SearchRequest> = {}): SearchRequest {
  return { q, filters: {}, page: 1, limit: 10, ...extra };
}

/**
 * Reads one quoted value of a Meilisearch filter the way Meilisearch's filter parser does
 * (crates/filter-parser/src/value.rs: a backslash takes the next character with it, the value ends
 * at the first unescaped quote; then escapes are resolved). Returns the value and the rest.
 */
function readQuoted(expression: string): { value: string; rest: string } {
  if (expression[0] !== '"') throw new Error(`not a quoted value: ${expression}`);
  let raw = "";
  for (let i = 1; i < expression.length; i++) {
    const char = expression[i]!;
    if (char === "\\") {
      raw += char + (expression[i + 1] ?? "");
      i++;
    } else if (char === '"') {
      return { value: raw.replace(/\\(.)/g, "$1"), rest: expression.slice(i + 1) };
    } else raw += char;
  }
  throw new Error(`unterminated quoted value: ${expression}`);
}

describe("Meilisearch request builders", () => {
  describe("indexSettings()", () => {
    const settings = indexSettings(stemText);

    it("searches the texts as written and their stemmed *_stem twins, titles first", () => {
      expect(settings.searchableAttributes).toEqual([
        "title",
        "title_stem",
        "summary",
        "summary_stem",
        "body",
        "body_stem",
        "regionName",
        "provinceName",
      ]);
    });

    it("can filter on every facet attribute and on access", () => {
      expect([...settings.filterableAttributes].sort()).toEqual(
        ["type", "provinceCode", "regionCode", "indicators", "dimensions", "year", "access"].sort(),
      );
      for (const name of FACET_NAMES) {
        expect(settings.filterableAttributes).toContain(FACET_ATTRIBUTES[name]);
      }
    });

    it("ranks by words, typo, proximity, attribute, sort, exactness", () => {
      expect(settings.rankingRules).toEqual([
        "words",
        "typo",
        "proximity",
        "attribute",
        "sort",
        "exactness",
      ]);
      expect(settings.typoTolerance.enabled).toBe(true);
    });

    it("carries the government synonyms in both directions, stemmed like the query", () => {
      const { synonyms } = settings;
      // "tangan" is stemmed to "tang": the synonym is what a stemmed query will contain.
      expect(synonyms["tte"]).toContain("tanda tang elektronik");
      expect(synonyms["tanda tang elektronik"]).toContain("tte");
      expect(synonyms["tanda tangan elektronik"]).toBeUndefined();
      expect(synonyms["opd"]).toEqual(expect.arrayContaining(["skpd", "rangkat daerah"]));
      expect(synonyms["skpd"]).toContain("opd");
      expect(synonyms["adminduk"]).toEqual(["administrasi kependuduk"]);
      expect(synonyms["administrasi kependuduk"]).toEqual(["adminduk"]);
      expect(synonyms["diskominfo"]).toEqual(
        expect.arrayContaining(["dinas komunikasi dan informatika", "kominfo"]),
      );
      expect(synonyms["kominfo"]).toContain("diskominfo");
    });

    it("lists each synonym group in full, never a variant as its own synonym", () => {
      const { synonyms } = settings;
      for (const group of SYNONYM_GROUPS) {
        const variants = [...new Set(group.map(stemText))];
        for (const variant of variants) {
          expect(synonyms[variant]).toBeDefined();
          expect(synonyms[variant]).not.toContain(variant);
          expect([...synonyms[variant]!, variant].sort()).toEqual([...variants].sort());
        }
      }
    });

    it("keeps the synonyms unstemmed without a transform", () => {
      expect(indexSettings((text) => text).synonyms["tte"]).toContain("tanda tangan elektronik");
    });
  });

  describe("toMeiliDocument()", () => {
    const stems = { title: "layan terpadu", summary: "ngadu warga", body: "tanda tang" };

    it("sanitises the key into a valid Meilisearch id and keeps the key as it is", () => {
      const region = toMeiliDocument(
        doc({ key: "region:32.11", type: "region", recordId: "32.11" }),
        stems,
      );
      expect(region.id).toBe("region__32-11");
      expect(region.id).toMatch(VALID_MEILI_ID);
      expect(region.key).toBe("region:32.11");
      expect(meiliId("practice:4f0c2a9e-1b2c-4d5e-8f90-123456789abc")).toBe(
        "practice__4f0c2a9e-1b2c-4d5e-8f90-123456789abc",
      );
      expect(meiliId("indicator:11")).toBe("indicator__11");
      expect(meiliId("software:a b/c:d")).toMatch(VALID_MEILI_ID);
    });

    it("gives distinct, valid ids to the documents of the conformance corpus", () => {
      const ids = CORPUS.map((document) => meiliId(document.key));
      for (const id of ids) expect(id).toMatch(VALID_MEILI_ID);
      expect(new Set(ids).size).toBe(CORPUS.length);
    });

    it("marks a public record 'public' and a private one with its region", () => {
      expect(toMeiliDocument(doc(), stems).access).toBe(PUBLIC_AUDIENCE);
      expect(PUBLIC_AUDIENCE).toBe("public");
      expect(toMeiliDocument(doc({ audience: MEMBERS_AUDIENCE }), stems).access).toBe("members");
      expect(toMeiliDocument(doc({ audience: "32.11" }), stems).access).toBe("32.11");
    });

    it("carries every field, plus the stemmed texts in *_stem", () => {
      const input = doc({ isDemo: true });
      expect(toMeiliDocument(input, stems)).toEqual({
        id: "practice__pelayanan-1",
        key: input.key,
        type: "practice",
        recordId: "pelayanan-1",
        slug: "pelayanan-terpadu",
        title: "Pelayanan Terpadu",
        summary: input.summary,
        body: input.body,
        title_stem: "layan terpadu",
        summary_stem: "ngadu warga",
        body_stem: "tanda tang",
        url: "/practices/pelayanan-terpadu",
        regionCode: "32.11",
        regionName: "Kabupaten Sumedang",
        provinceCode: "32",
        provinceName: "Jawa Barat",
        indicators: [37, 42],
        dimensions: ["governance"],
        year: 2023,
        access: "public",
        isDemo: true,
      });
    });
  });

  describe("searchFilter() and searchParams()", () => {
    it("lets an anonymous reader see public records only", () => {
      expect(searchFilter(request("x"), ANONYMOUS_VIEWER)).toEqual(['access IN ["public"]']);
    });

    it("lets a signed-in member see members records, and a member without regions nothing private", () => {
      expect(searchFilter(request("x"), { members: true, privateRegions: [] })).toEqual([
        'access IN ["public", "members"]',
      ]);
    });

    it("adds the private regions a reader may see", () => {
      expect(
        searchFilter(request("x"), { members: true, privateRegions: ["32.11", "34.01"] }),
      ).toEqual(['access IN ["public", "members", "32.11", "34.01"]']);
    });

    it("drops the access filter for a reader who may see everything", () => {
      expect(searchFilter(request("x"), { members: true, privateRegions: "all" })).toEqual([]);
    });

    it("turns each facet filter into an expression on its attribute", () => {
      const one = (filters: SearchRequest["filters"]) =>
        searchFilter(request("x", { filters }), { members: true, privateRegions: "all" });
      expect(one({ type: "software" })).toEqual(['type = "software"']);
      expect(one({ province: "32" })).toEqual(['provinceCode = "32"']);
      expect(one({ region: "32.11" })).toEqual(['regionCode = "32.11"']);
      expect(one({ indicator: 42 })).toEqual(["indicators = 42"]);
      expect(one({ dimension: "governance" })).toEqual(['dimensions = "governance"']);
      expect(one({ year: 2024 })).toEqual(["year = 2024"]);
      expect(
        searchFilter(
          request("x", {
            filters: {
              type: "practice",
              province: "32",
              region: "32.11",
              indicator: 42,
              dimension: "governance",
              year: 2023,
            },
          }),
          ANONYMOUS_VIEWER,
        ),
      ).toEqual([
        'access IN ["public"]',
        'type = "practice"',
        'provinceCode = "32"',
        'regionCode = "32.11"',
        "indicators = 42",
        'dimensions = "governance"',
        "year = 2023",
      ]);
    });

    it("escapes quotes and backslashes so a value cannot break out of its expression", () => {
      const hostile = [
        '32" OR access = "32.11',
        '32\\" OR access = "32.11',
        "x\\",
        '"',
        '\\"\\"',
        "a\\nb",
      ];
      for (const value of hostile) {
        const [expression] = searchFilter(request("x", { filters: { region: value } }), {
          members: true,
          privateRegions: "all",
        });
        expect(expression?.startsWith("regionCode = ")).toBe(true);
        const { value: parsed, rest } = readQuoted(expression!.slice("regionCode = ".length));
        // The whole value is one quoted token, read back exactly, with nothing after it.
        expect(parsed).toBe(value);
        expect(rest).toBe("");
      }
      const [access] = searchFilter(request("x"), {
        members: true,
        privateRegions: ['32" OR type = "x'],
      });
      expect(access).toBe('access IN ["public", "members", "32\\" OR type = \\"x"]');
    });

    it("asks for the facets, the page, cropped and highlighted texts with the mark tags", () => {
      const params = searchParams(request("x", { page: 3, limit: 7 }), ANONYMOUS_VIEWER);
      expect(params.filter).toEqual(['access IN ["public"]']);
      expect(params.facets).toEqual([
        "type",
        "provinceCode",
        "regionCode",
        "indicators",
        "dimensions",
        "year",
      ]);
      expect(params.page).toBe(3);
      expect(params.hitsPerPage).toBe(7);
      expect(params.attributesToCrop).toEqual(["summary", "body"]);
      expect(params.attributesToHighlight).toEqual(["summary", "body"]);
      expect(params.highlightPreTag).toBe(MARK_START);
      expect(params.highlightPostTag).toBe(MARK_END);
      // The full texts and their stems never travel back; the snippet comes from _formatted.
      for (const field of [
        "summary",
        "body",
        "title_stem",
        "summary_stem",
        "body_stem",
        "access",
      ]) {
        expect(params.attributesToRetrieve).not.toContain(field);
      }
    });
  });

  describe("stemQuery()", () => {
    it("stems each word and keeps quotes, minus and the rest as typed", async () => {
      expect(await stemQuery('pelayanan "tanda tangan" -desa', fakeStemmer)).toBe(
        'layan "tanda tang" -desa',
      );
      expect(await stemQuery('  "pelayanan pengaduan" -pelatihan  ', fakeStemmer)).toBe(
        '"layan ngadu" -latih',
      );
    });

    it("stems all words in one call", async () => {
      const stem = vi.fn(fakeStemmer);
      await stemQuery("pelayanan pengaduan perizinan", stem);
      expect(stem).toHaveBeenCalledTimes(1);
      expect(stem).toHaveBeenCalledWith(["pelayanan", "pengaduan", "perizinan"]);
    });

    it("keeps a word the stemmer has nothing for, and sends nothing for an empty query", async () => {
      const stem = vi.fn(async (words: string[]) => words.map(() => ""));
      expect(await stemQuery("日本 -desa", stem)).toBe("日本 -desa");
      const never = vi.fn(fakeStemmer);
      expect(await stemQuery("  ", never)).toBe("");
      expect(await stemQuery('" -', never)).toBe('" -');
      expect(never).not.toHaveBeenCalled();
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The engine's HTTP traffic, against a fake Meilisearch behind a stubbed global fetch.

interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  authorization: string | null;
}

type TaskOutcome = { status: "succeeded" } | { status: "failed"; message: string; code: string };

interface FakeMeiliOptions {
  indexes?: string[];
  searchResponse?: unknown;
  /** Outcome of the task of a request ("POST /indexes/x/documents" → failed). */
  outcome?: (method: string, path: string) => TaskOutcome;
}

function fakeMeilisearch(options: FakeMeiliOptions = {}) {
  const requests: RecordedRequest[] = [];
  const indexes = new Set(options.indexes ?? []);
  const tasks = new Map<number, { outcome: TaskOutcome; type: string; indexUid: string | null }>();
  const polls = new Map<number, number>();
  let nextTask = 0;

  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json" },
    });
  const enqueue = (type: string, indexUid: string | null, method: string, path: string) => {
    const uid = nextTask++;
    tasks.set(uid, {
      outcome: options.outcome?.(method, path) ?? { status: "succeeded" },
      type,
      indexUid,
    });
    return json(202, {
      taskUid: uid,
      indexUid,
      status: "enqueued",
      type,
      enqueuedAt: new Date().toISOString(),
    });
  };
  const notFound = (uid: string) =>
    json(404, {
      message: `Index \`${uid}\` not found.`,
      code: "index_not_found",
      type: "invalid_request",
      link: "https://docs.meilisearch.com/errors#index_not_found",
    });

  const fetchStub = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? "GET").toUpperCase();
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
    const path = url.pathname;
    requests.push({
      method,
      path,
      query: url.search,
      body,
      authorization: new Headers(init?.headers).get("Authorization"),
    });

    let match: RegExpMatchArray | null;
    if (method === "GET" && (match = path.match(/^\/tasks\/(\d+)$/))) {
      const uid = Number(match[1]);
      const task = tasks.get(uid);
      if (!task) return json(404, { message: "Task not found.", code: "task_not_found" });
      // The first poll finds the task still processing, as a real server often does.
      const seen = (polls.get(uid) ?? 0) + 1;
      polls.set(uid, seen);
      const status = seen === 1 ? "processing" : task.outcome.status;
      return json(200, {
        uid,
        indexUid: task.indexUid,
        status,
        type: task.type,
        error:
          status === "failed" && task.outcome.status === "failed"
            ? {
                message: task.outcome.message,
                code: task.outcome.code,
                type: "invalid_request",
                link: "",
              }
            : null,
        enqueuedAt: new Date().toISOString(),
      });
    }
    if (method === "POST" && path === "/indexes") {
      const { uid } = body as { uid: string };
      indexes.add(uid);
      return enqueue("indexCreation", uid, method, path);
    }
    if (method === "POST" && path === "/swap-indexes") {
      return enqueue("indexSwap", null, method, path);
    }
    if ((match = path.match(/^\/indexes\/([^/]+)(\/.*)?$/))) {
      const uid = match[1]!;
      const rest = match[2] ?? "";
      if (method === "GET" && rest === "") {
        if (!indexes.has(uid)) return notFound(uid);
        const now = new Date().toISOString();
        return json(200, { uid, primaryKey: "id", createdAt: now, updatedAt: now });
      }
      if (method === "DELETE" && rest === "") {
        indexes.delete(uid);
        return enqueue("indexDeletion", uid, method, path);
      }
      if (method === "PATCH" && rest === "/settings") {
        return enqueue("settingsUpdate", uid, method, path);
      }
      if (method === "POST" && rest === "/documents") {
        return enqueue("documentAdditionOrUpdate", uid, method, path);
      }
      if (method === "POST" && rest === "/documents/delete-batch") {
        return enqueue("documentDeletion", uid, method, path);
      }
      if (method === "POST" && rest === "/search") {
        if (!indexes.has(uid)) return notFound(uid);
        return json(200, options.searchResponse ?? { hits: [], totalHits: 0 });
      }
    }
    return json(404, { message: `No route ${method} ${path}`, code: "not_found" });
  });

  /** The requests, with consecutive polls of one task shown once as "wait <uid>". */
  function trace(): string[] {
    const lines: string[] = [];
    for (const r of requests) {
      const poll = r.method === "GET" ? r.path.match(/^\/tasks\/(\d+)$/) : null;
      const line = poll ? `wait ${poll[1]}` : `${r.method} ${r.path}`;
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
    return lines;
  }

  const mutations = () => requests.filter((r) => r.method !== "GET");
  return { requests, indexes, fetchStub, trace, mutations };
}

const HOST = "http://meili.test:7700";

function engineWith(fake: ReturnType<typeof fakeMeilisearch>, stem: Stemmer = fakeStemmer) {
  vi.stubGlobal("fetch", fake.fetchStub);
  return createMeiliEngine({
    host: HOST,
    apiKey: "test-master-key",
    indexName: "livinglab",
    stem,
    taskTimeoutMs: 5_000,
  });
}

describe("Meilisearch engine: HTTP requests", () => {
  beforeEach(() => {
    vi.unstubAllGlobals();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  describe("search()", () => {
    const searchResponse = {
      hits: [
        {
          key: "practice:pengaduan-terpadu",
          type: "practice",
          recordId: "pengaduan-terpadu",
          slug: "pengaduan-terpadu",
          title: "Layanan Pengaduan",
          url: "/practices/pengaduan-terpadu",
          regionCode: "32.11",
          regionName: "Kabupaten Sumedang",
          provinceCode: "32",
          provinceName: "Jawa Barat",
          year: 2023,
          isDemo: true,
          _formatted: {
            summary: `Warga <script>alert("x")</script> &  ${MARK_START}layan${MARK_END}an  cepat`,
            body: `Tanpa ${MARK_START}layan${MARK_END} di badan.`,
          },
        },
        {
          key: "software:perizinan",
          type: "software",
          recordId: "perizinan",
          slug: "perizinan-online",
          title: "Perizinan",
          url: "/software/perizinan-online",
          regionCode: null,
          regionName: null,
          provinceCode: null,
          provinceName: null,
          year: null,
          isDemo: false,
          _formatted: {
            summary: "Izin usaha dari rumah.",
            body: `… dengan ${MARK_START}tanda${MARK_END} ${MARK_START}tang${MARK_END}an <b>elektronik</b> …`,
          },
        },
      ],
      query: 'layan "tanda tang" -desa',
      processingTimeMs: 3,
      hitsPerPage: 5,
      page: 2,
      totalPages: 3,
      totalHits: 12,
      facetDistribution: {
        type: { practice: 8, software: 4, evidence: 0 },
        provinceCode: { "32": 12 },
        regionCode: { "32.11": 9, "32.73": 3 },
        indicators: { "42": 2, "37": 1 },
        dimensions: { governance: 5 },
        year: { "2023": 6, "2022": 1 },
      },
      facetStats: { year: { min: 2022, max: 2023 } },
    };

    it("sends POST /indexes/<name>/search with the stemmed query, access filter and facets", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"], searchResponse });
      const engine = engineWith(fake);
      await engine.search(
        request('Pelayanan "tanda tangan" -desa', {
          filters: { type: "practice", region: "32.11", year: 2023 },
          page: 2,
          limit: 5,
        }),
        { members: true, privateRegions: ["32.11"] },
      );
      expect(fake.requests).toHaveLength(1);
      const [sent] = fake.requests;
      expect(sent?.method).toBe("POST");
      expect(sent?.path).toBe("/indexes/livinglab/search");
      expect(sent?.authorization).toBe("Bearer test-master-key");
      expect(sent?.body).toEqual({
        q: 'layan "tanda tang" -desa',
        filter: [
          'access IN ["public", "members", "32.11"]',
          'type = "practice"',
          'regionCode = "32.11"',
          "year = 2023",
        ],
        facets: ["type", "provinceCode", "regionCode", "indicators", "dimensions", "year"],
        page: 2,
        hitsPerPage: 5,
        attributesToRetrieve: [
          "key",
          "type",
          "recordId",
          "slug",
          "title",
          "url",
          "regionCode",
          "regionName",
          "provinceCode",
          "provinceName",
          "year",
          "isDemo",
        ],
        attributesToCrop: ["summary", "body"],
        cropLength: 28,
        cropMarker: " … ",
        attributesToHighlight: ["summary", "body"],
        highlightPreTag: MARK_START,
        highlightPostTag: MARK_END,
        matchingStrategy: "last",
      });
    });

    it("sends the anonymous access filter, and none for a reader who may see everything", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"], searchResponse });
      const engine = engineWith(fake);
      await engine.search(request("pelayanan"), ANONYMOUS_VIEWER);
      await engine.search(request("pelayanan"), { members: true, privateRegions: "all" });
      const filters = fake.requests.map((r) => (r.body as { filter: string[] }).filter);
      expect(filters).toEqual([['access IN ["public"]'], []]);
    });

    it("maps the answer: hits with escaped snippets, facets by interface name, total", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"], searchResponse });
      const engine = engineWith(fake);
      const result = await engine.search(request("pelayanan", { page: 2, limit: 5 }), {
        members: true,
        privateRegions: "all",
      });
      expect(result.total).toBe(12);
      expect(result.page).toBe(2);
      expect(result.limit).toBe(5);
      expect(result.suggestion).toBeNull();
      expect(result.corrected).toBe(false);
      expect(typeof result.tookMs).toBe("number");
      expect(result.hits).toEqual([
        {
          type: "practice",
          id: "pengaduan-terpadu",
          slug: "pengaduan-terpadu",
          title: "Layanan Pengaduan",
          // The summary holds a match: it is the snippet, escaped, whitespace collapsed.
          snippet:
            "Warga &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>layan</mark>an cepat",
          url: "/practices/pengaduan-terpadu",
          region: { code: "32.11", name: "Kabupaten Sumedang" },
          province: { code: "32", name: "Jawa Barat" },
          year: 2023,
          isDemo: true,
        },
        {
          type: "software",
          id: "perizinan",
          slug: "perizinan-online",
          title: "Perizinan",
          // Only the body holds a match: the snippet comes from the body.
          snippet:
            "… dengan <mark>tanda</mark> <mark>tang</mark>an &lt;b&gt;elektronik&lt;/b&gt; …",
          url: "/software/perizinan-online",
          region: null,
          province: null,
          year: null,
          isDemo: false,
        },
      ]);
      expect(result.facets).toEqual({
        type: { practice: 8, software: 4 },
        province: { "32": 12 },
        region: { "32.11": 9, "32.73": 3 },
        indicator: { "42": 2, "37": 1 },
        dimension: { governance: 5 },
        year: { "2023": 6, "2022": 1 },
      });
    });

    it("takes estimatedTotalHits when Meilisearch answers with offset/limit counts", async () => {
      const fake = fakeMeilisearch({
        indexes: ["livinglab"],
        searchResponse: { hits: [], estimatedTotalHits: 31, offset: 0, limit: 10 },
      });
      const result = await engineWith(fake).search(request("x"), ANONYMOUS_VIEWER);
      expect(result.total).toBe(31);
      expect(result.hits).toEqual([]);
      expect(result.facets).toEqual({
        type: {},
        province: {},
        region: {},
        indicator: {},
        dimension: {},
        year: {},
      });
    });

    it("sends an empty query as a placeholder search without calling the stemmer", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"] });
      const stem = vi.fn(fakeStemmer);
      await engineWith(fake, stem).search(request("   "), ANONYMOUS_VIEWER);
      expect((fake.requests[0]?.body as { q: string }).q).toBe("");
      expect(stem).not.toHaveBeenCalled();
    });
  });

  describe("index() and remove()", () => {
    it("adds the documents with their *_stem fields and waits for the task", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"] });
      const engine = engineWith(fake);
      const first = doc();
      const second = doc({
        key: "region:32.11",
        type: "region",
        recordId: "32.11",
        slug: "32.11",
        title: "Kabupaten Sumedang",
        summary: "Pemerintahan daerah",
        body: "",
        audience: "32.11",
      });
      await engine.index([first, second]);
      expect(fake.trace()).toEqual(["POST /indexes/livinglab/documents", "wait 0"]);
      const [add] = fake.requests;
      expect(add?.query).toBe("?primaryKey=id");
      expect(add?.body).toEqual([
        toMeiliDocument(first, {
          title: "layan terpadu",
          summary: "ngadu warga ditangani rangkat daerah",
          body: "tanda tang elektronik untuk naskah dinas",
        }),
        toMeiliDocument(second, {
          title: "kabupaten sumedang",
          summary: "merintah daerah",
          body: "",
        }),
      ]);
      const sentDocs = add?.body as Array<Record<string, unknown>>;
      expect(sentDocs.map((d) => d.id)).toEqual(["practice__pelayanan-1", "region__32-11"]);
      expect(sentDocs.map((d) => d.access)).toEqual(["public", "32.11"]);
      // Polled until the task left "processing".
      expect(fake.requests.filter((r) => r.path === "/tasks/0").length).toBeGreaterThanOrEqual(2);
    });

    it("throws when Meilisearch reports the task failed", async () => {
      const fake = fakeMeilisearch({
        indexes: ["livinglab"],
        outcome: (method, path) =>
          path.endsWith("/documents")
            ? {
                status: "failed",
                message: "Document identifier `x` is invalid.",
                code: "invalid_document_id",
              }
            : { status: "succeeded" },
      });
      await expect(engineWith(fake).index([doc()])).rejects.toThrow(
        "Meilisearch task failed: Document identifier `x` is invalid.",
      );
    });

    it("throws when Meilisearch cannot be reached", async () => {
      vi.stubGlobal(
        "fetch",
        vi.fn(async () => {
          throw new TypeError("fetch failed");
        }),
      );
      const engine = createMeiliEngine({ host: HOST, indexName: "livinglab", stem: fakeStemmer });
      await expect(engine.index([doc()])).rejects.toThrow(/has failed/);
      await expect(engine.remove(["practice:1"])).rejects.toThrow(/has failed/);
    });

    it("removes by sanitised id and waits for the task", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"] });
      await engineWith(fake).remove(["region:32.11", "practice:pelayanan-1"]);
      expect(fake.trace()).toEqual(["POST /indexes/livinglab/documents/delete-batch", "wait 0"]);
      expect(fake.requests[0]?.body).toEqual(["region__32-11", "practice__pelayanan-1"]);
    });

    it("sends nothing for an empty batch", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"] });
      const engine = engineWith(fake);
      await engine.index([]);
      await engine.remove([]);
      expect(fake.requests).toEqual([]);
    });
  });

  describe("prepare() and rebuild()", () => {
    it("creates a missing index and applies the settings with stemmed synonyms", async () => {
      const fake = fakeMeilisearch();
      await engineWith(fake).prepare();
      expect(fake.trace()).toEqual([
        "GET /indexes/livinglab",
        "POST /indexes",
        "wait 0",
        "PATCH /indexes/livinglab/settings",
        "wait 1",
      ]);
      const [create, settings] = fake.mutations();
      expect(create?.body).toEqual({ uid: "livinglab", primaryKey: "id" });
      expect(settings?.body).toEqual(indexSettings(stemText));
      const synonyms = (settings?.body as { synonyms: Record<string, string[]> }).synonyms;
      expect(synonyms["tte"]).toContain("tanda tang elektronik");
    });

    it("only applies the settings to an index that exists", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"] });
      await engineWith(fake).prepare();
      expect(fake.trace()).toEqual([
        "GET /indexes/livinglab",
        "PATCH /indexes/livinglab/settings",
        "wait 0",
      ]);
    });

    async function* batches(...lists: SearchDocumentInput[][]) {
      for (const list of lists) yield list;
    }

    it("builds a new index, fills it, swaps it with the live one and deletes the old one, in that order", async () => {
      const fake = fakeMeilisearch({ indexes: ["livinglab"] });
      const engine = engineWith(fake);
      const a = doc({ key: "practice:a", recordId: "a" });
      const b = doc({ key: "practice:b", recordId: "b" });
      const c = doc({ key: "region:32.11", type: "region", recordId: "32.11" });
      const result = await engine.rebuild(batches([a, b], [], [c]));
      expect(result).toEqual({ indexed: 3 });

      const created = fake.mutations().find((r) => r.method === "POST" && r.path === "/indexes");
      const fresh = (created?.body as { uid: string }).uid;
      expect(fresh).toMatch(/^livinglab_\d+$/);
      expect(created?.body).toEqual({ uid: fresh, primaryKey: "id" });

      expect(fake.trace()).toEqual([
        "GET /indexes/livinglab",
        "PATCH /indexes/livinglab/settings",
        "wait 0",
        `GET /indexes/${fresh}`,
        "POST /indexes",
        "wait 1",
        `PATCH /indexes/${fresh}/settings`,
        "wait 2",
        `POST /indexes/${fresh}/documents`,
        "wait 3",
        `POST /indexes/${fresh}/documents`,
        "wait 4",
        "POST /swap-indexes",
        "wait 5",
        `DELETE /indexes/${fresh}`,
        "wait 6",
      ]);
      const adds = fake.mutations().filter((r) => r.path.endsWith("/documents"));
      expect(adds.map((r) => (r.body as Array<{ id: string }>).map((d) => d.id))).toEqual([
        ["practice__a", "practice__b"],
        ["region__32-11"],
      ]);
      const swap = fake.mutations().find((r) => r.path === "/swap-indexes");
      expect(swap?.body).toEqual([{ indexes: ["livinglab", fresh] }]);
      // Nothing was written to the live index itself.
      expect(fake.mutations().some((r) => r.path.startsWith("/indexes/livinglab/documents"))).toBe(
        false,
      );
      expect([...fake.indexes]).toEqual(["livinglab"]);
    });

    it("does not swap when filling the new index fails", async () => {
      const fake = fakeMeilisearch({
        indexes: ["livinglab"],
        outcome: (_method, path) =>
          path.endsWith("/documents")
            ? { status: "failed", message: "disk full", code: "no_space_left_on_device" }
            : { status: "succeeded" },
      });
      await expect(engineWith(fake).rebuild(batches([doc()]))).rejects.toThrow(
        "Meilisearch task failed: disk full",
      );
      expect(fake.mutations().some((r) => r.path === "/swap-indexes")).toBe(false);
      // BUG (see report): the half-filled temporary index is never deleted, so every failed
      // rebuild leaves a `livinglab_<timestamp>` index behind in Meilisearch.
      expect(
        [...fake.indexes],
        "a failed rebuild must delete its temporary index (DELETE /indexes/<fresh>)",
      ).toEqual(["livinglab"]);
    });
  });
});
