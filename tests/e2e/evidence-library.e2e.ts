// The example library /evidence in a browser: no serious or critical axe violation in Bahasa
// Indonesia and English, at 1366 and 375 px without sideways scrolling (with the phone "Saring"
// filters open), and a filtered empty result offering "Hapus saringan". Screenshots go to
// /tmp/shots-he4/.
import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
const SHOTS = "/tmp/shots-he4";
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("evidence library /evidence", () => {
  for (const language of ["id", "en"] as const) {
    it(`has no serious or critical violation and no sideways scroll (${language})`, async () => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const page = await context.newPage();
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const route of ["/evidence", "/evidence?indicator=18&level=4"]) {
          await page.goto(`${baseUrl}${route}`);
          await expect
            .poll(() => page.locator("h1").textContent())
            .toBe(language === "id" ? "Contoh bukti dukung SPBE" : "SPBE evidence examples");
          if (width === 375)
            await page
              .locator("summary", { hasText: language === "id" ? "Saring" : "Filter" })
              .click();
          const results = await new AxeBuilder({ page }).analyze();
          const bad = results.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
          expect(bad, `${route} at ${width} px`).toEqual([]);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, `${route} at ${width} px`).toBeLessThanOrEqual(width);
          const name = route === "/evidence" ? "library" : "library-18-4";
          await page.screenshot({
            path: `${SHOTS}/${name}-${language}-${width}.png`,
            fullPage: true,
          });
        }
      }
      await expect
        .poll(() =>
          page
            .getByRole("link", { name: language === "id" ? "Hapus saringan" : "Clear filters" })
            .count(),
        )
        .toBeGreaterThan(0);
      await context.close();
    }, 120_000);
  }
});
