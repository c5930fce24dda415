// Browsing the lists: filters as named selects in the reader's language, a notice naming an
// ignored filter, the way out of an empty result, paging past the end, the indicator page's lists.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function contextIn(language: "id" | "en"): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
  return context;
}

describe("the code catalogue", () => {
  it("filters with named selects: category, status, region (Bahasa Indonesia)", async () => {
    const context = await contextIn("id");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/software`);
    const category = page.getByLabel("Kategori");
    expect(await category.evaluate((el) => el.tagName)).toBe("SELECT");
    await category.selectOption({ label: "Manajemen dokumen" });
    await page.getByLabel("Status pengembangan").selectOption({ label: "Stabil" });
    await page.getByLabel("Daerah", { exact: true }).selectOption({ label: "Kabupaten Sumedang" });
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/category=document-management/);
    expect(page.url()).toContain("status=stable");
    expect(page.url()).toContain("region=32.11");
    await expect.poll(() => page.getByRole("link", { name: "e-Naskah" }).count()).toBe(1);
    for (const label of ["Lisensi", "Teknologi", "Indikator SPBE", "Provinsi"])
      expect(await page.getByLabel(label).evaluate((el) => el.tagName), label).toBe("SELECT");
    expect(await page.getByLabel("Indikator SPBE").locator("option").nth(37).textContent()).toBe(
      "37. Layanan Kearsipan Berbasis Elektronik",
    );
    await context.close();
  });

  it("names the statuses and categories in English for an English reader", async () => {
    const context = await contextIn("en");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/software`);
    const statuses = await page
      .getByLabel("Development status")
      .locator("option")
      .allTextContents();
    expect(statuses).toEqual(["All", "Concept", "In development", "Beta", "Stable", "Obsolete"]);
    expect(await page.getByLabel("Category").locator("option").allTextContents()).toContain(
      "Document management",
    );
    await context.close();
  });

  for (const [language, text, clear] of [
    ["id", "Saringan Kategori diabaikan: “xyz” tidak ada dalam pilihannya.", "Hapus saringan"],
    ["en", "The Category filter was ignored: “xyz” is not one of its choices.", "Clear filters"],
  ] as const) {
    it(`says an unknown category was ignored and shows the list without it (${language})`, async () => {
      const context = await contextIn(language);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/software?category=xyz`);
      const notice = page.getByRole("status").filter({ hasText: "xyz" });
      expect(await notice.textContent()).toContain(text);
      expect(await page.locator(".card").count()).toBeGreaterThan(0);
      // An empty result offers the same list without filters.
      await page.goto(`${baseUrl}/software?q=tidak-ada-sama-sekali`);
      await page.getByRole("link", { name: clear }).click();
      await page.waitForURL(`${baseUrl}/software`);
      await expect.poll(() => page.locator(".card").count()).toBeGreaterThan(0);
      await context.close();
    });
  }
});

describe("the practices list", () => {
  it("names the domains, filters by region, and shows indicator names on the cards", async () => {
    const context = await contextIn("id");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/practices`);
    expect(await page.getByLabel("Domain SPBE").locator("option").nth(1).textContent()).toBe(
      "Domain 1: Kebijakan Internal SPBE",
    );
    await page.getByLabel("Daerah", { exact: true }).selectOption({ label: "Kabupaten Sumedang" });
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/region=32.11/);
    const cards = page.locator(".practice-card");
    expect(await cards.count()).toBeGreaterThan(0);
    for (const meta of await cards.locator(".muted").allTextContents())
      expect(meta).toContain("Kabupaten Sumedang");
    const tte = cards.filter({ hasText: "Tanda Tangan Elektronik" });
    expect(await tte.locator(".chip").allTextContents()).toContain(
      "37. Layanan Kearsipan Berbasis Elektronik",
    );
    await context.close();
  });

  it("leads a page past the end to the last page, filters kept", async () => {
    const context = await contextIn("id");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/practices?sort=viewed&page=99`);
    expect(page.url()).toMatch(/sort=viewed/);
    expect(page.url()).not.toContain("page=99");
    const status = await page
      .locator(".pagination")
      .getByText(/^Halaman/)
      .textContent();
    const [, current, count] = /Halaman (\d+) dari (\d+)/.exec(status ?? "") ?? [];
    expect(current).toBe(count);
    await context.close();
  });
});

describe("an indicator's page", () => {
  it("lists its published practices and code entries with their regions and counts", async () => {
    const context = await contextIn("en");
    const page = await context.newPage();
    await page.goto(`${baseUrl}/spbe/indicators/37`);
    const practices = page.locator("section", {
      has: page.getByRole("heading", { name: "Good practices for this indicator" }),
    });
    expect(await practices.textContent()).toMatch(/\d+ published good practices address/);
    await practices.getByRole("link", { name: /Tanda Tangan Elektronik/ }).click();
    await page.waitForURL(`${baseUrl}/practices/tte-naskah-dinas-sumedang`);
    await page.goBack();
    await page.waitForURL(`${baseUrl}/spbe/indicators/37`);
    const software = page.locator("section", {
      has: page.getByRole("heading", { name: "Code catalogue entries for this indicator" }),
    });
    await expect.poll(() => software.getByRole("link", { name: "e-Naskah" }).count()).toBe(1);
    expect(await software.textContent()).toContain("Kabupaten Sumedang");
    await context.close();
  });
});
