// The evidence board and a record page as a region's developer meets them: add evidence for an
// indicator with two files at once (sent by the upload script), see both listed on the record page;
// the board, the form and the record have no serious axe violation and no sideways scroll at 1366
// and 375 px, in both languages.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildPdf } from "../../scripts/lib/demo-documents";
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
const BOARD = "/regions/32.11/evidence/2025";

describe("evidence pages", () => {
  it("adds evidence for an indicator with two files and lists them on the record page", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    await page.goto(`${baseUrl}${BOARD}`);
    await page.getByRole("link", { name: "Tambah bukti untuk indikator 1", exact: true }).click();
    await page.waitForURL(/\/new\?indicator=1$/);
    expect(await page.locator('input[name="indicators"][value="1"]').isChecked()).toBe(true);
    await page.locator('input[name="title"]').fill("SK Tim Koordinasi SPBE (uji e2e)");
    await page.locator('select[name="level"]').selectOption("3");
    await page.locator('input[name="effectiveDate"]').fill("2025-03-01");
    await page.locator('input[name="linkUrl"]').first().fill("https://jdih.sumedangkab.go.id/sk");
    const pdf = async (line: string) => Buffer.from(await buildPdf([{ lines: [line] }]));
    await page.locator('input[name="files"]').setInputFiles([
      { name: "sk-tim.pdf", mimeType: "application/pdf", buffer: await pdf("Surat keputusan") },
      { name: "notulen.pdf", mimeType: "application/pdf", buffer: await pdf("Notulen rapat") },
    ]);
    await page.getByRole("button", { name: "Simpan bukti" }).click();
    // The upload script navigates in the page (no new document load): wait for the URL only.
    await expect
      .poll(
        async () => {
          const summary = page.locator("#error-summary-title");
          return (await summary.count()) > 0
            ? await page.locator(".error-summary").innerText()
            : page.url();
        },
        { timeout: 90_000 },
      )
      .toMatch(/\/evidence\/[0-9a-f-]{36}\?notice=/);
    recordPath = new URL(page.url()).pathname;
    const files = page.locator(".evidence-file .evidence-version-name a");
    await expect.poll(() => files.allTextContents()).toEqual(["sk-tim.pdf", "notulen.pdf"]);
    await page.goto(`${baseUrl}${BOARD}`);
    await expect
      .poll(() => page.locator("#indicator-1").textContent())
      .toContain("SK Tim Koordinasi SPBE (uji e2e)");
    await context.close();
  }, 180_000);

  for (const language of ["id", "en"] as const) {
    it(`has no serious axe violation and no sideways scroll at 1366 and 375 px (${language})`, async () => {
      const context = await browser.newContext();
      const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const routes = [BOARD, `${BOARD}/new`, ...(recordPath ? [recordPath] : [])];
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 800 });
        for (const route of routes) {
          await page.goto(`${baseUrl}${route}`);
          expect(await seriousViolations(page), `${route} at ${width} px`).toEqual([]);
          expect(await scrollsSideways(page), `${route} at ${width} px`).toBe(false);
          if (SHOTS) {
            const name = route === BOARD ? "board" : route.endsWith("/new") ? "new" : "record";
            await page.screenshot({
              path: `${SHOTS}/evidence-${name}-${language}-${width}.png`,
              fullPage: name !== "board",
            });
          }
        }
      }
      await context.close();
    }, 240_000);
  }
});
