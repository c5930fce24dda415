// The coordinators' dashboard as a coordinator meets it: the header's link, every region in the
// cohort table (514), headers that sort (and say so), a province filter, the drill-down to a region;
// a developer is refused in their language; no serious axe violation and no sideways scroll on
// /monitoring and the drill-down at 1366 and 375 px, in both languages.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { scrollsSideways, seriousViolations } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const COORDINATOR = "koordinator@demo.livinglab.id";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("the coordinators' dashboard", () => {
  it("lists every region, sorts by a column, filters by province and drills down", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, COORDINATOR);
    await page
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", {
        name: "Pemantauan",
      })
      .click();
    await page.waitForURL(`${baseUrl}/monitoring`);
    const rows = page.locator("table.cohort-table tbody tr");
    await expect.poll(() => rows.count()).toBe(514);
    expect(
      await page.getByText("514 dari 514 daerah dalam cakupan Anda ditampilkan.").count(),
    ).toBe(1);

    const header = page.locator("table.cohort-table thead th", { hasText: "Praktik terbit" });
    await header.getByRole("link").click();
    await page.waitForURL(/sort=practices&dir=asc/);
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("ascending");
    await header.getByRole("link").click();
    await page.waitForURL(/sort=practices&dir=desc/);
    await expect.poll(() => header.getAttribute("aria-sort")).toBe("descending");
    // The most practices first: Sumedang, the host, publishes the most in the seed.
    await expect.poll(() => rows.first().locator("th").innerText()).toBe("Kabupaten Sumedang");

    await page.getByLabel("Provinsi", { exact: true }).selectOption("32");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/province=32/);
    await expect.poll(() => rows.count()).toBe(27);
    expect(page.url()).toContain("sort=practices");

    await rows.first().getByRole("link", { name: "Kabupaten Sumedang" }).click();
    await page.waitForURL(`${baseUrl}/monitoring/regions/32.11`);
    // The URL changes before the new page has rendered: wait for its heading.
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).innerText())
      .toBe("Kabupaten Sumedang");
    expect(await page.getByRole("button", { name: "Kirim pengingat" }).count()).toBe(1);
    expect(
      await page.getByRole("link", { name: "Halaman publik daerah" }).getAttribute("href"),
    ).toBe("/regions/32.11");
    await context.close();
  });

  it("refuses a developer, in their language, and shows them no link to it", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    expect(await page.getByRole("link", { name: "Pemantauan" }).count()).toBe(0);
    const answer = await page.goto(`${baseUrl}/monitoring/regions/32.11`);
    expect(answer?.status()).toBe(403);
    expect(await page.getByText("Halaman pemantauan hanya untuk koordinator").count()).toBe(1);
    await context.close();
  });

  for (const language of ["id", "en"] as const) {
    it(`has no serious axe violation and no sideways scroll (${language})`, async () => {
      const context = await browser.newContext();
      const page = await signIn(baseUrl, context, COORDINATOR);
      await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
      // All 514 rows at 1366 px; at 375 px one province (axe reads every row: about half a
      // minute for the whole table on this machine).
      const pages = [
        { path: "/monitoring", width: 1366 },
        { path: "/monitoring?province=32", width: 375 },
        { path: "/monitoring/regions/32.11", width: 1366 },
        { path: "/monitoring/regions/32.11", width: 375 },
      ];
      for (const { path, width } of pages) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${baseUrl}${path}`);
        expect([path, width, await scrollsSideways(page)]).toEqual([path, width, false]);
        expect([path, width, await seriousViolations(page)]).toEqual([path, width, []]);
      }
      await context.close();
    }, 300_000);
  }
});
