// The practice page as its readers meet it (issue 13 item 4): "Tiru praktik ini" (#tiru, where
// the gap analysis links) names the contacts and how to reach them; the page leads to the code
// entries the practice uses and to each revision's differences; a draft has no question form.
// Axe finds no serious violation and nothing scrolls sideways at 1366 and 375 px, in both languages.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchConsole } from "./support/browser";
import { scrollsSideways, seriousViolations } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const PUBLISHED = "/practices/tte-naskah-dinas-sumedang";
const SHOTS = process.env.SHOTS_DIR;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Axe and sideways scroll at 1366 and 375 px in both languages; screenshots to SHOTS_DIR. */
async function checkLayout(page: Page, route: string) {
  for (const language of ["id", "en"] as const) {
    await page.context().addCookies([{ name: "lang", value: language, url: baseUrl }]);
    for (const width of [1366, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${baseUrl}${route}`);
      const where = `${route} ${language} at ${width}`;
      expect(await seriousViolations(page), where).toEqual([]);
      expect(await scrollsSideways(page), where).toBe(false);
      if (SHOTS)
        await page.screenshot({
          path: `${SHOTS}/${route.split("/").pop()}-${language}-${width}.png`,
          fullPage: true,
        });
    }
  }
  await page.context().addCookies([{ name: "lang", value: "id", url: baseUrl }]);
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe("the practice page", () => {
  it("names the contacts in 'Tiru praktik ini' and leads to the code entries it uses", async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}${PUBLISHED}#tiru`);
    const replicate = page.locator("#tiru");
    expect(await replicate.locator("h2").textContent()).toBe("Tiru praktik ini");
    expect(await replicate.textContent()).toContain("Kontak Demo");
    const mail = replicate.locator("a[href^='mailto:']").first();
    expect(await mail.getAttribute("href")).toMatch(/^mailto:.+@demo\.livinglab\.id$/);
    // Published: the questions are there (a visitor is asked to sign in to ask).
    expect(await page.locator("#tanya-jawab").count()).toBe(1);
    const entry = page
      .getByRole("region", { name: "Kode yang dipakai" })
      .locator("a[href^='/software/']")
      .first();
    const name = (await entry.textContent())!.trim();
    await entry.click();
    await page.waitForURL(/\/software\/[^/]+$/);
    await expect.poll(() => page.textContent("h1")).toContain(name);
    expect(problems).toEqual([]);
    await page.close();

    const member = await browser.newContext();
    await checkLayout(await signIn(baseUrl, member, "dev.bandung@demo.livinglab.id"), PUBLISHED);
    await member.close();
  });

  it("shows a draft to its author with its contact and no question form; once published, its revisions lead to their diffs", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    await page.goto(`${baseUrl}/practices/new`);
    await page.getByLabel("Judul", { exact: true }).fill("Halaman Praktik Uji Browser Draf");
    await page
      .getByLabel("Ringkasan (paling banyak 300 karakter)")
      .fill("Praktik uji untuk memeriksa halaman praktik yang masih berupa draf.");
    await page.getByLabel("Masalah", { exact: true }).fill("Masalah uji.");
    await page.getByLabel("Solusi", { exact: true }).fill("Solusi uji.");
    await page
      .getByLabel(/^Narahubung/)
      .fill("Kontak Demo Uji | Pengelola | kontak.uji@demo.livinglab.id | 0261 123456");
    await page.getByLabel("42. Layanan Pengaduan Pelayanan Publik Berbasis Elektronik").check();
    await page.getByLabel("Tata Kelola Cerdas").check();
    await page.getByLabel("Sektor", { exact: true }).selectOption("pengaduan");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.waitForURL(/\/practices\/halaman-praktik-uji-browser-draf\/edit$/);
    const draftPath = "/practices/halaman-praktik-uji-browser-draf";

    await page.goto(`${baseUrl}${draftPath}`);
    expect(await page.locator("main .notice").first().textContent()).toContain("Draf");
    expect(await page.locator("#tanya-jawab").count()).toBe(0);
    expect(await page.getByLabel("Pertanyaan Anda").count()).toBe(0);
    const replicate = page.locator("#tiru");
    expect(await replicate.textContent()).toContain("Kontak Demo Uji");
    expect(await replicate.locator("a[href^='tel:']").getAttribute("href")).toBe("tel:0261123456");
    await checkLayout(page, draftPath);

    // Published by the secretary, then edited: revision 2 leads to its differences.
    const secretary = await browser.newContext();
    const review = await signIn(baseUrl, secretary, "sekda.sumedang@demo.livinglab.id");
    await review.goto(`${baseUrl}${draftPath}/edit`);
    await review.getByRole("button", { name: "Terbitkan", exact: true }).click();
    await review.waitForURL(`${baseUrl}${draftPath}`);
    await secretary.close();
    await page.goto(`${baseUrl}${draftPath}/edit`);
    await page.getByLabel("Masalah", { exact: true }).fill("Masalah uji yang diperjelas.");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect.poll(() => page.textContent("main")).toContain("Tersimpan.");
    await page.goto(`${baseUrl}${draftPath}`);
    expect(await page.locator("#tanya-jawab").count()).toBe(1);
    await page.getByRole("link", { name: "Revisi 2" }).click();
    await page.waitForURL(/\/revisions\?from=1&to=2$/);
    await expect
      .poll(async () => (await page.locator("ins.diff-added").allTextContents()).join(" "))
      .toContain("diperjelas");
    await context.close();
  });
});
