// Bytes an upload stored but no record came to point to are removed again; bytes a record points
// to, or that were stored before the upload, stay; a record never points to bytes that are gone.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

const root = mkdtempSync(path.join(tmpdir(), "stored-files-"));
process.env.FILE_STORE_DIR = root;

const { db } = await import("../../app/db.server");
const { FileNotFoundError, fileStore } = await import("../../app/storage/file-store.server");
const { discardUnreferenced, recordOrDiscard, recordStoredFile } =
  await import("../../app/storage/stored-files.server");

afterAll(() => rmSync(root, { recursive: true, force: true }));

let counter = 0;
async function upload() {
  counter += 1;
  const bytes = gzipSync(Buffer.from(`arsip ${counter} ${Date.now()}\n`.repeat(30)));
  return fileStore().put({ data: bytes, originalName: `arsip-${counter}.tar.gz` });
}

describe("files no record points to", () => {
  it("are removed when the write that would record them fails, and the write's error is kept", async () => {
    const file = await upload();
    await expect(
      recordOrDiscard(
        file,
        async () => {
          throw new Error("database write failed");
        },
        () => true,
      ),
    ).rejects.toThrow("database write failed");
    expect(await fileStore().has(file.sha256)).toBe(false);

    const refused = await upload();
    expect(
      await recordOrDiscard(
        refused,
        async () => "refused",
        () => false,
      ),
    ).toBe("refused");
    expect(await fileStore().has(refused.sha256)).toBe(false);

    const kept = await upload();
    await recordOrDiscard(
      kept,
      () => db().$transaction((tx) => recordStoredFile(tx, kept)),
      () => true,
    );
    expect(await fileStore().has(kept.sha256)).toBe(true);
    expect(await db().storedFile.findUnique({ where: { sha256: kept.sha256 } })).not.toBeNull();
  });

  it("stay when a row points to them or when they were there before the upload", async () => {
    const file = await upload();
    await db().$transaction((tx) => recordStoredFile(tx, file));
    expect(await discardUnreferenced(file)).toBe(false);
    expect(await fileStore().has(file.sha256)).toBe(true);

    const earlier = await upload();
    expect(await discardUnreferenced({ ...earlier, deduplicated: true })).toBe(false);
    expect(await fileStore().has(earlier.sha256)).toBe(true);
  });

  it("are never recorded once gone: the record's write fails instead of pointing nowhere", async () => {
    const file = await upload();
    expect(await discardUnreferenced(file)).toBe(true);
    await expect(db().$transaction((tx) => recordStoredFile(tx, file))).rejects.toBeInstanceOf(
      FileNotFoundError,
    );
    expect(await db().storedFile.findUnique({ where: { sha256: file.sha256 } })).toBeNull();
  });
});
