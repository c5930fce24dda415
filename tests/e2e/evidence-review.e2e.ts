// A coordinator reviews a region's evidence on its record page and the region reads the comment:
// "perlu perbaikan" without a comment is refused with a message on the comment field; with one it
// is saved, and the region's developer finds it in the review history. The board shows each
// claimed indicator's readiness beside the readiness figure. Axe finds no serious violation and
// nothing scrolls sideways at 1366 and 375 px, in both languages.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { seriousViolations, scrollsSideways } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
let browser: Browser;
let recordPath: string | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const SHOTS = process.env.SHOTS_DIR;
// Demo evidence and a demo self-assessment cover Sumedang's 2025.
const BOARD = "/regions/32.11/evidence/2025";
const COMMENT = "Lampirkan halaman pengesahan yang ditandatangani (uji e2e).";

/** The first demo record on the board, as a path. */
async function firstRecord(page: Page): Promise<string> {
  await page.goto(`${baseUrl}${BOARD}`);
  const href = await page.locator('.evidence-row a[href^="/evidence/"]').first().getAttribute("href");
  if (!href) throw new Error("the demo board lists no evidence");
  return href;
}

describe("evidence review", () => {
  it("refuses a revision request without a comment, saves one with it, and the region reads it", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "koordinator@demo.livinglab.id");
    recordPath = await firstRecord(page);
    await page.goto(`${baseUrl}${recordPath}`);
    const form = page.locator('form[action$="/review"]');
    await form.getByRole("radio", { name: "Perlu perbaikan" }).check();
    await form.getByRole("button", { name: "Simpan tinjauan" }).click();
    await expect
      .poll(() => form.locator(".field-error").allTextContents())
      .toContain("Tulis komentar untuk daerah: apa yang perlu diperbaiki.");
    await form.getByRole("textbox", { name: /Komentar untuk daerah/ }).fill(COMMENT);
    await form.getByRole("button", { name: "Simpan tinjauan" }).click();
    await expect.poll(() => form.getByRole("status").textContent()).toContain("dikembalikan untuk perbaikan");
    await context.close();

    const region = await browser.newContext();
    const developer = await signIn(baseUrl, region, "dev.sumedang@demo.livinglab.id");
    await developer.goto(`${baseUrl}${recordPath}`);
    const history = developer.locator(".review-history li").first();
    await expect.poll(() => history.textContent()).toContain(COMMENT);
    expect(await history.textContent()).toContain("Perlu perbaikan");
    await region.close();
  }, 180_000);

  it("shows the readiness of each claimed indicator on the board, beside the figure", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    await page.goto(`${baseUrl}${BOARD}`);
    const figure = await page.locator(".readiness-figure").textContent();
    expect(figure).toMatch(/\d,\d dari \d,\d poin indeks didukung bukti/);
    const states = await page.locator(".evidence-row .readiness-state").allTextContents();
    expect(states.length).toBeGreaterThan(0);
    for (const state of states)
      expect(["Didukung", "Perlu perbaikan", "Kedaluwarsa", "Belum ada bukti"]).toContain(state);
    await context.close();
  }, 120_000);

  for (const language of ["id", "en"] as const) {
    it(`has no serious axe violation and no sideways scroll at 1366 and 375 px (${language})`, async () => {
      const context = await browser.newContext();
      const page = await signIn(baseUrl, context, "koordinator@demo.livinglab.id");
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const record = recordPath ?? (await firstRecord(page));
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 800 });
        for (const [name, route] of [
          ["review", record],
          ["board", BOARD],
        ] as const) {
          await page.goto(`${baseUrl}${route}`);
          expect(await seriousViolations(page), `${route} at ${width} px`).toEqual([]);
          expect(await scrollsSideways(page), `${route} at ${width} px`).toBe(false);
          if (SHOTS)
            await page.screenshot({
              path: `${SHOTS}/evidence-${name}-coordinator-${language}-${width}.png`,
              fullPage: true,
            });
        }
      }
      await context.close();
    }, 240_000);
  }
});
