// A developer drafts a practice, the region's secretary publishes it, it shows on /practices with
// the right filters, and an edit creates a revision whose differences are visible.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signIn } from "./support/sign-in";
import { launchBrowser, watchConsole } from "./support/browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("practices", () => {
  it("go from a developer's draft to the secretary's publication, then to a revision with a diff", async () => {
    const developer = await browser.newContext();
    const page = await signIn(baseUrl, developer, "dev.sumedang@demo.livinglab.id");
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}/practices/new`);
    await page
      .getByLabel("Judul", { exact: true })
      .fill("Antrean Aduan Puskesmas Terpadu Uji Browser");
    await page
      .getByLabel("Ringkasan (paling banyak 300 karakter)")
      .fill(
        "Aduan layanan puskesmas dikumpulkan dalam satu antrean dengan tenggat tindak lanjut tiga hari.",
      );
    await page
      .getByLabel("Masalah", { exact: true })
      .fill("Aduan warga tentang puskesmas tidak tercatat.");
    await page
      .getByLabel("Solusi", { exact: true })
      .fill('Satu antrean aduan. <img src="x" onerror="window.__xss=1">');
    await page
      .getByLabel("Hasil", { exact: true })
      .fill("| Ukuran | Sebelum | Sesudah |\n| --- | --- | --- |\n| Tenggat | 9 hari | 3 hari |");
    await page
      .getByLabel("Tantangan dan kegagalan", { exact: true })
      .fill("Petugas belum terbiasa.");
    await page
      .getByLabel("Syarat keberhasilan", { exact: true })
      .fill("- Komitmen kepala puskesmas");
    await page.getByLabel("Cara meniru", { exact: true }).fill("1. Tetapkan SOP aduan.");
    // A practice is submitted only with a contact the replicating regions can reach.
    await page
      .getByLabel(/^Narahubung/)
      .fill("Kontak Uji Browser | Kepala Bidang Aplikasi | kontak.uji@demo.livinglab.id");
    await page.getByLabel("42. Layanan Pengaduan Pelayanan Publik Berbasis Elektronik").check();
    await page.getByLabel("Tata Kelola Cerdas").check();
    await page.getByLabel("Sektor", { exact: true }).selectOption("kesehatan");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.waitForURL(/\/practices\/antrean-aduan-puskesmas-terpadu-uji-browser\/edit$/);
    const slugUrl = `${baseUrl}/practices/antrean-aduan-puskesmas-terpadu-uji-browser`;
    await page.getByRole("button", { name: "Ajukan untuk diterbitkan" }).click();
    await expect.poll(() => page.textContent("main")).toContain("Status praktik telah diubah.");
    expect(problems).toEqual([]);

    // Not public yet.
    expect((await fetch(slugUrl)).status).toBe(404);

    const secretary = await browser.newContext();
    const review = await signIn(baseUrl, secretary, "sekda.sumedang@demo.livinglab.id");
    await review.goto(`${slugUrl}/edit`);
    await review.getByRole("button", { name: "Terbitkan" }).click();
    await review.waitForURL(slugUrl);
    await expect
      .poll(() => review.textContent("h1"))
      .toContain("Antrean Aduan Puskesmas Terpadu Uji Browser");
    expect(
      await review.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(await review.locator("main table").count()).toBeGreaterThan(0);
    await secretary.close();

    const visitor = await browser.newPage();
    await visitor.goto(`${baseUrl}/practices?indicator=42&sector=kesehatan`);
    expect(await visitor.textContent("main")).toContain(
      "Antrean Aduan Puskesmas Terpadu Uji Browser",
    );
    await visitor.goto(`${baseUrl}/practices?indicator=42&sector=pendidikan`);
    expect(await visitor.textContent("main")).not.toContain(
      "Antrean Aduan Puskesmas Terpadu Uji Browser",
    );
    await visitor.goto(`${baseUrl}/practices?province=32&indicator=42`);
    expect(await visitor.textContent("main")).toContain(
      "Antrean Aduan Puskesmas Terpadu Uji Browser",
    );
    await visitor.close();

    await page.goto(`${slugUrl}/edit`);
    await page
      .getByLabel("Ringkasan (paling banyak 300 karakter)")
      .fill(
        "Aduan layanan puskesmas dikumpulkan dalam satu antrean dengan tenggat tindak lanjut dua hari kerja.",
      );
    await page.getByLabel("Catatan revisi (tidak wajib)").fill("tenggat dipersingkat");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect.poll(() => page.textContent("main")).toContain("Tersimpan.");
    await page.goto(`${slugUrl}/revisions`);
    await expect.poll(() => page.locator("ins.diff-added").allTextContents()).toContain("dua");
    expect(await page.locator("del.diff-removed").allTextContents()).toContain("tiga");
    await developer.close();
  });

  it("take questions from members, shown as text, and put them on the owning region's dashboard", async () => {
    const asker = await browser.newContext();
    const page = await signIn(baseUrl, asker, "dev.bandung@demo.livinglab.id");
    await page.goto(`${baseUrl}/practices/pengaduan-terpadu-sumedang`);
    const question =
      '<b onmouseover="window.__xss=1">Berapa</b> biaya lisensi WhatsApp Business per bulan?';
    await page.getByLabel("Pertanyaan Anda").fill(question);
    await page.getByRole("button", { name: "Ajukan pertanyaan" }).click();
    await expect.poll(() => page.textContent("#tanya-jawab")).toContain(question);
    expect(await page.locator("#tanya-jawab b").count()).toBe(0);
    await asker.close();

    const owner = await browser.newContext();
    const dashboard = await signIn(baseUrl, owner, "dev.sumedang@demo.livinglab.id");
    await dashboard.goto(`${baseUrl}/dashboard`);
    await expect
      .poll(() => dashboard.textContent("main"))
      .toContain("biaya lisensi WhatsApp Business");
    await dashboard
      .getByRole("link", { name: /Layanan Pengaduan Terpadu/ })
      .first()
      .click();
    await dashboard.waitForURL(/pengaduan-terpadu-sumedang/);
    await dashboard.locator("#tanya-jawab details summary").first().click();
    await dashboard
      .getByLabel("Jawaban Anda")
      .first()
      .fill("Sekitar Rp1,5 juta per bulan untuk dua nomor.");
    await dashboard.getByRole("button", { name: "Jawab" }).first().click();
    await expect
      .poll(() => dashboard.textContent("#tanya-jawab"))
      .toContain("Sekitar Rp1,5 juta per bulan");
    await owner.close();
  });

  it("upload an attachment from the edit page with progress, and refuse a disguised file", async () => {
    const context = await browser.newContext();
    const page = await signIn(baseUrl, context, "dev.sumedang@demo.livinglab.id");
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}/practices/tte-naskah-dinas-sumedang/edit`);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    await page
      .locator("#attachment-file")
      .setInputFiles({ name: "panduan tte.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Unggah lampiran" }).click();
    await expect
      .poll(() => page.textContent("main"))
      .toContain("Lampiran panduan tte.pdf telah ditambahkan.");
    await expect.poll(() => page.getByRole("link", { name: "panduan tte.pdf" }).count()).toBe(1);
    await page.locator("#attachment-file").setInputFiles({
      name: "laporan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html><script>alert(1)</script></html>"),
    });
    await page.getByRole("button", { name: "Unggah lampiran" }).click();
    await expect
      .poll(() => page.locator("[role=alert]").allTextContents())
      .toEqual([expect.stringMatching(/tidak diizinkan|Isi berkas/)]);
    // The refusal is a real 400, which Chromium reports on the console by itself; nothing else.
    expect(problems).toEqual([
      "Failed to load resource: the server responded with a status of 400 (Bad Request)",
    ]);
    const href = await page.getByRole("link", { name: "panduan tte.pdf" }).getAttribute("href");
    const download = await fetch(`${baseUrl}${href}`);
    expect(download.headers.get("content-disposition")).toContain("attachment");
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    await context.close();
  });

  it("serve the API and the Atom feed", async () => {
    const list = await (await fetch(`${baseUrl}/api/practices?indicator=42&limit=50`)).json();
    expect(list.total).toBeGreaterThanOrEqual(3);
    expect(list.items.every((p: { indicators: number[] }) => p.indicators.includes(42))).toBe(true);
    const one = await (await fetch(`${baseUrl}/api/practices/${list.items[0].slug}`)).json();
    expect(Object.keys(one.sections)).toEqual([
      "problem",
      "solution",
      "results",
      "challenges",
      "conditions",
      "replication",
    ]);
    expect((await fetch(`${baseUrl}/api/practices/tidak-ada`)).status).toBe(404);
    const feed = await fetch(`${baseUrl}/practices/feed.atom`);
    expect(feed.headers.get("content-type")).toContain("application/atom+xml");
    const xml = await feed.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect((xml.match(/<entry>/g) ?? []).length).toBeGreaterThanOrEqual(10);
  });
});
