// Study visits as Kota Bandung's developer meets them: record a visit to Sumedang with a practice
// seen, turn it into a draft commitment in one step and see the draft listed (linked to
// /commitments/:id), then give the draft two milestones through "Ubah draf"; the form, the edit
// page, the visit page, the list and Sumedang's conversion section have no
// serious axe violation and no sideways scroll at 1366 and 375 px. SHOTS_DIR keeps screenshots.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { scrollsSideways, seriousViolations } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const SHOTS = process.env.SHOTS_DIR;
let browser: Browser;
let visitPath = "";
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function check(page: Page, name: string) {
  for (const width of [1366, 375]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await scrollsSideways(page), `${name} at ${width}px`).toBe(false);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  expect(await seriousViolations(page)).toEqual([]);
}

describe("study visits", () => {
  it("records a visit, converts it into a draft commitment and lists the draft", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.bandung@demo.livinglab.id");
    await page.goto(`${baseUrl}/visits/new`);
    // A refused submit shows the error summary first.
    await page.getByRole("button", { name: "Simpan kunjungan" }).click();
    await expect.poll(() => page.locator(".error-summary").count()).toBe(1);
    await check(page, "visits-new");
    await page.locator('input[name="visitedOn"]').fill("2026-11-20");
    expect(await page.locator('select[name="visitorRegionCode"]').inputValue()).toBe("32.73");
    await page.locator('textarea[name="people"]').fill("Kepala Diskominfo (uji e2e)");
    await page.locator('input[name="practiceIds"]').first().check();
    await page.getByRole("button", { name: "Simpan kunjungan" }).click();
    await page.waitForURL(/\/visits\/[0-9a-f-]{36}\?notice=recorded$/);
    visitPath = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole("status").first().innerText()).toContain("tersimpan");
    await page.getByRole("button", { name: "Buat draf komitmen" }).click();
    await page.waitForURL(/converted=1/);
    const drafts = page.locator(".visit-commitments a");
    await expect.poll(() => drafts.count()).toBe(1);
    expect(await drafts.first().getAttribute("href")).toMatch(/^\/commitments\/[0-9a-f-]{36}$/);
    expect(await page.locator(".visit-commitments").innerText()).toContain("Draf");
    await check(page, "visits-page");
    // The draft opens on its commitment page.
    const title = await drafts.first().innerText();
    const opened = await page.goto(`${baseUrl}${await drafts.first().getAttribute("href")}`);
    expect(opened?.status()).toBe(200);
    expect(await page.locator("h1").innerText()).toContain(title);
    // It has no milestones yet: the page says so next to "Ubah draf", the next step.
    expect(await page.locator(".draft-edit").innerText()).toContain(
      "Tambahkan minimal satu tahapan sebelum komitmen disetujui",
    );
    await check(page, "commitment-draft");
    await page.getByRole("link", { name: "Ubah draf" }).click();
    await page.waitForURL(/\/commitments\/[0-9a-f-]{36}\/edit$/);
    await check(page, "commitment-edit");
    await page.locator('input[name="milestones.0.title"]').fill("Tim replikasi dibentuk");
    await page.locator('input[name="milestones.0.dueOn"]').fill("2027-01-31");
    await page.locator('input[name="milestones.1.title"]').fill("Layanan pengaduan berjalan");
    await page.getByRole("button", { name: "Simpan perubahan" }).click();
    await page.waitForURL(/\?notice=tracker\.notice\.edited$/);
    await expect
      .poll(() => page.locator(".milestone-list h3").allInnerTexts())
      .toEqual(["Tim replikasi dibentuk", "Layanan pengaduan berjalan"]);
    expect(await page.locator(".draft-edit .notice").count()).toBe(0);
    await context.close();
  });

  it("lists the visits and shows Sumedang's conversion at 1366 and 375 px", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.bandung@demo.livinglab.id");
    await page.goto(`${baseUrl}/visits?host=32.11`);
    expect(await page.locator(".visit-list li").count()).toBeGreaterThan(10);
    expect(await page.locator(".visit-list .badge-demo").count()).toBeGreaterThan(0);
    expect(await page.locator(".visit-list .badge-flagged").count()).toBeGreaterThan(0);
    await check(page, "visits-list");
    await page.goto(`${baseUrl}/regions/32.11`);
    const section = page.locator("section[aria-labelledby='visit-conversion-title']");
    expect(await section.innerText()).toContain("Kunjungan diterima");
    await section.scrollIntoViewIfNeeded();
    await check(page, "region-visits");
    if (SHOTS) await section.screenshot({ path: `${SHOTS}/region-section.png` });
    expect(visitPath).not.toBe("");
    await context.close();
  });
});
