// A follow-up commitment from "Tiru praktik ini": Kota Bandung's developer opens the draft form
// from a Sumedang practice (mentor and practice prefilled), saves it, Bandung's secretary approves
// it, and the developer marks a milestone done with a link; a bad title is refused beside its field. Neither page scrolls sideways at
// 375 px, and axe finds no serious violation on them. With SHOTS_DIR set, screenshots of both
// pages at 1366 and 375 px are kept there.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { seriousViolations, scrollsSideways } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const SHOTS = process.env.SHOTS_DIR;
const PRACTICE = "/practices/pengaduan-terpadu-sumedang";
const LINK = "https://bandung.go.id/sk-tim-pengaduan";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** At 375 and 1366 px: no sideways scroll, and a screenshot when asked for. */
async function checkWidths(page: Page, name: string) {
  for (const width of [375, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    expect([name, width, await scrollsSideways(page)]).toEqual([name, width, false]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

describe("follow-up commitment", () => {
  it("is drafted from a practice, approved by the secretary, and a milestone is marked done", async () => {
    const adopter = await browser.newContext();
    const dev = await signIn(baseUrl, adopter, "dev.bandung@demo.livinglab.id");
    await dev.goto(`${baseUrl}${PRACTICE}`);
    await dev.locator("#tiru").getByRole("link", { name: "Buat komitmen tindak lanjut" }).click();
    await dev.waitForURL(/\/commitments\/new\?practice=/);
    expect(await dev.getByLabel("Daerah mentor (asal praktik)").inputValue()).toBe("32.11");
    expect(await dev.getByLabel("Praktik baik yang ditiru").inputValue()).not.toBe("");
    // A title too short is refused next to the field, the rest kept as typed.
    const title = await dev.getByLabel("Judul komitmen").inputValue();
    await dev.getByLabel("Judul komitmen").fill("x");
    await dev.getByRole("button", { name: "Simpan draf komitmen" }).click();
    await expect
      .poll(() => dev.locator("#field-title-error").textContent())
      .toBe("Tulis judul komitmen (3–200 karakter).");
    expect(await dev.locator(".error-summary").getByRole("link").allTextContents()).toEqual([
      "Tulis judul komitmen (3–200 karakter).",
    ]);
    expect(await dev.getByLabel("Daerah mentor (asal praktik)").inputValue()).toBe("32.11");
    await dev.getByLabel("Judul komitmen").fill(title);
    await dev.getByLabel("Judul tahapan").first().fill("Tim pengaduan dibentuk");
    await dev.getByLabel("Judul tahapan").nth(1).fill("Aplikasi berjalan");
    await checkWidths(dev, "commitment-new");
    expect(await seriousViolations(dev)).toEqual([]);
    await dev.getByRole("button", { name: "Simpan draf komitmen" }).click();
    await dev.waitForURL(/\/commitments\/[0-9a-f-]{36}\?notice=/);
    const path = new URL(dev.url()).pathname;
    expect(await dev.locator(".badge-status").textContent()).toBe("Draf");
    expect(await dev.getByRole("status").textContent()).toContain("Draf komitmen tersimpan");
    // A developer may not approve.
    expect(await dev.getByRole("button", { name: "Setujui komitmen" }).count()).toBe(0);

    const secretaryContext = await browser.newContext();
    const sekda = await signIn(baseUrl, secretaryContext, "sekda.bandung@demo.livinglab.id");
    await sekda.goto(`${baseUrl}${path}`);
    await sekda.getByRole("button", { name: "Setujui komitmen" }).click();
    await expect.poll(() => sekda.locator(".badge-status").textContent()).toBe("Disepakati");
    await secretaryContext.close();

    await dev.goto(`${baseUrl}${path}`);
    const milestone = dev.locator(".milestone").first();
    await milestone.getByLabel("Tautan bukti (http:// atau https://)").fill(LINK);
    await milestone.getByLabel("Keterangan tautan").fill("SK Tim Pengaduan");
    await milestone.getByRole("button", { name: "Tandai selesai" }).click();
    await expect
      .poll(() => dev.locator(".milestone").first().locator(".badge-milestone").textContent())
      .toBe("Selesai, menunggu konfirmasi mentor");
    expect(
      await dev
        .locator(".milestone")
        .first()
        .getByRole("link", { name: "SK Tim Pengaduan" })
        .getAttribute("href"),
    ).toBe(LINK);
    expect(await dev.locator(".timeline").textContent()).toContain("menandai tahapan");
    await checkWidths(dev, "commitment-page");
    expect(await seriousViolations(dev)).toEqual([]);
    await adopter.close();
  }, 180_000);
});
