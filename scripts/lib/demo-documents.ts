// Real documents made in code, for tests and the demo seed: PDFs (pdfkit; text pages, and pages that
// are only a picture, like a scan), minimal DOCX and ODT files (fflate) and XLSX workbooks (exceljs).
// The text they carry is what the extractor must read back.
import ExcelJS from "exceljs";
import { strToU8, zipSync, zlibSync, type Zippable } from "fflate";
import PDFDocument from "pdfkit";

export interface DemoPdfPage {
  /** Lines of text; none for a page that is only a picture. */
  lines?: string[];
  /** Draws a grey raster picture covering most of the page (a scanned page has only this). */
  picture?: boolean;
}

export async function buildPdf(pages: readonly DemoPdfPage[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, info: { Title: "Demo" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", () => resolve());
    doc.on("error", reject);
  });
  const picture = Buffer.from(buildPng(200, 260));
  for (const page of pages) {
    doc.addPage({ size: "A4", margin: 56 });
    if (page.picture) doc.image(picture, 56, 56, { width: 480 });
    for (const line of page.lines ?? []) doc.fontSize(11).text(line);
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A text PDF of `count` pages, each with a heading and a paragraph (the benchmark's document). */
export function numberedPdfPages(count: number): DemoPdfPage[] {
  return Array.from({ length: count }, (_, i) => ({
    lines: [
      `Halaman ${i + 1}: bukti dukung indikator ${(i % 47) + 1}`,
      "Dokumen ini menjelaskan kebijakan, tata kelola dan layanan SPBE pemerintah daerah. ".repeat(
        8,
      ),
    ],
  }));
}

// ---------------------------------------------------------------------------------------------
// PNG (for the picture of a scanned page)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(strToU8(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A greyscale PNG with a pattern of stripes (something like a scanned page of text). */
export function buildPng(width: number, height: number): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0;
    for (let x = 0; x < width; x++)
      raw[y * (width + 1) + 1 + x] = y % 12 < 3 && x % 40 < 30 ? 40 : 235;
  }
  const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
  const parts = [
    signature,
    pngChunk("IHDR", header),
    pngChunk("IDAT", zlibSync(raw)),
    pngChunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// DOCX and ODT

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A minimal Word document: one paragraph per string. */
export function buildDocx(paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`)
    .join("");
  const files: Zippable = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        "</Types>",
    ),
    "_rels/.rels": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        "</Relationships>",
    ),
    "word/document.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}</w:body></w:document>`,
    ),
  };
  return zipSync(files);
}

/** A minimal OpenDocument text: one paragraph per string (the first as a heading). */
export function buildOdt(paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs
    .map((p, i) =>
      i === 0
        ? `<text:h text:outline-level="1">${escapeXml(p)}</text:h>`
        : `<text:p>${escapeXml(p).replace(/ {2}/g, ' <text:s text:c="1"/>')}</text:p>`,
    )
    .join("");
  const files: Zippable = {
    // The ODF rule: "mimetype" first and stored uncompressed.
    mimetype: [strToU8("application/vnd.oasis.opendocument.text"), { level: 0 }],
    "META-INF/manifest.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
        "</manifest:manifest>",
    ),
    "content.xml": strToU8(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">' +
        "<office:automatic-styles/>" +
        `<office:body><office:text>${body}</office:text></office:body></office:document-content>`,
    ),
  };
  return zipSync(files);
}

// ---------------------------------------------------------------------------------------------
// XLSX

export interface DemoSheet {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<string | number | Date>>;
}

export async function buildXlsx(sheets: readonly DemoSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    for (const row of sheet.rows) worksheet.addRow([...row]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
