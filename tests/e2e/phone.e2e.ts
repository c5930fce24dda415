// Phone width (375 px): a compact header with a Menu button, filters behind "Saring", tables that
// scroll inside their own box, no Ctrl K hint on touch screens, and a readable audit log.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const PHONE = { width: 375, height: 800 };
const WIDE = { width: 1366, height: 800 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function headerHeight(page: Page): Promise<number> {
  const box = await page.locator("header.site-header").boundingBox();
  if (!box) throw new Error("no header");
  return box.height;
}

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Navigasi utama" });

describe("the header at phone width", () => {
  it("takes at most 200 px and opens the navigation from the Menu button", async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/`);
    expect(await headerHeight(page)).toBeLessThanOrEqual(200);
    const practices = mainNav(page).getByRole("link", { name: "Praktik baik" });
    expect(await practices.isVisible()).toBe(false);

    await page.locator("header summary").click();
    await practices.waitFor({ state: "visible" });
    // The open menu lies over the page: the header itself stays as high as it was.
    expect(await headerHeight(page)).toBeLessThanOrEqual(200);
    await practices.click();
    await page.waitForURL(`${baseUrl}/practices`);
    // A client-side navigation closes the menu again.
    await practices.waitFor({ state: "hidden" });
    await page.close();
  });

  it("opens and closes the menu with the keyboard", async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/`);
    const menuButton = page.locator("header summary");
    await menuButton.focus();
    await page.keyboard.press("Enter");
    const regions = mainNav(page).getByRole("link", { name: "Daerah" });
    await regions.waitFor({ state: "visible" });
    // Tab moves into the open menu.
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => Boolean(document.activeElement?.closest(".site-menu-panel"))),
    ).toBe(true);
    await page.keyboard.press("Escape");
    await regions.waitFor({ state: "hidden" });
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("menu-button")),
    ).toBe(true);
    await page.keyboard.press(" ");
    await regions.waitFor({ state: "visible" });
    await page.close();
  });

  it("shows the navigation without a Menu button on a wide screen, within 200 px", async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(`${baseUrl}/`);
    expect(await page.locator("header summary").isVisible()).toBe(false);
    expect(await mainNav(page).getByRole("link", { name: "Daerah" }).isVisible()).toBe(true);
    expect(await headerHeight(page)).toBeLessThanOrEqual(200);
    await page.close();
  });
});

describe("no sideways scrolling at 375 px", () => {
  const cases: Array<{ who: string | null; routes: string[] }> = [
    { who: null, routes: ["/", "/practices", "/software", "/search?q=tte", "/regions", "/spbe"] },
    { who: "admin@demo.livinglab.id", routes: ["/account", "/admin/audit"] },
    { who: "koordinator@demo.livinglab.id", routes: ["/cohorts/living-lab-pilot/manage"] },
    { who: "sekda.sumedang@demo.livinglab.id", routes: ["/regions/32.11/members", "/account"] },
  ];
  for (const { who, routes } of cases) {
    it(`fits ${routes.join(", ")} (${who ?? "signed out"})`, async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = who ? await signIn(baseUrl, context, who) : await context.newPage();
      for (const route of routes) {
        const response = await page.goto(`${baseUrl}${route}`);
        expect(response?.status(), route).toBe(200);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, route).toBeLessThanOrEqual(375);
      }
      await context.close();
    });
  }

  it("lets a wide table scroll inside a focusable, named box", async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await signIn(baseUrl, context, "admin@demo.livinglab.id");
    // Sign-in lands on the dashboard; the sessions table is on /account.
    await page.goto(`${baseUrl}/account`);
    const box = page.getByRole("region", { name: "Tabel: Sesi aktif" });
    expect(await box.getAttribute("tabindex")).toBe("0");
    const widths = await box.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    await context.close();
  });
});

