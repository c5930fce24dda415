import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signIn } from "./support/sign-in";
import { scrollsSideways, seriousViolations } from "./support/page-checks";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("regions", () => {
  it("finds Sumedang by name and opens its profile", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/regions`);
    await expect.poll(() => page.textContent(".result-count")).toBe("514 daerah ditemukan");
    await page.getByLabel("Nama atau kode daerah").fill("sumedang");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/q=sumedang/);
    await expect.poll(() => page.textContent(".result-count")).toBe("1 daerah ditemukan");
    await page.getByRole("link", { name: "Kabupaten Sumedang" }).click();
    await page.waitForURL(`${baseUrl}/regions/32.11`);
    await expect.poll(() => page.textContent("h1")).toBe("Kabupaten Sumedang");
    const main = await page.textContent("main");
    expect(main).toContain("Jawa Barat");
    expect(main).toContain("tuan rumah");
    expect(main).toContain("contoh/demo");
    // The published 2020 and 2021 scores and the demo official result for 2024: drawn (a
    // server-rendered SVG named by its title) and in the table, in Indonesian number format.
    const chart = page.locator("figure.chart");
    expect(await chart.locator("svg[role=img] title").textContent()).toBe("Indeks SPBE per tahun");
    expect(await chart.locator("tbody tr").count()).toBe(3);
    expect(await chart.locator("tbody").innerText()).toMatch(/\d,\d\d/);
    expect(await chart.locator("tbody").innerText()).toContain("contoh/demo");
    // A visitor does not see the self-assessed series (members only).
    expect(await chart.locator("tbody").innerText()).not.toContain("Penilaian mandiri");
    await page.close();
  });

  it("shows members the submitted self-assessments beside the official index", async () => {
    const context = await browser.newContext();
    const member = await signIn(baseUrl, context, "dev.bandung@demo.livinglab.id");
    await member.goto(`${baseUrl}/regions/32.11`);
    const rows = member.locator("figure.chart tbody tr", { hasText: "Penilaian mandiri" });
    // The demo's locked 2024 and submitted 2025 self-assessments; the 2026 draft is not shown.
    await expect.poll(() => rows.count()).toBe(2);
    expect(await member.locator("figure.chart svg text").allTextContents()).toContain(
      "Penilaian mandiri",
    );
    await context.close();
  });

  for (const language of ["id", "en"] as const) {
    it(`region page: no serious axe violation, no sideways scroll (${language})`, async () => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const page = await context.newPage();
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${baseUrl}/regions/32.11`);
        expect([width, await scrollsSideways(page)]).toEqual([width, false]);
        const box = await page.locator("figure.chart svg").boundingBox();
        expect(box!.width).toBeLessThanOrEqual(width);
        expect([width, await seriousViolations(page)]).toEqual([width, []]);
      }
      await context.close();
    });
  }

  it("filters by province and by the demo pilot cohort, and pages", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/regions`);
    await page.getByLabel("Provinsi").selectOption("32");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/province=32/);
    await expect.poll(() => page.textContent(".result-count")).toBe("27 daerah ditemukan");
    await page.getByLabel("Provinsi").selectOption("");
    await page.getByLabel("Kohort").selectOption("living-lab-pilot");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/cohort=living-lab-pilot/);
    await expect.poll(() => page.textContent(".result-count")).toBe("63 daerah ditemukan");
    await page.getByRole("link", { name: "Berikutnya →" }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => page.textContent(".pagination")).toContain("Halaman 2 dari 3");
    await page.close();
  });

  it("lists the 47 SPBE indicators with their weights and opens indicator 11", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/spbe`);
    expect(await page.locator(".indicator-table tbody tr").count()).toBe(47);
    await page.getByRole("link", { name: "Arsitektur SPBE", exact: true }).click();
    await page.waitForURL(`${baseUrl}/spbe/indicators/11`);
    await expect.poll(() => page.locator(".level-cards li").count()).toBe(5);
    expect(await page.textContent("main")).toContain("2,5 %");
    await page.close();
  });

  it("names the regions at level 4-5 on an indicator: official for everyone, self-assessed for members", async () => {
    const anonymous = await browser.newPage();
    await anonymous.goto(`${baseUrl}/spbe/indicators/1`);
    const peers = anonymous.locator("section[aria-labelledby=indicator-peers-title]");
    await expect.poll(() => peers.locator("h3").first().textContent()).toContain("hasil resmi");
    expect(await peers.locator("li a[href^='/regions/']").count()).toBeGreaterThan(0);
    expect(await peers.textContent()).toContain("Masuk sebagai anggota");
    await anonymous.close();
    const context = await browser.newContext();
    const member = await signIn(baseUrl, context, "dev.bandung@demo.livinglab.id");
    for (const width of [1366, 375]) {
      await member.setViewportSize({ width, height: 800 });
      await member.goto(`${baseUrl}/spbe/indicators/1`);
      const section = member.locator("section[aria-labelledby=indicator-peers-title]");
      await expect.poll(() => section.locator("h3").count()).toBe(2);
      expect(await section.locator("h3").nth(1).textContent()).toContain("penilaian mandiri");
      expect(
        await member.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
      ).toBe(false);
      if (process.env.SHOTS_DIR)
        await member.screenshot({
          path: `${process.env.SHOTS_DIR}/indicator-peers-${width}.png`,
          fullPage: true,
        });
    }
    await context.close();
  });
});
