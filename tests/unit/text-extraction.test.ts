import { deflateSync, strToU8, zipSync, type Zippable } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createExtractionPool,
  extractText,
  type ExtractionResult,
} from "../../app/modules/documents/extract-text.server";
import type { ExtractionPool } from "../../app/modules/documents/extract-pool.server";
import { scanPages } from "../../app/modules/documents/personal-data";
import {
  buildDocx,
  buildOdt,
  buildPdf,
  buildPng,
  buildXlsx,
  numberedPdfPages,
} from "../../scripts/lib/demo-documents";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const ODT = "application/vnd.oasis.opendocument.text";
const regionCodes = new Set(["3211", "3273"]);

let pool: ExtractionPool;
beforeAll(() => {
  pool = createExtractionPool({ size: 2 });
});
afterAll(async () => {
  await pool.close();
});

function read(bytes: Uint8Array, mime: string, limits = {}): Promise<ExtractionResult> {
  return extractText(bytes, mime, { pool, limits });
}

function okPages(result: ExtractionResult) {
  if (result.state !== "ok") throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result;
}

/** Sets every declared uncompressed size in a ZIP (local and central headers) to `size`. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return out;
}

/** A ZIP whose entries all share one deflated body (cheap to build however much it unpacks to). */
function repeatedEntryZip(
  names: readonly string[],
  deflated: Uint8Array,
  size: number,
): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const name of names) {
    const nameBytes = encoder.encode(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(18, deflated.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(20, deflated.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local, deflated);
    centrals.push(central);
    offset += local.length + deflated.length;
  }
  const directorySize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, names.length, true);
  ev.setUint16(10, names.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

describe("PDF", () => {
  it("reads the text of each page, numbered, and the personal data check names the page", async () => {
    const bytes = await buildPdf([
      { lines: ["Laporan Evaluasi SPBE 2025", "Kabupaten Sumedang"] },
      { lines: ["Penanggung jawab: Siti, NIK 3211015708900001", "HP 0812-3456-7890"] },
      { lines: ["Lampiran: daftar layanan"] },
    ]);
    const result = okPages(await read(bytes, PDF));
    expect(result.unit).toBe("page");
    expect(result.truncated).toBe(false);
    expect(result.pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(result.pages[0]?.text).toBe("Laporan Evaluasi SPBE 2025\nKabupaten Sumedang");
    expect(result.pages[2]?.text).toContain("daftar layanan");
    expect(scanPages(result.pages, { regionCodes })).toEqual([
      { kind: "nik", match: "3211********0001", page: 2, count: 1 },
      { kind: "phone", match: "0812****7890", page: 2, count: 1 },
    ]);
  });

  it("leaves the caller's bytes as they were (a Buffer from the file store)", async () => {
    const pages = [{ lines: ["Dokumen dari penyimpanan"] }, ...numberedPdfPages(30)];
    const bytes = Buffer.from(await buildPdf(pages));
    expect(bytes.byteLength).toBeGreaterThan(8192); // its own memory, not Buffer's shared pool
    const copy = Buffer.from(bytes);
    expect(okPages(await read(bytes, PDF)).pages[0]?.text).toBe("Dokumen dari penyimpanan");
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(bytes.equals(copy)).toBe(true);
  });

  it("calls a PDF that is only pictures (a scan) unreadable, never ok with empty text", async () => {
    const bytes = await buildPdf([{ picture: true }, { picture: true }]);
    expect(await read(bytes, PDF)).toEqual({ state: "unreadable", reason: "no-text-layer" });
  });

  it("names the pages without a text layer in a PDF that is partly scanned", async () => {
    const bytes = await buildPdf([{ lines: ["Surat Keputusan Bupati"] }, { picture: true }]);
    const result = okPages(await read(bytes, PDF));
    expect(result.pagesWithoutText).toEqual([2]);
    expect(result.pages[0]?.text).toBe("Surat Keputusan Bupati");
  });

  it("calls a password-protected PDF unreadable", async () => {
    const PDFDocument = (await import("pdfkit")).default;
    const doc = new PDFDocument({ userPassword: "rahasia", ownerPassword: "pemilik" });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => doc.on("end", resolve));
    doc.text("Dokumen rahasia NIK 3211015708900001");
    doc.end();
    await ended;
    expect(await read(new Uint8Array(Buffer.concat(chunks)), PDF)).toEqual({
      state: "unreadable",
      reason: "encrypted",
    });
  });

  it("keeps to the page and character caps and says it truncated", async () => {
    const bytes = await buildPdf(numberedPdfPages(8));
    const pages = okPages(await read(bytes, PDF, { maxPages: 5 }));
    expect(pages.pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5]);
    expect(pages.truncated).toBe(true);
    const chars = okPages(await read(bytes, PDF, { maxChars: 1000 }));
    expect(chars.pages.reduce((sum, page) => sum + page.text.length, 0)).toBe(1000);
    expect(chars.truncated).toBe(true);
    expect(chars.pages.length).toBeLessThan(8);
  });

  it("reports bytes that are not a PDF as corrupt", async () => {
    expect(await read(strToU8("%PDF-1.7 not really"), PDF)).toMatchObject({
      state: "failed",
      reason: "corrupt",
    });
  });
});

describe("DOCX, XLSX and ODT", () => {
  it("reads a DOCX as one document without pages", async () => {
    const bytes = buildDocx([
      "Notulen rapat tim SPBE",
      "Hadir: Budi Santoso (budi.santoso@sumedangkab.go.id)",
      "NIP 19800101 200501 1 001",
    ]);
    const result = okPages(await read(bytes, DOCX));
    expect(result.unit).toBe("document");
    expect(result.pages).toHaveLength(1);
    expect(result.pages[0]?.text).toBe(
      "Notulen rapat tim SPBE\n\nHadir: Budi Santoso (budi.santoso@sumedangkab.go.id)\n\nNIP 19800101 200501 1 001",
    );
    expect(scanPages(result.pages, { regionCodes }, { paged: false })).toEqual([
      { kind: "email", match: "b***@sumedangkab.go.id", count: 1 },
      { kind: "nip", match: "1980**********1001", count: 1 },
    ]);
  });

  it("reads an XLSX with one page per sheet, named, numbers kept whole", async () => {
    const bytes = await buildXlsx([
      {
        name: "Layanan",
        rows: [
          ["No", "Layanan"],
          [1, "Perizinan daring"],
        ],
      },
      {
        name: "Petugas",
        rows: [
          ["Nama", "NIK"],
          ["Siti", 3211015708900001],
        ],
      },
    ]);
    const result = okPages(await read(bytes, XLSX));
    expect(result.unit).toBe("sheet");
    expect(result.pages.map((page) => [page.number, page.name])).toEqual([
      [1, "Layanan"],
      [2, "Petugas"],
    ]);
    expect(result.pages[0]?.text).toBe("No\tLayanan\n1\tPerizinan daring");
    expect(result.pages[1]?.text).toBe("Nama\tNIK\nSiti\t3211015708900001");
    expect(scanPages(result.pages, { regionCodes })).toEqual([
      { kind: "nik", match: "3211********0001", page: 2, count: 1 },
    ]);
  });

  it("reads an ODT's headings, paragraphs and spaces", async () => {
    const bytes = buildOdt(["Rencana Induk SPBE", "Bab 1  Pendahuluan", "Kontak: 0812 3456 7890"]);
    const result = okPages(await read(bytes, ODT));
    expect(result.unit).toBe("document");
    expect(result.pages[0]?.text).toBe(
      "Rencana Induk SPBE\nBab 1 Pendahuluan\nKontak: 0812 3456 7890",
    );
  });

  it("calls a document with no text at all unreadable", async () => {
    expect(await read(buildDocx([]), DOCX)).toEqual({
      state: "unreadable",
      reason: "no-text-layer",
    });
  });

  it("reports a ZIP without a document inside as corrupt", async () => {
    const zip = zipSync({ "hello.txt": strToU8("halo") });
    expect(await read(zip, DOCX)).toMatchObject({ state: "failed", reason: "corrupt" });
    expect(await read(zip, ODT)).toMatchObject({ state: "failed", reason: "corrupt" });
    expect(await read(strToU8("not a zip at all"), XLSX)).toMatchObject({
      state: "failed",
      reason: "corrupt",
    });
  });
});

describe("zip bombs", () => {
  const MB = 1024 * 1024;
  const zeros = new Uint8Array(24 * MB);
  const deflatedZeros = deflateSync(zeros, { level: 9 });

  it("refuses a container whose entries declare more than the cap (240 MB from 0.2 MB)", async () => {
    const names = Array.from({ length: 10 }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    const bomb = repeatedEntryZip(names, deflatedZeros, zeros.length);
    expect(bomb.length).toBeLessThan(300_000);
    expect(await read(bomb, XLSX)).toMatchObject({ state: "failed", reason: "zip-bomb" });
  });

  it("refuses an entry that unpacks to more than its header declares, counting while inflating", async () => {
    const started = performance.now();
    const lying = repeatedEntryZip(["word/document.xml"], deflatedZeros, 1000);
    expect(await read(lying, DOCX)).toMatchObject({ state: "failed", reason: "zip-bomb" });
    const lyingOdt = lieAboutSizes(zipSync({ "content.xml": [zeros, { level: 9 }] }), 1000);
    expect(await read(lyingOdt, ODT)).toMatchObject({ state: "failed", reason: "zip-bomb" });
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("lets a container within the cap through to its reader, and refuses it under a lower cap", async () => {
    // Three honest 24 MB entries (72 MB).
    const names = ["word/document.xml", "word/a.xml", "word/b.xml"];
    const honest = repeatedEntryZip(names, deflatedZeros, zeros.length);
    expect(await read(honest, DOCX, { maxZipBytes: 80 * MB })).toMatchObject({
      state: "failed",
      reason: "corrupt", // within the cap, it reaches mammoth, which finds no document in it
    });
    expect(await read(honest, DOCX, { maxZipBytes: 64 * MB })).toMatchObject({
      state: "failed",
      reason: "zip-bomb",
    });
  });

  it("refuses a container with too many entries", async () => {
    const files: Zippable = {};
    for (let i = 0; i < 5001; i++) files[`word/media/${i}.xml`] = strToU8("");
    expect(await read(zipSync(files), DOCX)).toMatchObject({
      state: "failed",
      reason: "zip-bomb",
    });
  });
});

describe("types without a worker", () => {
  it("calls images unreadable and other types unsupported, at once", async () => {
    const before = pool.started;
    expect(await read(buildPng(10, 10), "image/png")).toEqual({
      state: "unreadable",
      reason: "image",
    });
    expect(await read(new Uint8Array([0xff, 0xd8, 0xff]), "image/jpeg")).toEqual({
      state: "unreadable",
      reason: "image",
    });
    expect(await read(zipSync({}), "application/zip")).toEqual({
      state: "unreadable",
      reason: "unsupported-type",
    });
    expect(pool.started).toBe(before);
  });

  it("refuses inputs over the byte cap without reading them", async () => {
    expect(await read(new Uint8Array(2048), PDF, { maxInputBytes: 1024 })).toEqual({
      state: "failed",
      reason: "too-large",
    });
  });
});

describe("the worker pool", () => {
  it("stops a document that runs past its time limit, and the next one is read", async () => {
    const big = await buildPdf(numberedPdfPages(400));
    const small = await buildPdf([{ lines: ["Dokumen kecil"] }]);
    okPages(await read(small, PDF)); // warm workers: the limit measures reading, not start-up
    const workers = pool.workers;
    const started = performance.now();
    expect(await read(big, PDF, { timeLimitMs: 150 })).toEqual({
      state: "failed",
      reason: "timeout",
    });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(pool.workers).toBe(workers - 1); // the worker that was reading it was terminated
    expect(okPages(await read(small, PDF)).pages[0]?.text).toBe("Dokumen kecil");
    // Without a limit the same document is read in full.
    expect(okPages(await read(big, PDF)).pages).toHaveLength(400);
  });

  it("ends a worker that passes its memory allowance, and the next document is read", async () => {
    const small = createExtractionPool({ size: 1, heapMb: 48 });
    try {
      const rows = Array.from({ length: 60_000 }, (_, i) => [
        i,
        `Layanan nomor ${i}`,
        "x".repeat(40),
      ]);
      const huge = await buildXlsx([{ name: "Besar", rows }]);
      expect(await extractText(huge, XLSX, { pool: small })).toMatchObject({
        state: "failed",
        reason: "out-of-memory",
      });
      const docx = buildDocx(["Masih bisa dibaca"]);
      expect(okPages(await extractText(docx, DOCX, { pool: small })).pages[0]?.text).toBe(
        "Masih bisa dibaca",
      );
      expect(small.started).toBe(2);
    } finally {
      await small.close();
    }
    // Building a 60,000-row workbook and filling a worker's heap takes ~10 s alone, three times that
    // on a loaded 2-core machine.
  }, 120_000);

  it("runs at most two workers and keeps the event loop free while reading", async () => {
    // Read on the main thread, one of these documents would block it for well over 300 ms.
    const documents = await Promise.all([1, 2, 3].map(() => buildPdf(numberedPdfPages(200))));
    let longestGap = 0;
    let last = performance.now();
    let maxWorkers = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      maxWorkers = Math.max(maxWorkers, pool.workers);
    }, 5);
    const started = performance.now();
    const results = await Promise.all(documents.map((bytes) => read(bytes, PDF)));
    const seconds = (performance.now() - started) / 1000;
    clearInterval(ticker);
    for (const result of results) expect(okPages(result).pages).toHaveLength(200);
    expect(maxWorkers).toBe(2);
    expect(longestGap).toBeLessThan(300);
    console.info(
      `[text-extraction] 600 PDF pages in ${seconds.toFixed(2)} s (${Math.round(600 / seconds)} pages/s), longest event-loop gap ${Math.round(longestGap)} ms`,
    );
  });
});
