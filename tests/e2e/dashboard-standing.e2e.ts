// The secretary's dashboard as Sumedang's secretary meets it: the next steps come first and are on
// the first screen of a phone (375 px); the region against its peers names what each average is
// over; the commitments link to the region's board; no serious axe violation and no sideways scroll
// at 1366 and 375 px, in both languages. And a region's page printed to an A4 PDF is one page,
// without the portal's header, footer or forms. Screenshots go to $E2E_SHOTS when it is set.
import type { Browser, Page } from "playwright-core";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { scrollsSideways, seriousViolations } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const SEKDA = "sekda.sumedang@demo.livinglab.id";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

describe("the secretary's dashboard: the region against its peers", () => {
  it("puts the next steps on a phone's first screen and names every average", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await signIn(baseUrl, context, SEKDA);
    const next = page.getByRole("heading", { name: "Langkah berikutnya" });
    await expect.poll(() => next.isVisible()).toBe(true);
    const box = (await page.locator(".next-actions li").first().boundingBox())!;
    expect(box.y + box.height).toBeLessThan(740);
    const standing = page.locator(".standing-comparison");
    expect(await standing.innerText()).toContain("rata-rata 27 kabupaten/kota Jawa Barat");
    expect(await standing.innerText()).toContain("Praktik terbit");
    await page
      .getByRole("link", { name: "Semua komitmen di papan pelacak Kabupaten Sumedang" })
      .click();
    await page.waitForURL(/\/regions\/32\.11\/tracker$/);
    await context.close();
  });

  for (const language of ["id", "en"] as const) {
    it(`has no serious axe violation and no sideways scroll (${language})`, async () => {
      const context = await browser.newContext();
      const page = await signIn(baseUrl, context, SEKDA);
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${baseUrl}/dashboard`);
        await page
          .getByRole("heading", {
            name:
              language === "id" ? "Daerah Anda dibanding rekan" : "Your region against its peers",
          })
          .waitFor();
        expect([width, await scrollsSideways(page)]).toEqual([width, false]);
        expect([width, await seriousViolations(page)]).toEqual([width, []]);
        await shot(page, `dashboard-${language}-${width}`);
      }
      await context.close();
    });
  }
});

describe("the printed region report", () => {
  it("shows the key figures on screen with no serious axe violation, id and en", async () => {
    for (const language of ["id", "en"] as const) {
      const context = await browser.newContext();
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const page = await context.newPage();
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${baseUrl}/regions/32.11`);
        expect(await page.locator(".region-key-figures dt").count()).toBe(7);
        // The "printed" line is for paper only.
        expect(await page.locator(".region-printed").isVisible()).toBe(false);
        expect([language, width, await scrollsSideways(page)]).toEqual([language, width, false]);
        expect([language, width, await seriousViolations(page)]).toEqual([language, width, []]);
      }
      await context.close();
    }
  });

  it("is one A4 page without the portal's header, footer or forms", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/regions/32.11`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".site-footer").isVisible()).toBe(false);
    expect(await page.locator(".region-printed").innerText()).toMatch(/^Laporan daerah, dicetak /);
    expect(await page.getByRole("heading", { name: "Kabupaten Sumedang" }).isVisible()).toBe(true);
    expect(await page.locator(".chart table").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    // Chromium writes each page as an uncompressed "/Type /Page" object.
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    const dir = process.env.E2E_SHOTS;
    if (dir)
      await import("node:fs/promises").then((fs) =>
        fs.writeFile(path.join(dir, "region-32.11.pdf"), pdf),
      );
    await page.close();
  });
});
