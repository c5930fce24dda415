// The disk file store: real sample files of every allowed type are detected from their bytes and
// stored once under <root>/<aa>/<bb>/<sha256>; refused or broken-off uploads leave nothing behind
// (and what a crash left is cleaned up); stored files are checked against their hash when read.
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { crc32, gzipSync } from "node:zlib";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { parseAllowedTypes } from "../../app/storage/file-types";
import {
  FileIntegrityError,
  FileNotFoundError,
  UploadRejectedError,
  contentDispositionAttachment,
  diskFileStore,
  fileStoreOptionsFromEnv,
  type FileStore,
} from "../../app/storage/file-store.server";

// ---------------------------------------------------------------------------------------------
// Sample files, built here from their formats

const PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj",
    "xref",
    "0 3",
    "0000000000 65535 f ",
    "0000000009 00000 n ",
    "0000000058 00000 n ",
    "trailer << /Size 3 /Root 1 0 R >>",
    "startxref",
    "110",
    "%%EOF",
    "",
  ].join("\n"),
);
// 1x1 images.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);
const JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////" +
    "////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
  "base64",
);
const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
const WEBP = Buffer.from("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==", "base64");
const HTML = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>\n");

/** A ZIP archive of stored (uncompressed) entries, in order: local headers, central directory. */
function zip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(content, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); // local file header signature
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(0, 8); // method: stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18); // compressed size
    local.writeUInt32LE(data.length, 22); // uncompressed size
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra length
    locals.push(local, nameBytes, data);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); // central directory header signature
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk number, internal and external attributes: 0
    central.writeUInt32LE(offset, 42); // offset of the local header
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); // end of central directory signature
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function contentTypes(mainType: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/main.xml" ContentType="${mainType}.main+xml"/>` +
    "</Types>"
  );
}

const DOCX = zip([
  [
    "[Content_Types].xml",
    contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  ],
  [
    "word/document.xml",
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  ],
]);
const XLSX = zip([
  [
    "[Content_Types].xml",
    contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  ],
  [
    "xl/workbook.xml",
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  ],
]);
const ODT = zip([
  ["mimetype", "application/vnd.oasis.opendocument.text"],
  [
    "content.xml",
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
  ],
]);
const ZIP = zip([["README.txt", "Kode sumber aplikasi layanan digital.\n"]]);
const TAR_GZ = gzipSync(Buffer.from("bukan tar sungguhan, tetapi gzip sungguhan\n".repeat(20)));

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

// ---------------------------------------------------------------------------------------------
// Helpers

const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "file-store-test-"));
  temps.push(dir);
  return dir;
}

