import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signIn } from "./support/sign-in";
import { launchBrowser } from "./support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const PAGES = [
  "/",
  "/login",
  "/request-account",
  "/forgot-password",
  "/outbox",
  "/regions",
  "/regions?cohort=living-lab-pilot",
  "/regions/32.11",
  "/regions/11.01",
  "/spbe",
  "/spbe/indicators/11",
  "/spbe/indicators/37",
  "/practices",
  "/practices?indicator=42&sort=viewed",
  "/practices?region=32.11&domain=9",
  "/practices?q=tidak-ada-sama-sekali",
  "/practices/pengaduan-terpadu-sumedang",
  "/dashboard",
  "/software",
  "/software?sort=readiness",
  "/software?category=xyz",
  "/software/e-naskah",
  "/search?q=tte",
  "/halaman-tidak-ada",
];

async function violationsOf(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  it("signed-in pages have no violation", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "sekda.sumedang@demo.livinglab.id");
    for (const route of [
      "/account",
      "/account/password",
      "/invitations/new",
      "/manage/requests",
      "/regions/32.11/members",
      "/practices/new",
      "/practices/pengaduan-terpadu-sumedang/edit",
      "/dashboard",
      "/software/new",
      "/software/e-naskah",
      "/software/e-naskah/edit",
    ]) {
      await page.goto(`${baseUrl}${route}`);
      expect(await violationsOf(page), route).toEqual([]);
    }
    await context.close();
  });

  for (const language of ["id", "en"] as const) {
    it(`the audit log and cohort management have no violation, also at 375 px (${language})`, async () => {
      const context = await browser.newContext();
      const page = await signIn(baseUrl, context, "koordinator@demo.livinglab.id");
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      for (const width of [1366, 375]) {
        await page.setViewportSize({ width, height: 800 });
        for (const route of ["/admin/audit", "/cohorts/living-lab-pilot/manage", "/practices"]) {
          await page.goto(`${baseUrl}${route}`);
          expect(await violationsOf(page), `${route} at ${width} px`).toEqual([]);
        }
        // With the Saring filters and the phone menu (which lies over the page) open.
        if (width === 375) {
          await page
            .locator("summary", { hasText: language === "id" ? "Saring" : "Filter" })
            .click();
          await page.locator("header summary").click();
          expect(await violationsOf(page), "menu and filters open").toEqual([]);
        }
      }
      await context.close();
    }, 120_000);

    it.each(PAGES)(`%s has no violation (${language})`, async (route) => {
      const context = await browser.newContext();
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${route}`);
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
});
