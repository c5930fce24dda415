// The approval workflow in the browser: a developer checks and submits a code entry; the region's
// secretary finds it on the dashboard, opens its review page and publishes it; the author sees it
// published through the dashboard's notification. A return needs a comment, which the author then
// reads on the edit page. The pages touched have no axe violation in either language.
import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { launchBrowser, watchConsole } from "./support/browser";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function publiccodeNamed(name: string) {
  const yaml = await readFile(
    path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode", "valid-0.4-eoffice.yml"),
    "utf8",
  );
  return yaml
    .replace("name: SiKantor", `name: ${name}`)
    .replace("pemkab-sumedang/sikantor.git", `pemkab-sumedang/${name.toLowerCase()}.git`);
}

/** The developer fills the new-entry form and submits it; answers the entry's address. */
async function submitEntry(page: Page, name: string): Promise<string> {
  await page.goto(`${baseUrl}/software/new`);
  await page.getByLabel("Isi publiccode.yml").fill(await publiccodeNamed(name));
  await page.getByLabel("Teknologi (pisahkan dengan koma)").fill("php");
  await page.getByRole("button", { name: "Ajukan untuk diterbitkan" }).click();
  await page.waitForURL(/\/software\/[^/?]+\?saved=submitted$/);
  await expect.poll(() => page.textContent("main")).toContain("Telah diajukan.");
  return new URL(page.url()).pathname;
}

