// The tracker's views in a browser: /tracker loads and filters by status; on the region's board
// the adopting region's secretary approves a draft with the keyboard (the card's handle: Space,
// the right arrow, Space), and the button alone moves a card too (no JavaScript needed); /tracker,
// the board and the mentor's inbox do not scroll sideways at 375 px.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { insertTrackerRows, TRACKER_ROWS } from "../support/tracker-rows";
import { launchBrowser } from "./support/browser";
import { scrollsSideways } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const BOARD = "/regions/32.73/tracker";
const title = (status: string) => TRACKER_ROWS.find((r) => r.status === status)!.title;
let browser: Browser;

beforeAll(async () => {
  await insertTrackerRows(inject("databaseUrl"));
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("the tracker's views", () => {
  it("lists commitments and filters them by status", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tracker`);
    await expect.poll(() => page.locator(".commitment-row").count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').count()).toBe(
      1,
    );
    await page.getByLabel("Status").selectOption("VERIFIED");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/status=VERIFIED/);
    const titles = await page.locator(".commitment-row .card-title a").allTextContents();
    expect(titles).toContain(title("VERIFIED"));
    expect(titles).not.toContain(title("DRAFT"));
    await context.close();
  });

  it("moves a card with the keyboard, and with its button", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await signIn(baseUrl, context, "sekda.bandung@demo.livinglab.id");
    await page.goto(`${baseUrl}${BOARD}`);
    const committed = page.locator("#adopter .board-column").nth(1);
    const handle = page.getByRole("button", { name: `Pindahkan ${title("DRAFT")}` });
    await handle.focus();
    // dnd-kit listens for the arrows once the card is picked up; its live region says where it is.
    const live = () => page.locator("[id^=DndLiveRegion]").allTextContents();
    await page.keyboard.press("Space");
    await expect.poll(live).toContain("Di atas kolom Draf.");
    await page.keyboard.press("ArrowRight");
    await expect.poll(live).toContain("Di atas kolom Disepakati.");
    await page.keyboard.press("Space");
    await expect.poll(() => committed.textContent(), { timeout: 15_000 }).toContain(title("DRAFT"));

    // The plain button of a card: "Mulai kerjakan" moves the committed one to "in progress".
    const inProgress = page.locator("#adopter .board-column").nth(2);
    const card = committed.locator(".board-card", { hasText: title("COMMITTED") });
    await card.getByRole("button", { name: "Mulai kerjakan" }).click();
    await expect
      .poll(() => inProgress.textContent(), { timeout: 15_000 })
      .toContain(title("COMMITTED"));
    await context.close();
  }, 90_000);

  it("does not scroll sideways at 375 px", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await signIn(baseUrl, context, "sekda.sumedang@demo.livinglab.id");
    for (const route of ["/tracker", BOARD, "/regions/32.11/tracker", "/tracker/inbox"]) {
      await page.goto(`${baseUrl}${route}`);
      expect(await scrollsSideways(page), route).toBe(false);
    }
    await context.close();
  });
});
