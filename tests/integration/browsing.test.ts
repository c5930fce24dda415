// Browsing the lists as people meet them: unknown filter values named, not silently dropped with
// the others; paging past the end; the indicator page's practices and code entries.
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { facetLabels } from "../../app/modules/search/search-labels.server";
import { loader as practicesLoader } from "../../app/routes/practices._index";
import { loader as regionsLoader } from "../../app/routes/regions._index";
import { loader as softwareLoader } from "../../app/routes/software._index";
import { loader as indicatorLoader } from "../../app/routes/spbe.indicators.$number";
import { loaderArgs, redirectOf } from "../support/responses";

type Args = Parameters<typeof softwareLoader>[0];
const args = (url: string, params: Record<string, string> = {}) => loaderArgs(url, params) as Args;

describe("the code catalogue's filters", () => {
  it("names an unknown category in a notice and shows the list without it", async () => {
    const all = await softwareLoader(args("/software"));
    const result = await softwareLoader(args("/software?category=xyz"));
    expect(result.ignored).toEqual([{ key: "category", value: "xyz" }]);
    expect(result.query.category).toBeUndefined();
    expect(result.total).toBe(all.total);
    expect(all.ignored).toEqual([]);
  });

  it("keeps the valid filters when another one is unusable", async () => {
    const stable = await softwareLoader(args("/software?status=stable"));
    const result = await softwareLoader(
      args("/software?status=stable&region=99.99&category=%25%25"),
    );
    expect(result.ignored.map((i) => i.key).sort()).toEqual(["category", "region"]);
    expect(result.query.status).toBe("stable");
    expect(result.total).toBe(stable.total);
    expect(result.items.every((s) => s.developmentStatus === "stable")).toBe(true);
  });

  it("offers categories, licences, technologies, regions and provinces the entries have", async () => {
    const { options, indicators } = await softwareLoader(args("/software"));
    expect(options.categories).toContain("document-management");
    expect(options.regions).toContainEqual({ code: "32.11", name: "Kabupaten Sumedang" });
    expect(options.provinces).toContainEqual({ code: "32", name: "Jawa Barat" });
    expect(options.licenses.length).toBeGreaterThan(0);
    expect(options.tech.length).toBeGreaterThan(0);
    expect(indicators).toHaveLength(47);
    const filtered = await softwareLoader(args("/software?category=document-management"));
    expect(filtered.ignored).toEqual([]);
    expect(filtered.total).toBeGreaterThan(0);
  });
});

describe("paging past the end", () => {
  it("redirects /software to its last page, keeping the filters", async () => {
    const stable = await softwareLoader(args("/software?status=stable&limit=5"));
    const last = Math.ceil(stable.total / 5);
    expect(last).toBeGreaterThan(1);
    expect(
      await redirectOf(softwareLoader(args("/software?status=stable&limit=5&page=99"))),
    ).toEqual({
      status: 302,
      location: `/software?status=stable&limit=5&page=${last}`,
    });
  });

  it("redirects /practices to its last page, keeping the filters", async () => {
    const all = await practicesLoader(args("/practices?sort=viewed"));
    const last = Math.ceil(all.total / 12);
    const expected = last > 1 ? `/practices?sort=viewed&page=${last}` : "/practices?sort=viewed";
    expect(await redirectOf(practicesLoader(args("/practices?sort=viewed&page=99")))).toEqual({
      status: 302,
      location: expected,
    });
    // An empty result has one page: the first.
    expect(await redirectOf(practicesLoader(args("/practices?q=zzzzzzzz-none&page=3")))).toEqual({
      status: 302,
      location: "/practices?q=zzzzzzzz-none",
    });
  });

  it("redirects /regions to its last page, keeping the filters", async () => {
    const jabar = await regionsLoader(args("/regions?province=32"));
    const last = Math.ceil(jabar.total / 24);
    const expected = last > 1 ? `/regions?province=32&page=${last}` : "/regions?province=32";
    expect(await redirectOf(regionsLoader(args("/regions?province=32&page=99")))).toEqual({
      status: 302,
      location: expected,
    });
  });

  it("does not redirect a page that exists", async () => {
    const first = await softwareLoader(args("/software?page=1"));
    expect(first.items.length).toBeGreaterThan(0);
  });
});

