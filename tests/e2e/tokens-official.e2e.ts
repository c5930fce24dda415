// Two pages of issue 14 as their users meet them: a coordinator enters a region's official SPBE
// result and sees it beside the self-assessment; a developer creates a personal access token
// (shown once) and revokes it. Axe finds no serious violation and nothing scrolls sideways at
// 1366 and 375 px, in both languages.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { seriousViolations, scrollsSideways } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("official results and access tokens", () => {
  it("lets a coordinator enter an official result that the self-assessment page then shows", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "koordinator@demo.livinglab.id");
    await page.goto(`${baseUrl}/regions/32.73/self-assessments/2025/official`);
    await page.getByLabel("Indeks SPBE resmi", { exact: true }).fill("3,47");
    await page.getByLabel("Sumber", { exact: true }).fill("Keputusan Menteri PANRB (uji browser)");
    await page.getByRole("button", { name: "Simpan hasil resmi" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("tersimpan");
    await page.goto(`${baseUrl}/regions/32.73/self-assessments/2025`);
    expect(await page.locator("main").textContent()).toContain("3,47");
    await context.close();
  });

  it("shows a new token once, lists it, and revokes it", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    await page.goto(`${baseUrl}/account/tokens`);
    await page.getByLabel("Nama token").fill("CI unggah bukti");
    const scope = page.locator("input[name=scopes][value='evidence:write']");
    // A compact checkbox on its label's line, not a full-width box above it.
    expect((await scope.boundingBox())!.width).toBeLessThanOrEqual(24);
    await scope.check();
    await page.getByRole("button", { name: "Buat token" }).click();
    await expect.poll(() => page.locator("#token-secret").inputValue()).toMatch(/^llp_/);
    await page.reload();
    expect(await page.locator("#token-secret").count()).toBe(0);
    const row = page.locator("tr", { hasText: "CI unggah bukti" });
    expect(await row.textContent()).toContain("Aktif");
    await page.getByRole("button", { name: "Cabut token CI unggah bukti" }).click();
    await expect.poll(() => row.textContent()).toContain("Dicabut");
    await context.close();
  });

  for (const language of ["id", "en"] as const) {
    it(`has no serious axe violation and no sideways scroll at 1366 and 375 px (${language})`, async () => {
      const context = await browser.newContext();
      const coordinator = await signIn(baseUrl, context, "koordinator@demo.livinglab.id");
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const developer = await signIn(
        baseUrl,
        await browser.newContext(),
        "dev.bandung@demo.livinglab.id",
      );
      await developer.context().addCookies([{ name: "lang", value: language, url: baseUrl }]);
      for (const width of [1366, 375]) {
        for (const [page, route] of [
          [coordinator, "/regions/32.11/self-assessments/2024/official"],
          [developer, "/account/tokens"],
        ] as const) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${baseUrl}${route}`);
          expect(await seriousViolations(page), `${route} at ${width}`).toEqual([]);
          expect(await scrollsSideways(page), `${route} at ${width}`).toBe(false);
          if (process.env.SHOTS_DIR)
            await page.screenshot({
              path: `${process.env.SHOTS_DIR}/${route.split("/").pop()}-${language}-${width}.png`,
              fullPage: true,
            });
        }
      }
      await developer.context().close();
      await context.close();
    });
  }
});