/** Every file (not folder) under dir, relative paths. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function rejection(promise: Promise<unknown>): Promise<UploadRejectedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  return error as UploadRejectedError;
}

let root: string;
let store: FileStore;
beforeEach(async () => {
  root = await tempRoot();
  store = diskFileStore({ root });
});

// ---------------------------------------------------------------------------------------------

describe("diskFileStore.put", () => {
  const samples: [name: string, data: Buffer, mime: string, extension: string][] = [
    ["Laporan SPBE 2024.pdf", PDF, "application/pdf", "pdf"],
    ["logo.png", PNG, "image/png", "png"],
    ["foto kegiatan.JPG", JPEG, "image/jpeg", "jpg"],
    ["foto.jpeg", JPEG, "image/jpeg", "jpeg"],
    ["animasi.gif", GIF, "image/gif", "gif"],
    ["gambar.webp", WEBP, "image/webp", "webp"],
    [
      "notulen.docx",
      DOCX,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "docx",
    ],
    [
      "anggaran.xlsx",
      XLSX,
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "xlsx",
    ],
    ["surat.odt", ODT, "application/vnd.oasis.opendocument.text", "odt"],
    ["kode-sumber.zip", ZIP, "application/zip", "zip"],
    ["aplikasi-1.0.0.tar.gz", TAR_GZ, "application/gzip", "tar.gz"],
    ["aplikasi-1.0.0.tgz", TAR_GZ, "application/gzip", "tgz"],
  ];

  it.each(samples)(
    "accepts %s as %s and stores it at the sharded path",
    async (name, data, mime, ext) => {
      const hash = sha256(data);
      const stored = await store.put({ data, originalName: name });
      expect(stored).toEqual({
        sha256: hash,
        size: data.length,
        mimeType: mime,
        extension: ext,
        originalName: name,
        deduplicated: false,
      });
      expect(await filesUnder(root)).toEqual([path.join(hash.slice(0, 2), hash.slice(2, 4), hash)]);
      expect(await readFile(path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash))).toEqual(
        data,
      );
      expect(await store.has(hash)).toBe(true);
    },
  );

  it("streams an async iterable in chunks", async () => {
    async function* chunks() {
      for (let i = 0; i < PDF.length; i += 7) yield PDF.subarray(i, i + 7);
    }
    const stored = await store.put({ data: chunks(), originalName: "bertahap.pdf" });
    expect(stored.sha256).toBe(sha256(PDF));
    expect(stored.size).toBe(PDF.length);
  });

  it("stores the same bytes once", async () => {
    const first = await store.put({ data: PNG, originalName: "a.png" });
    const second = await store.put({ data: PNG, originalName: "salinan.png" });
    expect(first.deduplicated).toBe(false);
    expect(second).toMatchObject({
      sha256: first.sha256,
      deduplicated: true,
      originalName: "salinan.png",
    });
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it("replaces a damaged copy when the same bytes are uploaded again", async () => {
    const { sha256: hash } = await store.put({ data: PNG, originalName: "a.png" });
    await writeFile(path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash), "rusak");
    const again = await store.put({ data: PNG, originalName: "a.png" });
    expect(again.deduplicated).toBe(false);
    expect(await store.openVerified(hash)).toEqual(PNG);
  });

  it("keeps a sanitised display name", async () => {
    const stored = await store.put({
      data: PDF,
      originalName: "  Laporan\u202e  akhir\u200b.pdf  ",
    });
    expect(stored.originalName).toBe("Laporan akhir.pdf");
    const exactly200 = `${"a".repeat(196)}.pdf`;
    expect((await store.put({ data: PDF, originalName: exactly200 })).originalName).toBe(
      exactly200,
    );
  });

  it("refuses an HTML file renamed .pdf and leaves nothing under root", async () => {
    const error = await rejection(store.put({ data: HTML, originalName: "laporan.pdf" }));
    expect(["upload.error.typeNotAllowed", "upload.error.typeMismatch"]).toContain(
      error.messageKey,
    );
    expect(await filesUnder(root)).toEqual([]);
  });

  it("refuses a real PDF named .docx as a mismatch", async () => {
    const error = await rejection(store.put({ data: PDF, originalName: "notulen.docx" }));
    expect(error.messageKey).toBe("upload.error.typeMismatch");
    expect(error.details).toMatchObject({ detected: "PDF", extension: ".docx", expected: ".pdf" });
    expect(await filesUnder(root)).toEqual([]);
  });

  it("refuses a PNG named .jpg, and a file with no extension", async () => {
    expect((await rejection(store.put({ data: PNG, originalName: "foto.jpg" }))).messageKey).toBe(
      "upload.error.typeMismatch",
    );
    expect((await rejection(store.put({ data: PDF, originalName: "laporan" }))).messageKey).toBe(
      "upload.error.typeMismatch",
    );
    expect(await filesUnder(root)).toEqual([]);
  });

  it("accepts an OOXML file named .zip as a ZIP", async () => {
    const stored = await store.put({ data: DOCX, originalName: "arsip.zip" });
    expect(stored).toMatchObject({ mimeType: "application/zip", extension: "zip" });
  });

  it("refuses a zero-byte file and leaves nothing", async () => {
    const error = await rejection(
      store.put({ data: new Uint8Array(0), originalName: "kosong.pdf" }),
    );
    expect(error.messageKey).toBe("upload.error.empty");
    async function* nothing(): AsyncGenerator<Uint8Array> {}
    expect(
      (await rejection(store.put({ data: nothing(), originalName: "kosong.pdf" }))).messageKey,
    ).toBe("upload.error.empty");
    expect(await filesUnder(root)).toEqual([]);
  });

  it("refuses an oversized file mid-stream, stops reading it and leaves nothing", async () => {
    let pulled = 0;
    let closed = false;
    async function* big() {
      try {
        yield PDF.subarray(0, 64);
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield new Uint8Array(64);
        }
      } finally {
        closed = true;
      }
    }
    const error = await rejection(
      store.put({ data: big(), originalName: "besar.pdf", maxBytes: 1000 }),
    );
    expect(error.messageKey).toBe("upload.error.tooLarge");
    expect(error.details).toMatchObject({ maxBytes: 1000 });
    expect(pulled).toBeLessThan(20);
    expect(closed).toBe(true);
    expect(await filesUnder(root)).toEqual([]);

    const small = diskFileStore({ root, maxBytes: PDF.length - 1 });
    expect((await rejection(small.put({ data: PDF, originalName: "a.pdf" }))).messageKey).toBe(
      "upload.error.tooLarge",
    );
    expect((await small.put({ data: PNG, originalName: "a.png" })).size).toBe(PNG.length);
  });

  it("leaves nothing when the source breaks off mid-stream", async () => {
    async function* brokenOff() {
      yield PDF.subarray(0, 64);
      yield new Uint8Array(4096);
      throw new Error("the client went away");
    }
    await expect(store.put({ data: brokenOff(), originalName: "putus.pdf" })).rejects.toThrow(
      "the client went away",
    );
    expect(await filesUnder(root)).toEqual([]);
  });

  it("removes, on its first upload, the temporary files a crash left a day ago, and no others", async () => {
    await mkdir(path.join(root, ".tmp"), { recursive: true });
    const stale = path.join(root, ".tmp", "crashed.part");
    const live = path.join(root, ".tmp", "in-progress.part");
    await writeFile(stale, "half an upload");
    await writeFile(live, "an upload still arriving");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    await utimes(stale, twoDaysAgo, twoDaysAgo);
    await store.put({ data: PDF, originalName: "laporan.pdf" });
    expect(await filesUnder(path.join(root, ".tmp"))).toEqual(["in-progress.part"]);
  });

  it.each([
    ["../../etc/passwd.pdf", "separator"],
    ["..\\laporan.pdf", "separator"],
    ["laporan/akhir.pdf", "separator"],
    ["laporan..pdf", "dotdot"],
    ["lapor\nan.pdf", "control"],
    ["lapor\u0000an.pdf", "control"],
    [`${"a".repeat(197)}.pdf`, "tooLong"],
    ["   ", "empty"],
  ])("refuses the name %j (%s) and leaves nothing", async (name, reason) => {
    const error = await rejection(store.put({ data: PDF, originalName: name }));
    expect(error.messageKey).toBe("upload.error.badName");
    expect(error.details).toMatchObject({ reason });
    expect(await filesUnder(root)).toEqual([]);
  });

  it("refuses a type the store does not allow, and a type narrowed away for one upload", async () => {
    const documents = diskFileStore({ root, allowedTypes: ["application/pdf"] });
    const error = await rejection(documents.put({ data: PNG, originalName: "logo.png" }));
    expect(error.messageKey).toBe("upload.error.typeNotAllowed");
    expect(error.details).toMatchObject({ detected: "PNG", allowed: "PDF" });
    const narrowed = await rejection(
      store.put({ data: TAR_GZ, originalName: "a.tar.gz", allowedTypes: ["application/pdf"] }),
    );
    expect(narrowed.messageKey).toBe("upload.error.typeNotAllowed");
    expect(await filesUnder(root)).toEqual([]);
  });
});

describe("openVerified, has and remove", () => {
  it("returns the identical bytes and throws once the stored file is altered", async () => {
    const { sha256: hash } = await store.put({ data: DOCX, originalName: "notulen.docx" });
    const bytes = await store.openVerified(hash);
    expect(Buffer.compare(bytes, DOCX)).toBe(0);

    const stored = path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
    const altered = Buffer.from(DOCX);
    altered.writeUInt8(altered.readUInt8(altered.length - 1) ^ 0xff, altered.length - 1);
    await writeFile(stored, altered);
    await expect(store.openVerified(hash)).rejects.toBeInstanceOf(FileIntegrityError);
  });

  it("throws FileNotFoundError for a missing or malformed sha256, and removes files", async () => {
    const { sha256: hash } = await store.put({ data: GIF, originalName: "a.gif" });
    await expect(store.openVerified("0".repeat(64))).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(store.openVerified("../../etc/passwd")).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await store.has("../x")).toBe(false);

    await store.remove(hash);
    expect(await store.has(hash)).toBe(false);
    await store.remove(hash); // removing again is a no-op
    await expect(store.openVerified(hash)).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await filesUnder(root)).toEqual([]);
  });
});

describe("configuration from the environment", () => {
  it("FILE_ALLOWED_TYPES narrows the list; unknown types are refused at start-up", async () => {
    expect(parseAllowedTypes({})).toContain("application/gzip");
    expect(
      parseAllowedTypes({ FILE_ALLOWED_TYPES: " application/pdf, IMAGE/PNG ,image/jpg" }),
    ).toEqual(["application/pdf", "image/png", "image/jpeg"]);
    expect(() => parseAllowedTypes({ FILE_ALLOWED_TYPES: "application/pdf,text/html" })).toThrow(
      /text\/html/,
    );

    const options = fileStoreOptionsFromEnv({
      FILE_STORE_DIR: root,
      FILE_ALLOWED_TYPES: "application/pdf",
      FILE_MAX_BYTES: "4096",
    });
    expect(options).toEqual({ root, maxBytes: 4096, allowedTypes: ["application/pdf"] });
    const fromEnv = diskFileStore(options);
    expect((await fromEnv.put({ data: PDF, originalName: "a.pdf" })).mimeType).toBe(
      "application/pdf",
    );
    expect((await rejection(fromEnv.put({ data: ZIP, originalName: "a.zip" }))).messageKey).toBe(
      "upload.error.typeNotAllowed",
    );
  });

  it("defaults to ./data/files of the project, 25 MB and every known type", () => {
    const options = fileStoreOptionsFromEnv({});
    expect(options.root).toBe(path.resolve(import.meta.dirname, "..", "..", "data", "files"));
    expect(options.maxBytes).toBe(25 * 1024 * 1024);
    expect(options.allowedTypes).toHaveLength(10);
    expect(fileStoreOptionsFromEnv({ FILE_STORE_DIR: "var/files" }).root).toBe(
      path.resolve(import.meta.dirname, "..", "..", "var", "files"),
    );
    expect(() => fileStoreOptionsFromEnv({ FILE_MAX_BYTES: "25MB" })).toThrow(/FILE_MAX_BYTES/);
  });
});

describe("contentDispositionAttachment", () => {
  it("gives an ASCII fallback and the exact UTF-8 name", () => {
    const name = 'Laporan "akhir" (revisi) — Sumedang ü 100%.pdf';
    const header = contentDispositionAttachment(name);
    expect(header).toBe(
      'attachment; filename="Laporan _akhir_ (revisi) _ Sumedang u 100_.pdf"; ' +
        "filename*=UTF-8''Laporan%20%22akhir%22%20%28revisi%29%20%E2%80%94%20Sumedang%20%C3%BC%20100%25.pdf",
    );
    const encoded = header.split("filename*=UTF-8''")[1]!;
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(contentDispositionAttachment("a\r\nSet-Cookie: x.pdf")).not.toMatch(/[\r\n]/);
    expect(contentDispositionAttachment("")).toBe(
      "attachment; filename=\"download\"; filename*=UTF-8''download",
    );
  });
});
