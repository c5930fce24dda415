// The gap page as a region's developer meets it: the indicators ordered by the index one more
// level would gain, each with the regions at level 4-5 and other regions' practices for it, and
// "Tiru dari daerah ini" leading to a draft commitment (beside a peer) or to the practice's
// contacts (beside a practice). Axe finds no serious violation and
// nothing scrolls sideways at 1366 and 375 px, in both languages, signed in and anonymous.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { seriousViolations, scrollsSideways } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const SHOTS = process.env.SHOTS_DIR;
// Kota Bandung's demo draft for 2026, read by its own developer.
const GAP = "/regions/32.73/gap/2026";

/** "+0,21 indeks per tingkat" -> 0.21 */
const gainOf = (text: string) => Number(/\+(\d+,\d+)/.exec(text)?.[1]?.replace(",", ".") ?? NaN);

describe("gap page", () => {
  it("lists the weakest indicators first with peers' practices and leads to their contacts", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.bandung@demo.livinglab.id");
    await page.goto(`${baseUrl}${GAP}`);
    expect(await page.locator("h1").textContent()).toBe(
      "Indikator yang paling menaikkan indeks, 2026",
    );
    const items = page.locator(".gap-list > .gap-item");
    expect(await items.count()).toBeGreaterThan(0);
    const gains = (await items.locator("p strong").allTextContents()).map(gainOf);
    expect(gains.every((gain) => Number.isFinite(gain) && gain > 0)).toBe(true);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));

    // A cut peer list says how many there are and links to the indicator page listing all.
    const cut = page.getByText(/^\d+ dari \d+ daerah/).first();
    if ((await cut.count()) > 0) {
      const [shown, total] = ((await cut.textContent()) ?? "").match(/\d+/g)!.map(Number);
      expect(shown).toBeLessThan(total!);
      expect(await cut.getByRole("link", { name: "lihat semua" }).getAttribute("href")).toMatch(
        /^\/spbe\/indicators\/\d+$/,
      );
    }

    const replicable = items.filter({
      has: page.getByRole("link", { name: "Tiru dari daerah ini" }),
    });
    expect(await replicable.count()).toBeGreaterThan(0);
    const first = replicable.first();
    // Another region's practice, with that region named beside it.
    expect(await first.locator("li .muted").first().textContent()).not.toContain("Kota Bandung");
    // Beside each peer region, "Tiru dari daerah ini" opens a draft commitment with that region
    // as the mentor and this indicator as the target.
    const peerAction = first.locator('a[href^="/commitments/new"]').first();
    expect(await peerAction.textContent()).toBe("Tiru dari daerah ini");
    expect(await peerAction.getAttribute("href")).toMatch(
      /^\/commitments\/new\?adopter=32\.73&mentor=\d{2}\.\d{2}&indicator=\d+/,
    );
    // Beside each practice, it leads to the practice's "Tiru praktik ini".
    await first.locator('a[href$="#tiru"]').first().click();
    await page.waitForURL(/\/practices\/[a-z0-9-]+#tiru$/);
    await expect.poll(() => page.locator("#tiru").isVisible()).toBe(true);
    await context.close();
  }, 120_000);

  for (const language of ["id", "en"] as const)
    for (const who of ["dev.bandung@demo.livinglab.id", null] as const)
      it(`has no serious axe violation and no sideways scroll at 1366 and 375 px (${language}, ${who ? "member" : "anonymous"})`, async () => {
        const context = await browser.newContext();
        const page = who ? await signIn(baseUrl, context, who) : await context.newPage();
        await context.addCookies([{ name: "lang", value: language, url: baseUrl }]);
        for (const width of [1366, 375]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${baseUrl}${GAP}`);
          const label = `${who ?? "anonymous"} at ${width} px`;
          expect(await seriousViolations(page), label).toEqual([]);
          expect(await scrollsSideways(page), label).toBe(false);
          if (SHOTS)
            await page.screenshot({
              path: `${SHOTS}/gap-${who ? "member" : "anonymous"}-${language}-${width}.png`,
            });
        }
        await context.close();
      }, 300_000);
});
