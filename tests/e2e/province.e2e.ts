// The province page as its visitors meet it: an anonymous visitor reads Jawa Barat's 27 regions
// and its roll-up beside the national figures, without the members-level figures; the province
// coordinator of Jawa Barat reaches it from the dashboard and reads them; /partisipasi and the
// region page link to it; an unknown code is a 404 in the reader's language. No serious axe
// violation and no sideways scroll at 1366 and 375 px, in both languages, for both kinds of
// visitor. With SHOTS_DIR set, screenshots are kept there.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { scrollsSideways, seriousViolations } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const SHOTS = process.env.SHOTS_DIR;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The page's heading: there once a client-side navigation has rendered it. */
const provinceHeading = (page: Page, name = "Provinsi Jawa Barat") =>
  page.getByRole("heading", { level: 1, name });

async function checkWidths(page: Page, name: string) {
  for (const width of [1366, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    expect([name, width, await scrollsSideways(page)]).toEqual([name, width, false]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  expect([name, await seriousViolations(page)]).toEqual([name, []]);
}

describe("the province page", () => {
  it("shows a visitor the public figures and links from /partisipasi and the region page", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/partisipasi?province=32`);
    await page.getByRole("link", { name: "Jawa Barat" }).first().click();
    await page.waitForURL(`${baseUrl}/provinces/32`);
    await provinceHeading(page).waitFor();
    expect(await page.locator("#province-regions-title ~ * tbody tr").count()).toBe(27);
    const rollup = page.getByRole("region", { name: /Rekapitulasi provinsi dan nasional/ });
    expect(await rollup.locator("tr[data-figure=regions] td").allInnerTexts()).toEqual([
      "27",
      "514",
    ]);
    expect(await page.getByRole("columnheader", { name: "Anggota aktif" }).count()).toBe(0);
    await page.goto(`${baseUrl}/regions/32.11`);
    await page.getByRole("link", { name: "Jawa Barat" }).last().click();
    await page.waitForURL(`${baseUrl}/provinces/32`);
    await provinceHeading(page).waitFor();
    await page.close();
  });

  it("gives the province coordinator of Jawa Barat its members-level figures, from the dashboard", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "koordinator.jabar@demo.livinglab.id");
    await page.getByRole("link", { name: "Pantau partisipasi Provinsi Jawa Barat" }).click();
    await page.waitForURL(`${baseUrl}/provinces/32`);
    await provinceHeading(page).waitFor();
    expect(await page.getByRole("columnheader", { name: "Anggota aktif" }).count()).toBe(1);
    expect(await page.getByRole("region", { name: /Angka tingkat anggota provinsi/ }).count()).toBe(
      1,
    );
    await page.goto(`${baseUrl}/provinces/33`);
    expect(await page.getByRole("columnheader", { name: "Anggota aktif" }).count()).toBe(0);
    await context.close();
  });

  it("answers an unknown province with a 404 page in the reader's language", async () => {
    for (const [language, text] of [
      ["id", "Provinsi ini tidak dikenal"],
      ["en", "This province is not known"],
    ] as const) {
      const context = await browser.newContext();
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}/provinces/99`);
      expect(response?.status()).toBe(404);
      expect(await page.locator("main").innerText()).toContain(text);
      await context.close();
    }
  });

  for (const language of ["id", "en"] as const) {
    it(`has no serious axe violation and no sideways scroll (${language})`, async () => {
      const anonymous = await browser.newContext();
      await anonymous.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const visitor = await anonymous.newPage();
      await visitor.goto(`${baseUrl}/provinces/32`);
      await checkWidths(visitor, `province-public-${language}`);
      await anonymous.close();

      const signedIn = await browser.newContext();
      const page = await signIn(baseUrl, signedIn, "koordinator.jabar@demo.livinglab.id");
      await signedIn.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      await page.goto(`${baseUrl}/provinces/32`);
      await checkWidths(page, `province-members-${language}`);
      await signedIn.close();
    });
  }
});
