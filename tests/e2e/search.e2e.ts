// Search in the browser: results while typing, facets and removable filters, the keyboard (arrow
// keys through the results, Ctrl+K from any page), the empty state, and axe in both languages.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchConsole } from "./support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const TTE_TITLE =
  "Penerapan Tanda Tangan Elektronik (TTE) untuk Naskah Dinas di Seluruh Perangkat Daerah";

async function newContext(language: "id" | "en" = "id"): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
  return context;
}

/** Waits until React has hydrated the element (its event handlers are attached). */
async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return Boolean(element && Object.keys(element).some((key) => key.startsWith("__react")));
  }, selector);
}

async function openSearch(page: Page, query = ""): Promise<void> {
  await page.goto(`${baseUrl}/search${query}`);
  await waitForHydration(page, "#search-q");
}

const resultTitles = (page: Page) =>
  page.locator("#search-results a.search-hit-link").allTextContents();

const focusedText = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return "";
    const text = (element.textContent ?? "").trim().slice(0, 160);
    return `${element.tagName.toLowerCase()}#${element.id}|${text}`;
  });

describe("search", () => {
  it("shows results while typing, with highlighted matches, without pressing Enter", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openSearch(page);
    await expect.poll(() => page.textContent("main")).toContain("Apa yang Anda cari?");
    await page.locator("#search-q").pressSequentially("tte", { delay: 60 });
    await page.waitForURL(`${baseUrl}/search?q=tte`);
    await expect.poll(() => resultTitles(page)).toContain(TTE_TITLE);
    expect((await resultTitles(page))[0]).toBe(TTE_TITLE);
    const firstSnippet = page.locator("#search-results li").first().locator(".search-hit-snippet");
    expect(await firstSnippet.locator("mark").count()).toBeGreaterThan(0);
    expect((await firstSnippet.locator("mark").allTextContents()).join(" ")).toMatch(
      /tanda|tangan|elektronik/i,
    );
    expect(await page.textContent(".search-status")).toContain("hasil untuk \u201ctte\u201d");
    expect(await page.inputValue("#search-q")).toBe("tte");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps the box focused while results come in, so typing can go on after a pause", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openSearch(page);
    await page.locator("#search-q").focus();
    await page.keyboard.type("pelayanan", { delay: 60 });
    await page.waitForURL(`${baseUrl}/search?q=pelayanan`);
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    // The first results replaced the start state: the box must still have the focus.
    expect(await focusedText(page)).toMatch(/^input#search-q\|/);
    await page.keyboard.type(" pengaduan", { delay: 60 });
    await expect
      .poll(() => new URL(page.url()).searchParams.get("q"), { timeout: 5000 })
      .toBe("pelayanan pengaduan");
    expect(await page.inputValue("#search-q")).toBe("pelayanan pengaduan");
    await context.close();
  });

  it("keeps a trailing space and the focus when the pause comes after a word", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openSearch(page, "?q=tte");
    await page.locator("#search-q").focus();
    await page.keyboard.press("End");
    await page.keyboard.type(" ");
    await page.waitForURL(`${baseUrl}/search?q=tte+`);
    await expect.poll(() => resultTitles(page)).toContain(TTE_TITLE);
    expect(await focusedText(page)).toMatch(/^input#search-q\|/);
    expect(await page.inputValue("#search-q")).toBe("tte ");
    await page.keyboard.type("naskah", { delay: 60 });
    await expect
      .poll(() => new URL(page.url()).searchParams.get("q"), { timeout: 5000 })
      .toBe("tte naskah");
    await context.close();
  });

  it("shows the query of the results in the box after going Back", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openSearch(page, "?q=tte");
    await page
      .getByRole("complementary", { name: "Saring hasil" })
      .getByRole("link", { name: /Praktik baik/ })
      .click();
    await page.waitForURL(`${baseUrl}/search?q=tte&type=practice`);
    await page.locator("#search-q").fill("arsitektur");
    await page.waitForURL(
      (url) => url.searchParams.get("q") === "arsitektur" && url.searchParams.has("type"),
    );
    await expect.poll(() => resultTitles(page)).not.toContain(TTE_TITLE);
    await page.goBack();
    await page.waitForURL(`${baseUrl}/search?q=tte`);
    await expect.poll(() => resultTitles(page)).toContain(TTE_TITLE);
    expect(await page.inputValue("#search-q")).toBe("tte");
    await context.close();
  });

  it("narrows results with a facet value, and the filter can be removed again", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    await openSearch(page, "?q=tte");
    const before = await resultTitles(page);
    expect(before.length).toBeGreaterThan(1);
    const facets = page.getByRole("complementary", { name: "Saring hasil" });
    await facets.getByRole("link", { name: /Praktik baik/ }).click();
    await page.waitForURL(/[?&]type=practice(&|$)/);
    await expect.poll(() => resultTitles(page)).toEqual([TTE_TITLE]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("tte");
    const types = await page.locator("#search-results [class*='badge-type-']").allTextContents();
    expect(types).toEqual(["Praktik baik"]);
    const remove = page.getByRole("link", { name: "Hapus saringan: Jenis: Praktik baik" });
    expect(await remove.textContent()).toContain("Jenis: Praktik baik");
    // Typing again keeps the filter.
    await page.locator("#search-q").fill("tanda tangan elektronik");
    await page.waitForURL(/q=tanda\+tangan\+elektronik/);
    expect(new URL(page.url()).searchParams.get("type")).toBe("practice");
    await expect.poll(() => resultTitles(page)).toEqual([TTE_TITLE]);
    await remove.click();
    await page.waitForURL((url) => !url.searchParams.has("type"));
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(1);
    expect(await remove.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [language, label, filter] of [
    ["id", "Bukti dukung", "Saring hasil"],
    ["en", "Evidence", "Filter results"],
  ] as const) {
    it(`finds public demo evidence by its files' text, with the type named in ${language}, linking to the record`, async () => {
      const context = await newContext(language);
      const page = await context.newPage();
      const problems = watchConsole(page);
      // Words of the demo PDFs' text only (no title or description holds them).
      const query = "?q=menetapkan+kebijakan+internal";
      await openSearch(page, query);
      const facets = page.getByRole("complementary", { name: filter });
      const facet = facets.getByRole("link", { name: new RegExp(label) });
      // A fresh database indexes the demo files' text once the background extraction has read
      // them (a fresh CI clone searched before it had): search again until the facet shows.
      await expect
        .poll(
          async () => {
            if ((await facet.count()) > 0) return true;
            await openSearch(page, query);
            return false;
          },
          { timeout: 120_000, interval: 2_000 },
        )
        .toBe(true);
      await facet.click();
      await page.waitForURL(/[?&]type=evidence(&|$)/);
      // The address changes before React has rendered the filtered list (the navigation
      // renders in a transition): wait until every hit shown is of the chosen type.
      const badges = page.locator("#search-results [class*='badge-type-']");
      await expect.poll(async () => [...new Set(await badges.allTextContents())]).toEqual([label]);
      const first = page.locator("#search-results a.search-hit-link").first();
      expect(await first.getAttribute("href")).toMatch(/^\/evidence\/[0-9a-f-]{36}$/);
      const title = ((await first.textContent()) ?? "").trim();
      expect(title).toContain("(DEMO)");
      await first.click();
      await page.waitForURL(/\/evidence\/[0-9a-f-]{36}$/);
      await page.getByRole("heading", { level: 1, name: title }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    }, 180_000);
  }

  it("goes from the box to the results with the arrow keys, and back with Esc", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openSearch(page, "?q=arsitektur+spbe");
    const titles = await resultTitles(page);
    expect(titles[0]).toBe("Arsitektur SPBE");
    expect(titles.length).toBeGreaterThan(2);
    await page.locator("#search-q").focus();
    await page.keyboard.press("ArrowDown");
    expect(await focusedText(page)).toBe(`a#|${titles[0]}`);
    await page.keyboard.press("ArrowDown");
    expect(await focusedText(page)).toBe(`a#|${titles[1]}`);
    await page.keyboard.press("ArrowUp");
    expect(await focusedText(page)).toBe(`a#|${titles[0]}`);
    await page.keyboard.press("Escape");
    expect(await focusedText(page)).toMatch(/^input#search-q\|/);
    // Enter on a focused result opens it.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}/spbe/indicators/11`);
    await context.close();
  });

  it("Ctrl+K on another page focuses the header search box; Enter lands on /search", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}/practices`);
    await waitForHydration(page, "#header-search-q");
    expect(await focusedText(page)).not.toMatch(/^input#header-search-q/);
    await page.keyboard.press("Control+k");
    expect(await focusedText(page)).toMatch(/^input#header-search-q\|/);
    await page.keyboard.type("arsitektur spbe");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${baseUrl}/search?q=arsitektur+spbe`);
    expect(await page.inputValue("#search-q")).toBe("arsitektur spbe");
    await expect.poll(async () => (await resultTitles(page))[0]).toBe("Arsitektur SPBE");
    // On /search itself, Ctrl+K selects the page's box (the header has none there).
    expect(await page.locator("#header-search-q").count()).toBe(0);
    await page.locator("#search-results a.search-hit-link").first().focus();
    await page.keyboard.press("Control+k");
    expect(await focusedText(page)).toMatch(/^input#search-q\|/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the empty state for a query that matches nothing", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openSearch(page);
    await page.locator("#search-q").fill("xqzzyv blorptk");
    await page.waitForURL(/q=xqzzyv\+blorptk/);
    await expect.poll(() => page.textContent("main")).toContain("Tidak ada hasil");
    expect(await page.textContent("main")).toContain(
      "Tidak ada yang cocok dengan \u201cxqzzyv blorptk\u201d",
    );
    expect(await page.locator("#search-results").count()).toBe(0);
    await context.close();
  });

  it("tells the reader when it searched for a corrected spelling", async () => {
    const context = await newContext();
    const page = await context.newPage();
    await openSearch(page, "?q=arsitektr+spbe");
    expect(await page.textContent("main")).toContain(
      "Hasil di bawah ini untuk \u201carsitektur spbe\u201d",
    );
    expect((await resultTitles(page))[0]).toBe("Arsitektur SPBE");
    await context.close();
  });
});

describe("search accessibility (axe, WCAG 2.1 A and AA)", () => {
  const PAGES = [
    "/search",
    "/search?q=tte",
    "/search?q=pelayanan+pengaduan&type=practice",
    "/search?q=arsitektr+spbe",
    "/search?q=xqzzyv+blorptk",
  ];
  for (const language of ["id", "en"] as const) {
    it.each(PAGES)(`%s has no violation (${language})`, async (route) => {
      const context = await newContext(language);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${route}`);
      expect(await page.getAttribute("html", "lang")).toBe(language);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      const violations = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  it("has no violation in the English results, after typing", async () => {
    const context = await newContext("en");
    const page = await context.newPage();
    await openSearch(page);
    await page.locator("#search-q").pressSequentially("tte", { delay: 60 });
    await page.waitForURL(`${baseUrl}/search?q=tte`);
    await expect.poll(() => resultTitles(page)).toContain(TTE_TITLE);
    expect(await page.textContent(".search-status")).toContain("results for \u201ctte\u201d");
    const facets = page.getByRole("complementary", { name: "Filter results" });
    expect(await facets.getByRole("link", { name: /Good practice/ }).count()).toBe(1);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
