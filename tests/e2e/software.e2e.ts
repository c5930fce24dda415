// The code catalogue: an adoption counts only once the owning region confirms it; a
// publiccode.yml pasted into the form is refused with one error per problem, or published.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { signIn } from "./support/sign-in";
import { launchBrowser, watchConsole } from "./support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const usedBy = (page: Page) =>
  page.locator("section[aria-labelledby=adopters-title]").textContent();

describe("the code catalogue in the browser", () => {
  it("shows an adoption as confirmed only after the owning region confirms it", async () => {
    const adopter = await browser.newContext();
    const page = await signIn(baseUrl, adopter, "dev.bandung@demo.livinglab.id");
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}/software/e-naskah`);
    await page.getByLabel("Versi yang dipakai").fill("2.1.0");
    await page.getByRole("button", { name: "Nyatakan pemakaian" }).click();
    await expect.poll(() => page.textContent("main")).toContain("Pernyataan pemakaian terkirim.");
    expect(await usedBy(page)).not.toContain("Kota Bandung");
    expect(problems).toEqual([]);
    await adopter.close();

    const visitor = await browser.newPage();
    await visitor.goto(`${baseUrl}/software/e-naskah`);
    expect(await usedBy(visitor)).not.toContain("Kota Bandung");

    const owner = await browser.newContext();
    const ownerPage = await signIn(baseUrl, owner, "dev.sumedang@demo.livinglab.id");
    await ownerPage.goto(`${baseUrl}/software/e-naskah`);
    await ownerPage.getByRole("button", { name: "Konfirmasi" }).click();
    await expect.poll(() => usedBy(ownerPage)).toContain("Kota Bandung");
    await owner.close();

    await visitor.goto(`${baseUrl}/software/e-naskah`);
    expect(await usedBy(visitor)).toContain("Kota Bandung");
    await visitor.goto(`${baseUrl}/regions/32.73`);
    expect(
      await visitor.locator("section[aria-labelledby=software-title]").textContent(),
    ).toContain("e-Naskah");
    await visitor.close();
  });

  it("refuses an invalid publiccode.yml with each problem's path and line, and publishes a valid one", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    await page.goto(`${baseUrl}/software/new`);
    const invalid = await readFile(
      path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode", "invalid-issue.yml"),
      "utf8",
    );
    await page.getByLabel("Isi publiccode.yml").fill(invalid);
    await page.getByRole("button", { name: "Periksa dan terbitkan" }).click();
    await expect.poll(() => page.locator(".publiccode-errors li").count()).toBe(3);
    const errors = (await page.locator(".publiccode-errors li").allTextContents()).join("\n");
    expect(errors).toContain("legal.license");
    expect(errors).toContain("description.en.shortDescription");
    expect(errors).toMatch(/baris \d+/);
    expect(errors).toContain("bukan ekspresi lisensi SPDX yang sah"); // in the user's language
    const valid = await readFile(
      path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode", "valid-0.4-eoffice.yml"),
      "utf8",
    );
    await page.getByLabel("Isi publiccode.yml").fill(valid);
    await page.getByRole("button", { name: "Periksa dan terbitkan" }).click();
    await page.waitForURL(
      (url) => /^\/software\/[a-z0-9-]+$/.test(url.pathname) && url.pathname !== "/software/new",
    );
    const exported = await (await fetch(`${page.url()}/publiccode.yml`)).text();
    expect(exported).toContain("publiccodeYmlVersion");
    await context.close();
  });
});
