// The public participation page as a visitor meets it: every region in the table with its figures,
// a province filter that narrows it, an unknown filter named back, every column's definition one
// click or key press away (FigureHelp);
// no serious axe violation and no sideways scroll at 1366 and 375 px, in both languages.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { scrollsSideways, seriousViolations } from "./support/page-checks";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("the public participation page", () => {
  it("lists every region, filters by province and names an unknown filter", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/partisipasi`);
    expect(await page.locator("tbody tr").count()).toBe(514);
    await page.getByLabel("Provinsi").selectOption("32");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/province=32/);
    await expect.poll(() => page.locator("tbody tr").count()).toBe(27);
    expect(await page.locator("tbody").innerText()).toContain("Kabupaten Sumedang");
    // Every column's definition one click (or key press) away.
    expect(await page.locator("thead details.figure-help").count()).toBe(7);
    const help = page.locator("thead details.figure-help").nth(6);
    await help.locator("summary").focus();
    await page.keyboard.press("Enter");
    expect(await help.getAttribute("open")).not.toBeNull();
    expect(await help.textContent()).toContain("sedikitnya satu bukti dukung");
    await page.goto(`${baseUrl}/partisipasi?status=sangat-aktif`);
    expect(await page.getByRole("status").innerText()).toContain("status=sangat-aktif");
    await page.close();
  });

  for (const language of ["id", "en"] as const) {
    it(`has no serious axe violation and no sideways scroll (${language})`, async () => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const page = await context.newPage();
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${baseUrl}/partisipasi?province=32`);
        // With the definitions open, too.
        for (const summary of await page.locator("thead details.figure-help summary").all())
          await summary.click();
        expect([width, await scrollsSideways(page)]).toEqual([width, false]);
      }
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
