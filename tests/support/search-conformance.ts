// The conformance suite every search engine must pass (tests/integration/search-postgres.test.ts
// and search-meilisearch.test.ts). It indexes its own small corpus, so it needs an engine that
// starts empty.
import { beforeAll, describe, expect, it } from "vitest";
import {
  ANONYMOUS_VIEWER,
  type SearchDocumentInput,
  type SearchEngine,
  type SearchRequest,
  type SearchViewer,
} from "../../app/modules/search/search.types";

function doc(
  partial: Partial<SearchDocumentInput> & Pick<SearchDocumentInput, "type" | "recordId" | "title">,
): SearchDocumentInput {
  return {
    key: `${partial.type}:${partial.recordId}`,
    slug: partial.recordId,
    summary: "",
    body: "",
    url: `/${partial.type}/${partial.recordId}`,
    regionCode: null,
    regionName: null,
    provinceCode: null,
    provinceName: null,
    indicators: [],
    dimensions: [],
    year: null,
    audience: "public",
    isDemo: false,
    ...partial,
  };
}

const SUMEDANG = {
  regionCode: "32.11",
  regionName: "Kabupaten Sumedang",
  provinceCode: "32",
  provinceName: "Jawa Barat",
};
const BANDUNG = {
  regionCode: "32.73",
  regionName: "Kota Bandung",
  provinceCode: "32",
  provinceName: "Jawa Barat",
};
const KULON_PROGO = {
  regionCode: "34.01",
  regionName: "Kabupaten Kulon Progo",
  provinceCode: "34",
  provinceName: "Daerah Istimewa Yogyakarta",
};

const WAJO = {
  regionCode: "73.13",
  regionName: "Kabupaten Wajo",
  provinceCode: "73",
  provinceName: "Sulawesi Selatan",
};

/** Evidence of Wajo at each level of readers, each with a word no other document has. */
const WAJO_EVIDENCE: SearchDocumentInput[] = [
  doc({
    type: "evidence",
    recordId: "wajo-privat",
    title: "Notulen tim koordinasi Wajo",
    summary: "Bahasan internal zulkorprivat yang belum dibagikan.",
    ...WAJO,
    indicators: [5],
    year: 2026,
    audience: "73.13",
  }),
  doc({
    type: "evidence",
    recordId: "wajo-anggota",
    title: "Laporan pemantauan jaringan Wajo",
    summary: "Dibagikan kepada anggota: zulkoranggota.",
    ...WAJO,
    indicators: [5],
    year: 2026,
    audience: "members",
  }),
  doc({
    type: "evidence",
    recordId: "wajo-publik",
    title: "Keputusan bupati Wajo tentang satu data",
    summary: "Contoh untuk pustaka: zulkorpublik.",
    ...WAJO,
    indicators: [5],
    year: 2026,
    audience: "public",
  }),
  doc({
    type: "evidence",
    recordId: "wajo-berkas",
    title: "Pindaian surat edaran Wajo",
    summary: "Surat edaran kepala daerah.",
    // The text read from the record's file: the word is nowhere else.
    body: "sk-edaran.pdf \n Halaman 1. Seluruh perangkat daerah menerapkan zulkorberkas mulai Januari.",
    ...WAJO,
    indicators: [6],
    year: 2026,
    audience: "public",
  }),
];

const OTHER_REGION_MEMBER: SearchViewer = { members: true, privateRegions: ["32.73"] };
const WAJO_MEMBER: SearchViewer = { members: true, privateRegions: ["73.13"] };
const CENTRE: SearchViewer = { members: true, privateRegions: "all" };

