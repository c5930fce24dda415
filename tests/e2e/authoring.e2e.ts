// The authoring forms as an author meets them: the SPBE indicator picker (compact checkboxes on
// their labels' lines, a filter), the error summary that takes the focus after a refused save,
// the length counters that never cut text short, the Markdown preview, and axe in both languages.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchConsole } from "./support/browser";
import { seriousViolations } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function developer(width: number, language: "id" | "en" = "id") {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
  if (language === "en") await context.addCookies([{ name: "lang", value: "en", url: baseUrl }]);
  return { context, page };
}

/** Each indicator checkbox's size and how far its centre is from its label's first line's. */
function measureCheckboxes(page: Page) {
  return page.locator('input[type="checkbox"][name="indicators"]').evaluateAll((inputs) =>
    inputs.map((input) => {
      const box = input.getBoundingClientRect();
      const text = input.closest("label")!.querySelector("span")!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const firstLine = range.getClientRects()[0]!;
      return {
        value: (input as HTMLInputElement).value,
        width: box.width,
        height: box.height,
        offset: Math.abs(box.top + box.height / 2 - (firstLine.top + firstLine.height / 2)),
        leftOfText: box.right <= firstLine.left,
      };
    }),
  );
}

async function waitHydrated(page: Page) {
  // The filter box appears once React has hydrated the form.
  await page.locator(".indicator-filter input").waitFor();
}