async function violationsOf(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function inEnglish(context: BrowserContext) {
  await context.addCookies([{ name: "lang", value: "en", url: baseUrl }]);
}

describe("reviewing a code entry in the browser", () => {
  it("a developer submits; the secretary publishes it from its review page; the author sees it published", async () => {
    const author = await browser.newContext();
    const page = await signIn(baseUrl, author, "dev.sumedang@demo.livinglab.id");
    const problems = watchConsole(page);

    // "Periksa saja" checks and stores nothing.
    await page.goto(`${baseUrl}/software/new`);
    await page.getByLabel("Isi publiccode.yml").fill(await publiccodeNamed("SiUjiTerbit"));
    await page.getByRole("button", { name: "Periksa saja" }).click();
    await expect
      .poll(() => page.textContent("main"))
      .toContain("publiccode.yml sah. Belum ada yang disimpan.");
    expect((await fetch(`${baseUrl}/software/siujiterbit`)).status).toBe(404);

    const entryPath = await submitEntry(page, "SiUjiTerbit");
    expect(entryPath).toBe("/software/siujiterbit");
    // Not public while submitted.
    expect((await fetch(`${baseUrl}${entryPath}`)).status).toBe(404);
    const list = await (await fetch(`${baseUrl}/api/software?q=SiUjiTerbit`)).json();
    expect(list.total).toBe(0);
    expect(problems).toEqual([]);

    const reviewer = await browser.newContext();
    const review = await signIn(baseUrl, reviewer, "sekda.sumedang@demo.livinglab.id");
    await review.goto(`${baseUrl}/dashboard`);
    const waiting = review.locator("section[aria-labelledby=waiting-title]");
    expect(await waiting.textContent()).toContain("Aplikasi diajukan: 1");
    await waiting.getByRole("link", { name: "SiUjiTerbit" }).click();
    await review.waitForURL(`${baseUrl}/review/software/siujiterbit`);
    await expect.poll(() => review.textContent("h1")).toContain("Pemeriksaan: SiUjiTerbit");
    const main = await review.textContent("main");
    expect(main).toContain("Pemeriksaan: SiUjiTerbit");
    expect(main).toContain("Diajukan oleh");
    expect(main).toContain("Belum pernah terbit");
    // The long description is rendered, not shown as Markdown.
    expect(await review.locator(".review-content h3, .review-content p").count()).toBeGreaterThan(
      0,
    );
    expect(await violationsOf(review)).toEqual([]);
    await review.getByRole("button", { name: "Terbitkan" }).click();
    await review.waitForURL(`${baseUrl}/software/siujiterbit?saved=published`);
    await expect.poll(() => review.textContent("main")).toContain("Telah terbit.");
    await reviewer.close();

    expect((await fetch(`${baseUrl}${entryPath}`)).status).toBe(200);

    // The author's dashboard: an unread notification that leads to the published entry.
    await page.goto(`${baseUrl}/dashboard`);
    const notifications = page.locator("section[aria-labelledby=notifications-title]");
    const notice = notifications.getByRole("link", {
      name: /Telah terbit: aplikasi “SiUjiTerbit”/,
    });
    expect(await notice.count()).toBe(1);
    // Unread: marked "baru", and counted.
    const item = notifications.locator("li").filter({ hasText: "“SiUjiTerbit”" });
    expect(await item.textContent()).toContain("baru");
    expect(await notifications.textContent()).toMatch(/\d+ belum dibaca/);
    expect(await page.locator("section[aria-labelledby=mine-title]").textContent()).toContain(
      "SiUjiTerbit",
    );
    expect(await violationsOf(page)).toEqual([]);
    await notice.click();
    await page.waitForURL(`${baseUrl}${entryPath}`);
    await expect.poll(() => page.textContent("h1")).toContain("SiUjiTerbit");
    await page.goto(`${baseUrl}/dashboard`);
    // Opened: read, no longer marked new.
    expect(await item.textContent()).not.toContain("baru");
    expect(problems).toEqual([]);
    await author.close();
  });

  it("a return needs a comment, and the author reads it on the edit page", async () => {
    const author = await browser.newContext();
    const page = await signIn(baseUrl, author, "dev.sumedang@demo.livinglab.id");
    const entryPath = await submitEntry(page, "SiUjiKembali");

    const reviewer = await browser.newContext();
    const review = await signIn(baseUrl, reviewer, "sekda.sumedang@demo.livinglab.id");
    await review.goto(`${baseUrl}/review${entryPath}`);
    await review.getByRole("button", { name: "Kembalikan" }).click();
    await expect
      .poll(() => review.textContent("main"))
      .toContain("Tulis komentar untuk penulis sebelum mengembalikan.");
    expect(await violationsOf(review)).toEqual([]);
    // Nothing changed: still waiting.
    expect(await review.textContent("main")).toContain("Diajukan");
    const comment = "Tambahkan kontak pemeliharaan dan tautan dokumentasi.";
    await review.getByLabel("Komentar untuk penulis").fill(comment);
    await review.getByRole("button", { name: "Kembalikan" }).click();
    await expect
      .poll(() => review.textContent("main"))
      .toContain("Dikembalikan ke draf. Penulis telah diberi tahu.");
    await reviewer.close();

    await page.goto(`${baseUrl}/dashboard`);
    const notice = page
      .locator("section[aria-labelledby=notifications-title]")
      .getByRole("link", { name: /Dikembalikan ke draf: aplikasi “SiUjiKembali”/ });
    expect(await notice.textContent()).toContain(comment);
    await notice.click();
    await page.waitForURL(`${baseUrl}${entryPath}/edit`);
    await expect.poll(() => page.textContent("h1")).toContain("Ubah aplikasi");
    const returned = page.locator("section[aria-labelledby=returned-title]");
    expect(await returned.textContent()).toContain(comment);
    expect(await page.textContent("main")).toContain("Status: Draf");
    expect(await violationsOf(page)).toEqual([]);
    await author.close();
  });

  it("the review page and the dashboard have no serious axe violation in English", async () => {
    const author = await browser.newContext();
    const page = await signIn(baseUrl, author, "dev.sumedang@demo.livinglab.id");
    const entryPath = await submitEntry(page, "SiUjiEnglish");
    await author.close();
    const reviewer = await browser.newContext();
    const review = await signIn(baseUrl, reviewer, "koordinator@demo.livinglab.id");
    await inEnglish(reviewer);
    for (const route of [`/review${entryPath}`, "/dashboard", "/software/new"]) {
      await review.goto(`${baseUrl}${route}`);
      expect(await violationsOf(review), route).toEqual([]);
    }
    await review.goto(`${baseUrl}/review${entryPath}`);
    expect(await review.textContent("h1")).toContain("Review: SiUjiEnglish");
    // A coordinator without a region: the questions are "practices you wrote", not "your region's".
    await review.goto(`${baseUrl}/dashboard`);
    expect(await review.textContent("main")).toContain("New questions on practices you wrote");
    await reviewer.close();
  });
});