export const CORPUS: SearchDocumentInput[] = [
  doc({
    type: "practice",
    recordId: "pengaduan-terpadu",
    title: "Layanan Pengaduan Masyarakat Terpadu",
    summary:
      "Satu pintu untuk semua aduan warga, ditindaklanjuti perangkat daerah dalam tiga hari.",
    body: "Warga menyampaikan keluhan lewat WhatsApp dan SP4N-LAPOR. Setiap laporan diberi nomor dan dipantau Sekda.",
    ...SUMEDANG,
    indicators: [42],
    dimensions: ["governance"],
    year: 2023,
  }),
  doc({
    type: "practice",
    recordId: "tte-naskah-dinas",
    title: "Tanda Tangan Elektronik untuk Naskah Dinas",
    summary: "Semua naskah dinas ditandatangani secara elektronik dengan sertifikat BSrE.",
    body: "Persetujuan surat tidak lagi menunggu pejabat di kantor. Arsip tersimpan otomatis.",
    ...SUMEDANG,
    indicators: [37],
    dimensions: ["governance"],
    year: 2022,
  }),
  doc({
    type: "indicator",
    recordId: "11",
    title: "Arsitektur SPBE",
    summary: "Indikator 11. Menilai arsitektur SPBE pemerintah daerah sebagai acuan pembangunan.",
    body: "Tingkat 1: belum ada arsitektur. Tingkat 5: arsitektur ditinjau berkala.",
    indicators: [11],
  }),
  doc({
    type: "practice",
    recordId: "peta-rencana",
    title: "Peta Rencana SPBE yang Selaras dengan Arsitektur Daerah",
    summary: "Rencana lima tahun disusun dari arsitektur SPBE dan RPJMD.",
    body: "Kesenjangan antara kondisi kini dan target dipetakan per layanan.",
    ...KULON_PROGO,
    indicators: [11, 12],
    dimensions: ["governance"],
    year: 2024,
  }),
  doc({
    type: "software",
    recordId: "perizinan-online",
    title: "Aplikasi Perizinan Daring",
    summary: "Permohonan izin usaha dari rumah, dengan status yang bisa dilacak.",
    body: "Dibangun dengan Laravel dan PostgreSQL. <script>alert('x')</script> Integrasi OSS.",
    ...BANDUNG,
    indicators: [33],
    year: 2024,
  }),
  doc({
    type: "region",
    recordId: "32.11",
    title: "Kabupaten Sumedang",
    summary: "Kabupaten Sumedang, Jawa Barat",
    ...SUMEDANG,
  }),
  doc({
    type: "evidence",
    recordId: "bukti-rahasia",
    title: "Bukti dukung internal: notulen rapat pengaduan",
    summary: "Notulen rahasiadinas tentang penanganan pengaduan yang belum boleh diumumkan.",
    ...SUMEDANG,
    indicators: [42],
    year: 2025,
    audience: "32.11",
  }),
  ...WAJO_EVIDENCE,
];

function request(q: string, extra: Partial<SearchRequest> = {}): SearchRequest {
  return { q, filters: {}, page: 1, limit: 10, ...extra };
}

const slugs = (hits: Array<{ slug: string }>) => hits.map((hit) => hit.slug);