describe("authoring forms", () => {
  for (const width of [1366, 375]) {
    for (const path of ["/practices/new", "/software/new"]) {
      it(`${path} at ${width} px: every indicator checkbox is small and on its label's line; the filter narrows the list`, async () => {
        const { context, page } = await developer(width);
        const problems = watchConsole(page);
        await page.goto(`${baseUrl}${path}`);
        await waitHydrated(page);
        const boxes = await measureCheckboxes(page);
        expect(boxes).toHaveLength(47);
        for (const box of boxes) {
          expect(box.width, `indicator ${box.value} width`).toBeLessThanOrEqual(24);
          expect(box.height, `indicator ${box.value} height`).toBeLessThanOrEqual(24);
          expect(box.offset, `indicator ${box.value} off its line`).toBeLessThanOrEqual(3);
          expect(box.leftOfText, `indicator ${box.value} beside its text`).toBe(true);
        }
        // Nothing sticks out sideways on a phone.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );

        const filter = page.getByLabel("Saring indikator");
        await filter.fill("arsitektur");
        const shown = page.locator('input[name="indicators"]:visible');
        await expect.poll(() => shown.count()).toBeLessThan(47);
        const labels = await page
          .locator(".indicator-option:visible")
          .evaluateAll((els) => els.map((el) => el.textContent ?? ""));
        expect(labels.length).toBeGreaterThan(0);
        for (const label of labels) expect(label.toLowerCase()).toContain("arsitektur");
        expect(await page.getByText(`${labels.length} dari 47 indikator cocok`).count()).toBe(1);
        await filter.fill("42");
        expect(await shown.count()).toBe(1);
        await filter.fill("");
        expect(await shown.count()).toBe(47);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it("a refused save moves the focus to the error summary, whose links lead to the bad fields; nothing typed is cut short", async () => {
    const { context, page } = await developer(1366);
    await page.goto(`${baseUrl}/practices/new`);
    await waitHydrated(page);
    const title = page.getByLabel("Judul", { exact: true });
    await expect.poll(() => page.locator("#field-title-count").textContent()).toBe("0/150");
    await title.fill("Pendek");
    expect(await page.locator("#field-title-count").textContent()).toBe("6/150");
    const summary = page.getByLabel("Ringkasan (paling banyak 300 karakter)");
    const long = "Aduan warga dicatat dalam satu antrean. ".repeat(9).slice(0, 350);
    await summary.fill(long);
    // The browser accepts all 350 characters; the counter says they are too many.
    expect((await summary.inputValue()).length).toBe(350);
    expect(await page.locator("#field-summary-count").textContent()).toContain("350/300");
    await page.getByLabel("42. Layanan Pengaduan Pelayanan Publik Berbasis Elektronik").check();
    await page.getByRole("button", { name: "Simpan", exact: true }).click();

    const errorSummary = page.getByRole("alert").filter({ hasText: "Ada masalah" });
    await errorSummary.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe("error-summary");
    expect(await errorSummary.getByRole("heading", { name: "Ada masalah" }).count()).toBe(1);
    const links = await errorSummary
      .getByRole("link")
      .evaluateAll((els) => els.map((el) => el.getAttribute("href")));
    expect(links).toEqual(["#field-title", "#field-summary"]);
    for (const name of ["title", "summary"]) {
      const field = page.locator(`#field-${name}`);
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      expect(await field.getAttribute("aria-describedby")).toContain(`field-${name}-error`);
      expect(await page.locator(`#field-${name}-error`).textContent()).toBeTruthy();
    }
    // What was typed and checked is still there, whole.
    expect((await summary.inputValue()).length).toBe(350);
    expect(
      await page
        .getByLabel("42. Layanan Pengaduan Pelayanan Publik Berbasis Elektronik")
        .isChecked(),
    ).toBe(true);
    // A link takes the focus to its field.
    await errorSummary.getByRole("link").nth(1).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("field-summary");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("without JavaScript the refused form shows the summary first and focused, and every indicator", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    await page.goto(`${baseUrl}/practices/new`);
    expect(await page.locator('input[name="indicators"]:visible').count()).toBe(47);
    await page.getByLabel("Judul", { exact: true }).fill("Pendek");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.waitForLoadState("load");
    const summary = page.locator(".error-summary");
    expect(await summary.getAttribute("role")).toBe("alert");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe("error-summary");
    expect(await page.getByLabel("Judul", { exact: true }).inputValue()).toBe("Pendek");
    await context.close();
  });

  it("the Markdown preview sits beside the editor on a wide screen and behind a tab on a phone", async () => {
    for (const width of [1366, 375]) {
      const { context, page } = await developer(width);
      await page.goto(`${baseUrl}/practices/new`);
      await waitHydrated(page);
      await page.getByLabel("Masalah", { exact: true }).fill("Aduan **tidak tercatat**.");
      const preview = page.locator("#field-problem-preview");
      if (width === 1366) {
        await expect.poll(() => preview.locator("strong").textContent()).toBe("tidak tercatat");
        const editor = await page.locator("#field-problem").boundingBox();
        const pane = await preview.boundingBox();
        expect(pane!.x).toBeGreaterThan(editor!.x + editor!.width);
      } else {
        expect(await preview.isVisible()).toBe(false);
        await page
          .getByRole("tablist", { name: "Tulis atau pratinjau: Masalah" })
          .getByRole("tab", { name: "Pratinjau" })
          .click();
        await expect.poll(() => preview.locator("strong").textContent()).toBe("tidak tercatat");
        expect(await page.locator("#field-problem").isVisible()).toBe(false);
      }
      await context.close();
    }
  });

  for (const language of ["id", "en"] as const) {
    it(`the authoring pages have no serious or critical axe violation (${language})`, async () => {
      const { context, page }: { context: BrowserContext; page: Page } = await developer(
        1366,
        language,
      );
      for (const path of [
        "/practices/new",
        "/practices/pengaduan-terpadu-sumedang/edit",
        "/software/new",
        "/software/e-naskah/edit",
      ]) {
        await page.goto(`${baseUrl}${path}`);
        await waitHydrated(page);
        expect(await seriousViolations(page), path).toEqual([]);
      }
      // The refused form, with its summary, in this language.
      await page.goto(`${baseUrl}/practices/new`);
      await waitHydrated(page);
      await page.locator("#field-title").fill("x");
      await page.locator('button[name="intent"][value="save"]').click();
      await page
        .getByRole("heading", { name: language === "en" ? "There is a problem" : "Ada masalah" })
        .waitFor();
      expect(await seriousViolations(page), "refused form").toEqual([]);
      await context.close();
    });
  }
});
