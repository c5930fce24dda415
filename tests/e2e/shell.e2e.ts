import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { launchBrowser, watchConsole } from "./support/browser";

const baseUrl = inject("baseUrl");
const ARTIFACTS = path.join(PROJECT_ROOT, "tests", "e2e", "artifacts");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});
afterAll(() => browser?.close());

describe("the app shell", () => {
  it("serves the home page in Bahasa Indonesia with a CSP nonce and no console error", async () => {
    const page = await browser.newPage();
    const problems = watchConsole(page);
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("id");
    expect(await page.textContent("h1")).toBe("Dari studi banding menjadi studi tiru");
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain("unsafe-inline'; ");
    expect(csp.split(";").find((part) => part.includes("script-src"))).not.toContain(
      "unsafe-inline",
    );
    // Hydration ran: client-side navigation keeps the document (no full reload).
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", { name: "Daerah" })
      .click();
    await page.waitForURL(`${baseUrl}/regions`);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("switches to English and keeps the choice in a cookie", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/spbe`);
    await page.getByRole("button", { name: "EN" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    expect(new URL(page.url()).pathname).toBe("/spbe");
    await expect.poll(() => page.textContent("h1")).toBe("The SPBE evaluation framework");
    await page.goto(`${baseUrl}/regions`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const cookie = (await context.cookies()).find((c) => c.name === "lang");
    expect(cookie?.value).toBe("en");
    await page.getByRole("button", { name: "ID" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "id");
    await context.close();
  });

  it("shows a friendly 404 page in both languages", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/tidak-ada-halaman-ini`);
    expect(response?.status()).toBe(404);
    expect(await page.textContent("h1")).toBe("Halaman tidak ditemukan");
    await context.addCookies([{ name: "lang", value: "en", url: baseUrl }]);
    await page.goto(`${baseUrl}/regions/99.99`);
    expect(await page.textContent("h1")).toBe("Page not found");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await context.close();
  });

  it("fits a 360 px phone screen and takes screenshots of the home page", async () => {
    for (const [name, viewport] of [
      ["desktop", { width: 1280, height: 900 }],
      ["phone", { width: 360, height: 780 }],
    ] as const) {
      const page = await browser.newPage({ viewport });
      for (const route of ["/", "/regions", "/regions/32.11", "/spbe", "/spbe/indicators/11"]) {
        await page.goto(`${baseUrl}${route}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${route} at ${viewport.width} px`).toBeLessThanOrEqual(0);
      }
      await page.goto(`${baseUrl}/`);
      await page.screenshot({ path: path.join(ARTIFACTS, `home-${name}.png`), fullPage: true });
      await page.close();
    }
  });

  it("offers a skip link that moves focus to the main content", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Langsung ke konten utama",
    );
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    await page.close();
  });
});
