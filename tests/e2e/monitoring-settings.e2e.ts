// The participation thresholds' settings page as a coordinator meets it: a bad value is refused
// with its message beside the field, good values are saved and named as the last change (then set
// back to the defaults for the other browser tests); a regional secretary is refused. No serious
// axe violation and no sideways scroll at 1366 and 375 px, in both languages.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { scrollsSideways, seriousViolations } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("the participation thresholds' settings page", () => {
  it("refuses a bad value, saves good ones and names the last change", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "koordinator@demo.livinglab.id");
    await page.goto(`${baseUrl}/monitoring/settings`);
    const active = page.getByLabel("Aktif: kegiatan dalam berapa hari terakhir", { exact: true });
    const lessActive = page.getByLabel("Kurang aktif: kegiatan dalam berapa hari terakhir", {
      exact: true,
    });
    expect(await active.inputValue()).toBe("30");
    await lessActive.fill("20");
    await page.getByRole("button", { name: "Simpan ambang" }).click();
    await expect
      .poll(() => page.locator("#field-lessActiveDays-error").textContent())
      .toContain("lebih besar dari ambang aktif");
    await active.fill("45");
    await lessActive.fill("120");
    await page.getByRole("button", { name: "Simpan ambang" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("tersimpan");
    await expect.poll(() => page.locator("main").textContent()).toContain("Terakhir diubah");
    // The definition on the public page names the new thresholds.
    await page.goto(`${baseUrl}/partisipasi`);
    await page.locator("thead summary", { hasText: "Apa artinya: Status?" }).click();
    expect(await page.locator("thead").textContent()).toContain("45 hari terakhir");
    await page.goto(`${baseUrl}/monitoring/settings`);
    await active.fill("30");
    await lessActive.fill("90");
    await page.getByRole("button", { name: "Simpan ambang" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("tersimpan");
    await context.close();
  });

  it("refuses a regional secretary", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "sekda.sumedang@demo.livinglab.id");
    const response = await page.goto(`${baseUrl}/monitoring/settings`);
    expect(response?.status()).toBe(403);
    await context.close();
  });

  for (const language of ["id", "en"] as const) {
    it(`has no serious axe violation and no sideways scroll (${language})`, async () => {
      const context = await browser.newContext();
      const page = await signIn(baseUrl, context, "koordinator@demo.livinglab.id");
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${baseUrl}/monitoring/settings`);
        await page.locator("details.figure-help summary").click();
        expect([width, await scrollsSideways(page)]).toEqual([width, false]);
        expect([width, await seriousViolations(page)]).toEqual([width, []]);
      }
      await context.close();
    });
  }
});