describe("filters behind the Saring button at phone width", () => {
  it("reveals the search facets on /search", async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/search?q=tte`);
    const facets = page.getByRole("complementary", { name: "Saring hasil" });
    expect(await facets.isVisible()).toBe(false);
    const toggle = page.locator("summary", { hasText: "Saring" });
    // The button comes after the result count.
    const count = await page.getByText(/hasil untuk/).boundingBox();
    const button = await toggle.boundingBox();
    expect(button!.y).toBeGreaterThan(count!.y);
    await toggle.click();
    await facets.waitFor({ state: "visible" });
    await page.close();
  });

  it("reveals the practice filters on /practices, below the count", async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${baseUrl}/practices`);
    const stage = page.getByLabel("Tahap");
    expect(await stage.isVisible()).toBe(false);
    const toggle = page.locator("summary", { hasText: "Saring" });
    const count = await page.locator(".result-count").boundingBox();
    const button = await toggle.boundingBox();
    expect(button!.y).toBeGreaterThan(count!.y);
    await toggle.click();
    await stage.waitFor({ state: "visible" });
    await page.close();
  });

  it("shows the filters expanded, without the button, on a wide screen", async () => {
    const page = await browser.newPage({ viewport: WIDE });
    await page.goto(`${baseUrl}/practices`);
    expect(await page.getByLabel("Tahap").isVisible()).toBe(true);
    expect(await page.locator("summary", { hasText: "Saring" }).isVisible()).toBe(false);
    await page.goto(`${baseUrl}/search?q=tte`);
    expect(await page.getByRole("complementary", { name: "Saring hasil" }).isVisible()).toBe(true);
    await page.close();
  });
});

describe("touch screens", () => {
  it("show no Ctrl K hint in the header search box", async () => {
    // A tablet: wide enough for the hint by width alone, so only the touch rule hides it.
    const touch = await browser.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await touch.newPage();
    await page.goto(`${baseUrl}/regions`);
    expect(await page.locator(".header-search input").isVisible()).toBe(true);
    expect(await page.getByText("Ctrl K").isVisible()).toBe(false);
    await touch.close();

    const desktop = await browser.newPage({ viewport: WIDE });
    await desktop.goto(`${baseUrl}/regions`);
    expect(await desktop.getByText("Ctrl K").isVisible()).toBe(true);
    await desktop.close();
  });
});

describe("the audit log", () => {
  let context: BrowserContext;
  afterAll(() => context?.close());

  it("names actions and details in the reader's language", async () => {
    // A failed sign-in to read about afterwards.
    const anonymous = await browser.newPage();
    await anonymous.goto(`${baseUrl}/login`);
    await anonymous.getByLabel("Alamat surel").fill("tidak-ada@demo.livinglab.id");
    await anonymous.getByLabel("Kata sandi").fill("salah-sekali-2026");
    await anonymous.getByRole("button", { name: "Masuk" }).last().click();
    await anonymous.waitForLoadState("networkidle");
    await anonymous.close();

    context = await browser.newContext({ viewport: PHONE });
    const page = await signIn(baseUrl, context, "admin@demo.livinglab.id");
    await page.goto(`${baseUrl}/admin/audit?action=login.failed`);
    const table = page.getByRole("region", { name: "Tabel: Peristiwa log audit" });
    const row = table.getByRole("row").filter({ hasText: "tidak-ada@demo.livinglab.id" }).first();
    expect(await row.getByText("Gagal masuk").isVisible()).toBe(true);
    expect(await row.getByText("Surel:").count()).toBe(1);
    expect(await row.textContent()).not.toContain("{");
    // The action filter lists actions by name too.
    expect(await page.locator("#audit-action option", { hasText: "Gagal masuk" }).count()).toBe(1);

    await context.addCookies([{ name: "lang", value: "en", url: baseUrl }]);
    await page.reload();
    const rowEn = page
      .getByRole("region", { name: "Table: Audit log events" })
      .getByRole("row")
      .filter({ hasText: "tidak-ada@demo.livinglab.id" })
      .first();
    expect(await rowEn.getByText("Sign-in failed").isVisible()).toBe(true);
    expect(await rowEn.getByText("Email:").count()).toBe(1);
  });
});
