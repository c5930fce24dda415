// The server bundle and the seed (run from source in the same process) each load their own copy
// of the file store module: an error thrown by one copy must still be recognised by the other, or
// a refused upload answers 500 instead of 400.
import { describe, expect, it, vi } from "vitest";

describe("file store errors across module copies", () => {
  it("recognises another copy's UploadRejectedError, FileNotFoundError and FileIntegrityError", async () => {
    const first = await import("../../app/storage/file-store.server");
    vi.resetModules();
    const second = await import("../../app/storage/file-store.server");
    expect(second.UploadRejectedError).not.toBe(first.UploadRejectedError);
    const rejected = new first.UploadRejectedError("upload.error.empty");
    expect(rejected instanceof second.UploadRejectedError).toBe(true);
    expect(rejected instanceof Error).toBe(true);
    expect(new first.FileNotFoundError("a") instanceof second.FileNotFoundError).toBe(true);
    expect(new first.FileIntegrityError("a", "b") instanceof second.FileIntegrityError).toBe(true);
    // Brands do not mix: one kind of error is not another, and a plain Error is none of them.
    expect(rejected instanceof second.FileNotFoundError).toBe(false);
    expect(new Error("x") instanceof second.UploadRejectedError).toBe(false);
  });
});
