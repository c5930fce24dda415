// The code catalogue: an adoption counts only once the owning region confirms it and no longer
// once its region withdraws it; a publiccode.yml pasted into the form is refused with one error per
// problem, or saved as a draft; the owning region edits an entry under the same address.
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

    // The adopting region sees its confirmed declaration instead of the form, and withdraws it.
    const again = await browser.newContext();
    const adopterPage = await signIn(baseUrl, again, "dev.bandung@demo.livinglab.id");
    await adopterPage.goto(`${baseUrl}/software/e-naskah`);
    const own = adopterPage.locator("section[aria-labelledby=own-adoption-title]");
    expect(await own.textContent()).toContain("dikonfirmasi daerah pemilik");
    expect(await adopterPage.getByRole("button", { name: "Nyatakan pemakaian" }).count()).toBe(0);
    await adopterPage.getByRole("button", { name: "Tarik pernyataan" }).click();
    await expect
      .poll(() => adopterPage.textContent("main"))
      .toContain("Pernyataan pemakaian telah ditarik.");
    await expect.poll(() => usedBy(adopterPage)).not.toContain("Kota Bandung");
    expect(await adopterPage.getByRole("button", { name: "Nyatakan pemakaian" }).count()).toBe(1);
    await again.close();
    await visitor.goto(`${baseUrl}/software/e-naskah`);
    expect(await usedBy(visitor)).not.toContain("Kota Bandung");
    await visitor.close();
  });

  it("refuses an invalid publiccode.yml with each problem's path and line, and saves a valid one as a draft", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    await page.goto(`${baseUrl}/software/new`);
    const invalid = await readFile(
      path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode", "invalid-issue.yml"),
      "utf8",
    );
    await page.getByLabel("Isi publiccode.yml").fill(invalid);
    await page.getByRole("button", { name: "Ajukan untuk diterbitkan" }).click();
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
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await page.waitForURL(
      (url) => /^\/software\/[a-z0-9-]+$/.test(url.pathname) && url.pathname !== "/software/new",
    );
    const first = new URL(page.url()).pathname;
    // A draft: exported for the region's people, not for the public.
    const exported = await (await context.request.get(`${baseUrl}${first}/publiccode.yml`)).text();
    expect(exported).toContain("publiccodeYmlVersion");
    expect((await fetch(`${baseUrl}${first}/publiccode.yml`)).status).toBe(404);

    // The same repository again: a warning naming the entry just saved, and a confirmation.
    await page.goto(`${baseUrl}/software/new`);
    await page.getByLabel("Isi publiccode.yml").fill(valid);
    await page.getByRole("button", { name: "Simpan draf" }).click();
    const warning = page.getByRole("region", { name: "Repositori ini sudah ada di katalog" });
    await warning.waitFor();
    expect(await warning.getByRole("link", { name: "SiKantor" }).getAttribute("href")).toBe(first);
    expect(await warning.getByRole("link", { name: "Kabupaten Sumedang" }).count()).toBe(1);
    expect(page.url()).toBe(`${baseUrl}/software/new`);
    await warning.getByRole("checkbox", { name: /Saya sudah memeriksa entri tersebut/ }).check();
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await page.waitForURL(
      (url) =>
        /^\/software\/[a-z0-9-]+$/.test(url.pathname) &&
        !["/software/new", first].includes(url.pathname),
    );
    await context.close();
  });

  it("lets the owning region edit an entry under the same address, and refuses invalid input", async () => {
    const others = await browser.newContext();
    const otherPage = await signIn(baseUrl, others, "dev.bandung@demo.livinglab.id");
    await otherPage.goto(`${baseUrl}/software/pustaka-spbe`);
    expect(await otherPage.getByRole("link", { name: "Ubah" }).count()).toBe(0);
    expect((await otherPage.goto(`${baseUrl}/software/pustaka-spbe/edit`))?.status()).toBe(403);
    await others.close();

    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}/software/pustaka-spbe`);
    await page.getByRole("link", { name: "Ubah" }).click();
    await page.waitForURL(`${baseUrl}/software/pustaka-spbe/edit`);
    const yaml = page.getByLabel("Isi publiccode.yml");
    const published = await yaml.inputValue();
    expect(published).toContain("name: Pustaka SPBE");

    await yaml.fill(published.replace("name: Pustaka SPBE", "name: ''"));
    await page.getByRole("button", { name: "Periksa dan simpan" }).click();
    await expect.poll(() => page.locator(".publiccode-errors li").count()).toBeGreaterThan(0);
    expect(await page.locator(".publiccode-errors").textContent()).toMatch(/name \(baris \d+\)/);
    await page.goto(`${baseUrl}/software/pustaka-spbe`);
    expect(await page.textContent("h1")).toContain("Pustaka SPBE");

    await page.getByRole("link", { name: "Ubah" }).click();
    await page.waitForURL(`${baseUrl}/software/pustaka-spbe/edit`);
    await page
      .getByLabel("Isi publiccode.yml")
      .fill(published.replace("name: Pustaka SPBE", "name: Pustaka SPBE Daerah"));
    await page.getByLabel("Teknologi (pisahkan dengan koma)").fill("go, htmx");
    await page.getByRole("button", { name: "Periksa dan simpan" }).click();
    await page.waitForURL(`${baseUrl}/software/pustaka-spbe?saved=updated`);
    await expect.poll(() => page.textContent("h1")).toContain("Pustaka SPBE Daerah");
    expect(await page.locator("section[aria-labelledby=tech-title]").textContent()).toContain(
      "htmx",
    );
    // The refused submission's 400 is the only thing the console reports.
    expect(problems.filter((p) => !p.includes("status of 400"))).toEqual([]);
    await context.close();
  });
});