export function defineSearchConformance(name: string, setUp: () => Promise<SearchEngine>): void {
  describe(`search conformance: ${name}`, () => {
    let engine: SearchEngine;
    const find = (
      q: string,
      extra: Partial<SearchRequest> = {},
      viewer: SearchViewer = ANONYMOUS_VIEWER,
    ) => engine.search(request(q, extra), viewer);

    beforeAll(async () => {
      engine = await setUp();
      await engine.index(CORPUS);
    }, 120_000);

    it("finds word forms: 'pelayanan pengaduan' finds a text that says 'layanan pengaduan'", async () => {
      const result = await find("pelayanan pengaduan");
      expect(slugs(result.hits)[0]).toBe("pengaduan-terpadu");
    });

    it("knows government acronyms: 'TTE' and 'tandatangan elektronik' find the e-signature practice", async () => {
      expect(slugs((await find("TTE")).hits)[0]).toBe("tte-naskah-dinas");
      expect(slugs((await find("tandatangan elektronik")).hits)[0]).toBe("tte-naskah-dinas");
    });

    it("ranks a title match first: 'arsitektur spbe' gives the indicator, then the practice", async () => {
      const result = await find("arsitektur spbe");
      expect(slugs(result.hits).slice(0, 2)).toEqual(["11", "peta-rencana"]);
    });

    it("tolerates a one-letter typo", async () => {
      expect(slugs((await find("arsitektr spbe")).hits)[0]).toBe("11");
      expect(slugs((await find("perizinn")).hits)).toContain("perizinan-online");
    });

    it("takes quotes for phrases and minus to leave words out", async () => {
      expect(slugs((await find('"naskah dinas"')).hits)).toEqual(["tte-naskah-dinas"]);
      const without = await find("spbe -rencana");
      expect(slugs(without.hits)).toContain("11");
      expect(slugs(without.hits)).not.toContain("peta-rencana");
    });

    it("filters by type, province, region, indicator, dimension and year", async () => {
      expect(slugs((await find("arsitektur", { filters: { type: "practice" } })).hits)).toEqual([
        "peta-rencana",
      ]);
      expect(slugs((await find("", { filters: { province: "34" } })).hits)).toEqual([
        "peta-rencana",
      ]);
      const inSumedang = slugs((await find("", { filters: { region: "32.11" } })).hits).sort();
      expect(inSumedang).toEqual(["32.11", "pengaduan-terpadu", "tte-naskah-dinas"]);
      expect(slugs((await find("", { filters: { indicator: 11 } })).hits).sort()).toEqual([
        "11",
        "peta-rencana",
      ]);
      expect(
        slugs((await find("", { filters: { year: 2024, dimension: "governance" } })).hits),
      ).toEqual(["peta-rencana"]);
    });

    it("counts facets over the matching records the reader may see", async () => {
      const result = await find("", { filters: { province: "32" } });
      expect(result.total).toBe(4);
      expect(result.facets.type).toEqual({ practice: 2, software: 1, region: 1 });
      expect(result.facets.region).toEqual({ "32.11": 3, "32.73": 1 });
      expect(result.facets.indicator).toEqual({ "42": 1, "37": 1, "33": 1 });
      expect(result.facets.year).toEqual({ "2022": 1, "2023": 1, "2024": 1 });
    });

    it("never shows a private record, its snippet or its facet count to someone who may not read it", async () => {
      for (const viewer of [ANONYMOUS_VIEWER, { members: true, privateRegions: ["32.73"] }]) {
        const secret = await find("rahasiadinas", {}, viewer);
        expect(secret.total).toBe(0);
        expect(secret.hits).toEqual([]);
        const broad = await find("pengaduan", {}, viewer);
        expect(slugs(broad.hits)).not.toContain("bukti-rahasia");
        expect(broad.facets.type.evidence).toBeUndefined();
        expect(JSON.stringify(broad)).not.toContain("rahasiadinas");
      }
      for (const viewer of [
        { members: true, privateRegions: ["32.11"] },
        { members: true, privateRegions: "all" as const },
      ]) {
        const secret = await find("rahasiadinas", {}, viewer);
        expect(slugs(secret.hits)).toEqual(["bukti-rahasia"]);
        expect(secret.facets.type).toEqual({ evidence: 1 });
      }
    });

    it("keeps a private evidence record from anonymous readers and other regions: no hit, count, snippet or suggestion", async () => {
      for (const viewer of [ANONYMOUS_VIEWER, OTHER_REGION_MEMBER]) {
        const exact = await find("zulkorprivat", {}, viewer);
        expect(exact.total).toBe(0);
        expect(exact.hits).toEqual([]);
        // A typo of the private word: no correction towards it, no hit through typo tolerance.
        const typo = await find("zulkorprivet", {}, viewer);
        expect(slugs(typo.hits)).not.toContain("wajo-privat");
        expect(typo.suggestion).toBeNull();
        expect(JSON.stringify(typo)).not.toContain("zulkorprivat");
        // Counted nowhere: the region's evidence facet counts what this reader may read.
        const region = await find("", { filters: { region: "73.13" } }, viewer);
        expect(slugs(region.hits)).not.toContain("wajo-privat");
        expect(region.facets.type.evidence).toBe(viewer.members ? 3 : 2);
        expect(region.facets.indicator["5"]).toBe(viewer.members ? 2 : 1);
        expect(region.total).toBe(viewer.members ? 3 : 2);
        expect(JSON.stringify(region)).not.toContain("zulkorprivat");
      }
    });

    it("shows a members record to a member of any region, never to an anonymous reader", async () => {
      const anonymous = await find("zulkoranggota");
      expect(anonymous.total).toBe(0);
      expect(anonymous.hits).toEqual([]);
      expect((await find("zulkoranggote")).suggestion).toBeNull();
      for (const viewer of [OTHER_REGION_MEMBER, WAJO_MEMBER, CENTRE]) {
        const found = await find("zulkoranggota", {}, viewer);
        expect(slugs(found.hits)).toEqual(["wajo-anggota"]);
        expect(found.facets.type).toEqual({ evidence: 1 });
        expect(found.hits[0]).toMatchObject({
          type: "evidence",
          url: "/evidence/wajo-anggota",
          region: { code: "73.13", name: "Kabupaten Wajo" },
          province: { code: "73", name: "Sulawesi Selatan" },
          year: 2026,
        });
      }
    });

    it("shows a public record to everyone, and a private one to its region and the centre", async () => {
      for (const viewer of [ANONYMOUS_VIEWER, OTHER_REGION_MEMBER, WAJO_MEMBER, CENTRE])
        expect(slugs((await find("zulkorpublik", {}, viewer)).hits)).toEqual(["wajo-publik"]);
      for (const viewer of [WAJO_MEMBER, CENTRE]) {
        const found = await find("zulkorprivat", {}, viewer);
        expect(slugs(found.hits)).toEqual(["wajo-privat"]);
        expect(found.facets.type).toEqual({ evidence: 1 });
        expect(found.hits[0]?.snippet).toContain("<mark>zulkorprivat</mark>");
        const region = await find("", { filters: { region: "73.13", type: "evidence" } }, viewer);
        expect(region.total).toBe(4);
        expect(region.facets.type.evidence).toBe(4);
      }
    });

    it("finds an evidence record by a word that is only in its file's text", async () => {
      const found = await find("zulkorberkas");
      expect(slugs(found.hits)).toEqual(["wajo-berkas"]);
      expect(found.facets.indicator).toEqual({ "6": 1 });
    });

    it("hides a record from anonymous readers once it is indexed again as private", async () => {
      const shared = WAJO_EVIDENCE[2]!;
      expect((await find("zulkorpublik")).total).toBe(1);
      await engine.index([{ ...shared, audience: "73.13" }]);
      const anonymous = await find("zulkorpublik");
      expect(anonymous.total).toBe(0);
      expect(anonymous.facets.type.evidence).toBeUndefined();
      expect((await find("zulkorpublik", {}, OTHER_REGION_MEMBER)).total).toBe(0);
      expect(slugs((await find("zulkorpublik", {}, WAJO_MEMBER)).hits)).toEqual(["wajo-publik"]);
      await engine.index([shared]);
      expect((await find("zulkorpublik")).total).toBe(1);
    });

    it("highlights matches in an escaped snippet", async () => {
      const result = await find("laravel");
      const snippet = result.hits[0]?.snippet ?? "";
      expect(snippet).toMatch(/<mark>Laravel<\/mark>/);
      expect(snippet).not.toContain("<script");
      expect(snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
    });

    it("pages through results with a stable total", async () => {
      const first = await find("", { filters: { province: "32" }, limit: 2, page: 1 });
      const second = await find("", { filters: { province: "32" }, limit: 2, page: 2 });
      expect(first.total).toBe(4);
      expect(second.total).toBe(4);
      expect(first.hits).toHaveLength(2);
      expect(second.hits).toHaveLength(2);
      const all = [...slugs(first.hits), ...slugs(second.hits)];
      expect(new Set(all).size).toBe(4);
    });

    it("replaces a document indexed again under the same key, and forgets a removed one", async () => {
      const original = CORPUS[4]!;
      await engine.index([
        {
          ...original,
          title: "Aplikasi Perizinan Daring Versi Kedua",
          body: "Kini juga untuk izin reklame.",
        },
      ]);
      const renamed = await find("reklame");
      expect(renamed.hits.map((hit) => hit.title)).toEqual([
        "Aplikasi Perizinan Daring Versi Kedua",
      ]);
      expect((await find("laravel")).total).toBe(0);
      await engine.remove([original.key]);
      expect((await find("perizinan")).total).toBe(0);
      await engine.index([original]);
      expect(slugs((await find("perizinan")).hits)).toEqual(["perizinan-online"]);
    });
  });
}