describe("the practices list's filters", () => {
  it("offers only regions that have published practices, with their names", async () => {
    const { regions } = await practicesLoader(args("/practices"));
    expect(regions).toContainEqual({ code: "32.11", name: "Kabupaten Sumedang" });
    const published = await db().practice.findMany({
      where: { status: "PUBLISHED" },
      select: { regionCode: true },
      distinct: ["regionCode"],
    });
    expect(regions.map((r) => r.code).sort()).toEqual(published.map((p) => p.regionCode).sort());
  });

  it("filters by region, and names an unknown region in a notice", async () => {
    const sumedang = await practicesLoader(args("/practices?region=32.11"));
    expect(sumedang.total).toBeGreaterThan(0);
    expect(sumedang.items.every((p) => p.region.code === "32.11")).toBe(true);
    const unknown = await practicesLoader(args("/practices?region=99.99&domain=9"));
    expect(unknown.ignored.map((i) => i.key).sort()).toEqual(["domain", "region"]);
  });

  it("names the domains and dimensions in both languages", async () => {
    const { domains, dimensions } = await practicesLoader(args("/practices"));
    expect(domains.map((d) => d.number)).toEqual([1, 2, 3, 4]);
    expect(domains.every((d) => d.title && d.titleEn && d.title !== d.titleEn)).toBe(true);
    expect(dimensions[0]).toEqual({
      key: "governance",
      name: "Smart Governance",
      nameId: "Tata Kelola Cerdas",
    });
  });
});

describe("the indicator page", () => {
  it("lists the published practices and code entries for indicator 37, with their regions", async () => {
    const { practices, software } = await indicatorLoader(
      args("/spbe/indicators/37", { number: "37" }) as never,
    );
    expect(practices).toContainEqual(
      expect.objectContaining({
        slug: "tte-naskah-dinas-sumedang",
        region: { code: "32.11", name: "Kabupaten Sumedang" },
      }),
    );
    expect(software).toContainEqual(
      expect.objectContaining({
        slug: "e-naskah",
        region: { code: "32.11", name: "Kabupaten Sumedang" },
      }),
    );
    const publishedCount = await db().practice.count({
      where: { status: "PUBLISHED", indicators: { some: { indicator: { number: 37 } } } },
    });
    expect(practices).toHaveLength(publishedCount);
  });

  it("leaves out a code entry that is not published, from the page and the catalogue's choices", async () => {
    await db().softwareEntry.update({ where: { slug: "e-naskah" }, data: { status: "DRAFT" } });
    const { software } = await indicatorLoader(
      args("/spbe/indicators/37", { number: "37" }) as never,
    );
    expect(software.map((s) => s.slug)).not.toContain("e-naskah");
    const published = await db().softwareEntry.findMany({
      where: { status: "PUBLISHED" },
      select: { categories: true },
    });
    const { options } = await softwareLoader(args("/software"));
    expect(options.categories).toEqual(
      [...new Set(published.flatMap((s) => s.categories))].sort((a, b) => a.localeCompare(b)),
    );
    await db().softwareEntry.update({ where: { slug: "e-naskah" }, data: { status: "PUBLISHED" } });
  });

  it("leaves out a practice that is not published", async () => {
    await db().practice.update({
      where: { slug: "tte-naskah-dinas-sumedang" },
      data: { status: "DRAFT" },
    });
    const { practices } = await indicatorLoader(
      args("/spbe/indicators/37", { number: "37" }) as never,
    );
    expect(practices.map((p) => p.slug)).not.toContain("tte-naskah-dinas-sumedang");
  });
});

describe("indicator names for English readers", () => {
  it("gives the search facets the indicators' English titles beside the Indonesian ones", async () => {
    const none = { province: {}, region: {}, indicator: {}, dimension: {}, type: {}, year: {} };
    const labels = await facetLabels(none as never, { indicator: 42 });
    expect(labels.indicator["42"]).toBe("Layanan Pengaduan Pelayanan Publik Berbasis Elektronik");
    expect(labels.indicatorEn["42"]).toBeTruthy();
    expect(labels.indicatorEn["42"]).not.toBe(labels.indicator["42"]);
  });

  it("gives the practices list's cards and selects English indicator titles", async () => {
    const { items, indicators } = await practicesLoader(args("/practices"));
    expect(indicators.every((i) => i.titleEn && i.titleEn !== i.title)).toBe(true);
    expect(items.flatMap((p) => p.indicators).every((i) => i.indicator.titleEn)).toBe(true);
  });
});
