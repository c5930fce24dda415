// The one file store every feature uses (attachments, evidence, software releases). Files are kept
// content-addressed: named by their SHA-256, so the same bytes uploaded twice are stored once. The
// default store keeps them on local disk under <root>/<aa>/<bb>/<sha256> (root: env FILE_STORE_DIR,
// else ./data/files of the project), written atomically (temporary file in <root>/.tmp, fsync,
// rename, fsync of the directory) and checked against their hash whenever they are read. A
// refused or broken-off upload deletes its temporary file; the first upload of a process deletes
// those a crash left (untouched for a day).
//
// An upload is refused, leaving nothing on disk, when its name is unsafe, it is empty or larger than
// the limit (env FILE_MAX_BYTES, 25 MB by default), its type detected from its bytes is not allowed
// (env FILE_ALLOWED_TYPES) or its name's extension does not agree with that type. Refusals are
// UploadRejectedError with a message key, so pages show them in the reader's language.
//
// The store keeps bytes only: the name, type and owner of a file belong in the database, next to
// the sha256 that points here.
import { createHash, randomUUID } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import {
  mkdir,
  open,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  unlink,
  type FileHandle,
} from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fileTypeFromFile } from "file-type";
import { env } from "~/env.server";
import {
  type AllowedMimeType,
  DEFAULT_ALLOWED_TYPES,
  DEFAULT_MAX_BYTES,
  FILE_TYPES,
  ZIP_CONTAINER_TYPES,
  describeTypes,
  extensionOf,
  isKnownType,
  parseAllowedTypes,
  parseMaxBytes,
} from "./file-types";

export { DEFAULT_MAX_BYTES };
export const MAX_NAME_LENGTH = 200;

export type UploadErrorKey =
  | "upload.error.empty"
  | "upload.error.tooLarge"
  | "upload.error.typeNotAllowed"
  | "upload.error.typeMismatch"
  | "upload.error.badName";

/**
 * The store's errors are recognised by a brand, not by class identity: the server bundle and the
 * seed (run from source in the same process) each load their own copy of this module and share
 * one store through globalThis, so a plain `instanceof` would miss the other copy's errors (a
 * refused upload then answered 500 instead of 400).
 */
function branded(name: string) {
  const brand = Symbol.for(`livinglab.storage.${name}`);
  return {
    mark: (error: Error) => Object.defineProperty(error, brand, { value: true }),
    test: (value: unknown) =>
      typeof value === "object" &&
      value !== null &&
      (value as Record<symbol, unknown>)[brand] === true,
  };
}
const uploadRejected = branded("UploadRejectedError");
const fileNotFound = branded("FileNotFoundError");
const fileIntegrity = branded("FileIntegrityError");

/** An upload the store refused. messageKey names the reason; details fill its placeholders. */
export class UploadRejectedError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return uploadRejected.test(value);
  }
  constructor(
    public readonly messageKey: UploadErrorKey,
    public readonly details?: Record<string, string | number>,
  ) {
    super(`Upload rejected: ${messageKey}${details ? ` ${JSON.stringify(details)}` : ""}`);
    this.name = "UploadRejectedError";
    uploadRejected.mark(this);
  }
}

/** No stored file has this sha256. */
export class FileNotFoundError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return fileNotFound.test(value);
  }
  constructor(public readonly sha256: string) {
    super(`No stored file ${sha256}`);
    this.name = "FileNotFoundError";
    fileNotFound.mark(this);
  }
}

/** A stored file's bytes no longer match its sha256: it was changed or damaged on disk. */
export class FileIntegrityError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return fileIntegrity.test(value);
  }
  constructor(
    public readonly sha256: string,
    public readonly actualSha256: string,
  ) {
    super(`Stored file ${sha256} is corrupted (its content hashes to ${actualSha256})`);
    this.name = "FileIntegrityError";
    fileIntegrity.mark(this);
  }
}

export interface StoredFile {
  sha256: string;
  size: number;
  /** The type detected from the bytes (never the browser's claim). */
  mimeType: string;
  /** The declared name's extension, lower case, without the dot ("pdf", "jpeg", "tar.gz"). */
  extension: string;
  /** The declared name, sanitised for display (normalised, no invisible or direction characters). */
  originalName: string;
}

export interface PutInput {
  data: AsyncIterable<Uint8Array> | Uint8Array;
  originalName: string;
  /** A limit for this upload, replacing the store's. */
  maxBytes?: number;
  /** Narrows the store's allowed types for this upload (never widens them). */
  allowedTypes?: readonly string[];
}

export interface FileStore {
  put(input: PutInput): Promise<StoredFile & { deduplicated: boolean }>;
  /** The stored bytes; throws FileNotFoundError when missing, FileIntegrityError when altered. */
  openVerified(sha256: string): Promise<Buffer>;
  has(sha256: string): Promise<boolean>;
  /** Deletes the stored bytes (a no-op when absent). Callers check no record still points here. */
  remove(sha256: string): Promise<void>;
}

export interface DiskFileStoreOptions {
  root?: string;
  maxBytes?: number;
  allowedTypes?: string[];
}

const SHA256_PATTERN = /^[0-9a-f]{64}$/;
const TEMP_DIR = ".tmp";
/** A temporary file untouched this long belongs to an upload that died with its process. */
export const STALE_TEMP_MS = 24 * 60 * 60 * 1000;
// C0 and C1 control characters (including NUL, CR, LF, TAB, DEL).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/u;
// Invisible characters that can disguise a name (zero-width, bidirectional overrides, BOM).
const INVISIBLE_CHARACTERS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

// ---------------------------------------------------------------------------------------------
// Names

/** The display name for a declared file name, or UploadRejectedError("upload.error.badName"). */
export function sanitiseFileName(name: string): string {
  const refuse = (reason: string): never => {
    throw new UploadRejectedError("upload.error.badName", { reason, maxLength: MAX_NAME_LENGTH });
  };
  if (typeof name !== "string") refuse("empty");
  if (/[/\\]/.test(name)) refuse("separator");
  if (name.includes("..")) refuse("dotdot");
  if (CONTROL_CHARACTERS.test(name)) refuse("control");
  if ([...name].length > MAX_NAME_LENGTH) refuse("tooLong");
  const display = name
    .normalize("NFC")
    .replace(INVISIBLE_CHARACTERS, "")
    .replace(/\s+/gu, " ")
    .trim()
    // Windows drops trailing dots and spaces; a name that ends with them is confusing anywhere.
    .replace(/[. ]+$/u, "");
  if (!display) refuse("empty");
  if (display.includes("..")) refuse("dotdot");
  return display;
}

// ---------------------------------------------------------------------------------------------
// Types

function resolveType(
  detectedMime: string | undefined,
  extension: string,
  allowed: readonly AllowedMimeType[],
): AllowedMimeType {
  const allowedLabels = describeTypes(allowed);
  if (!detectedMime) {
    throw new UploadRejectedError("upload.error.typeNotAllowed", {
      detected: "?",
      allowed: allowedLabels,
    });
  }
  let mime = detectedMime;
  // DOCX, ODT, JAR... are ZIP archives: one named .zip is accepted as a ZIP where ZIP is allowed.
  if (ZIP_CONTAINER_TYPES.has(mime) && extension === "zip" && allowed.includes("application/zip")) {
    mime = "application/zip";
  }
  if (!isKnownType(mime) || !allowed.includes(mime)) {
    throw new UploadRejectedError("upload.error.typeNotAllowed", {
      detected: isKnownType(mime) ? FILE_TYPES[mime].label : mime,
      allowed: allowedLabels,
    });
  }
  const expected: readonly string[] = FILE_TYPES[mime].extensions;
  if (!expected.includes(extension)) {
    throw new UploadRejectedError("upload.error.typeMismatch", {
      detected: FILE_TYPES[mime].label,
      extension: extension ? `.${extension}` : "-",
      expected: expected.map((ext) => `.${ext}`).join(", "),
    });
  }
  return mime;
}

async function detectType(filePath: string): Promise<string | undefined> {
  try {
    return (await fileTypeFromFile(filePath))?.mime;
  } catch (error) {
    // A malformed file can make a parser give up: that is "unknown type". I/O errors are real.
    if (isSystemError(error)) throw error;
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Disk helpers

function isSystemError(error: unknown, ...codes: string[]): error is NodeJS.ErrnoException {
  if (!(error instanceof Error) || typeof (error as NodeJS.ErrnoException).code !== "string") {
    return false;
  }
  return codes.length === 0 || codes.includes((error as NodeJS.ErrnoException).code as string);
}

/** fsync a directory so a rename or unlink in it survives a crash (not possible everywhere). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (error) {
    if (!isSystemError(error, "EISDIR", "EPERM", "EACCES", "EINVAL", "ENOTSUP", "EBADF")) {
      throw error;
    }
  } finally {
    await handle?.close();
  }
}

async function writeFully(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}

async function sha256OfFile(filePath: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function asAsyncIterable(data: AsyncIterable<Uint8Array> | Uint8Array): AsyncIterable<Uint8Array> {
  if (data instanceof Uint8Array) {
    return (async function* single() {
      yield data;
    })();
  }
  return data;
}

function formatSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb && bytes % mb === 0) return `${bytes / mb} MB`;
  if (bytes >= mb) return `${(bytes / mb).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.floor(bytes / 1024)} KB`;
  return `${bytes} B`;
}

function checkMaxBytes(value: number, source: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${source} must be a positive whole number of bytes, not ${value}`);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// The disk store

export function diskFileStore(options: DiskFileStoreOptions = {}): FileStore {
  const root = path.resolve(options.root ?? defaultRoot());
  const tempDir = path.join(root, TEMP_DIR);
  const storeMaxBytes = checkMaxBytes(options.maxBytes ?? DEFAULT_MAX_BYTES, "maxBytes");
  const storeAllowed = options.allowedTypes
    ? parseAllowedTypes({ FILE_ALLOWED_TYPES: options.allowedTypes.join(",") })
    : [...DEFAULT_ALLOWED_TYPES];

  const pathOf = (sha256: string) =>
    path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

  /** Removes the `.part` files a crash left behind (a live upload writes to its own all along). */
  async function removeStaleTemporaryFiles(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(tempDir);
    } catch (error) {
      if (isSystemError(error, "ENOENT")) return;
      throw error;
    }
    const now = Date.now();
    for (const name of names.filter((n) => n.endsWith(".part"))) {
      const tempPath = path.join(tempDir, name);
      try {
        if (now - (await stat(tempPath)).mtimeMs > STALE_TEMP_MS)
          await rm(tempPath, { force: true });
      } catch (error) {
        if (!isSystemError(error, "ENOENT")) throw error;
      }
    }
  }
  let swept: Promise<void> | undefined;

  async function put(input: PutInput): Promise<StoredFile & { deduplicated: boolean }> {
    const originalName = sanitiseFileName(input.originalName);
    const extension = extensionOf(originalName);
    const maxBytes = checkMaxBytes(input.maxBytes ?? storeMaxBytes, "maxBytes");
    const allowed = input.allowedTypes
      ? storeAllowed.filter((mime) => input.allowedTypes?.includes(mime))
      : storeAllowed;

    // Once per store (so once per process): what a crash left in the temporary folder goes.
    swept ??= removeStaleTemporaryFiles().catch((error: unknown) =>
      console.warn(`[files] could not clean ${tempDir}: ${String(error)}`),
    );
    await swept;
    await mkdir(tempDir, { recursive: true });
    const tempPath = path.join(tempDir, `${randomUUID()}.part`);
    let committed = false;
    try {
      const hash = createHash("sha256");
      let size = 0;
      const handle = await open(tempPath, "wx");
      try {
        for await (const chunk of asAsyncIterable(input.data)) {
          size += chunk.byteLength;
          // Stop reading as soon as the limit is passed: leaving the loop cancels the source.
          if (size > maxBytes) {
            throw new UploadRejectedError("upload.error.tooLarge", {
              maxBytes,
              maxSize: formatSize(maxBytes),
            });
          }
          hash.update(chunk);
          await writeFully(handle, chunk);
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (size === 0) throw new UploadRejectedError("upload.error.empty");

      const mimeType = resolveType(await detectType(tempPath), extension, allowed);
      const sha256 = hash.digest("hex");
      const stored: StoredFile = { sha256, size, mimeType, extension, originalName };

      const finalPath = pathOf(sha256);
      const shardDir = path.dirname(finalPath);
      const created = await mkdir(shardDir, { recursive: true });
      if (existsSync(finalPath)) {
        if ((await sha256OfFile(finalPath)) === sha256) return { ...stored, deduplicated: true };
        // The copy on disk is damaged: the fresh upload replaces it.
      }
      await rename(tempPath, finalPath);
      committed = true;
      await syncDirectory(shardDir);
      if (created) {
        await syncDirectory(path.dirname(shardDir));
        await syncDirectory(root);
      }
      return { ...stored, deduplicated: false };
    } finally {
      if (!committed) await rm(tempPath, { force: true });
    }
  }

  async function openVerified(sha256: string): Promise<Buffer> {
    if (!SHA256_PATTERN.test(sha256)) throw new FileNotFoundError(sha256);
    let data: Buffer;
    try {
      data = await readFile(pathOf(sha256));
    } catch (error) {
      if (isSystemError(error, "ENOENT", "ENOTDIR", "EISDIR")) throw new FileNotFoundError(sha256);
      throw error;
    }
    const actual = createHash("sha256").update(data).digest("hex");
    if (actual !== sha256) throw new FileIntegrityError(sha256, actual);
    return data;
  }

  async function has(sha256: string): Promise<boolean> {
    if (!SHA256_PATTERN.test(sha256)) return false;
    try {
      return (await stat(pathOf(sha256))).isFile();
    } catch (error) {
      if (isSystemError(error, "ENOENT", "ENOTDIR")) return false;
      throw error;
    }
  }

  async function remove(sha256: string): Promise<void> {
    if (!SHA256_PATTERN.test(sha256)) return;
    const filePath = pathOf(sha256);
    try {
      await unlink(filePath);
    } catch (error) {
      if (isSystemError(error, "ENOENT", "ENOTDIR")) return;
      throw error;
    }
    await syncDirectory(path.dirname(filePath));
  }

  return { put, openVerified, has, remove };
}

// ---------------------------------------------------------------------------------------------
// The process-wide default, from the environment

/** The project root: the nearest folder with a package.json above this module (source or build). */
function projectRoot(): string {
  let dir: string;
  try {
    dir = path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return process.cwd();
  }
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function defaultRoot(): string {
  return path.join(projectRoot(), "data", "files");
}

export interface FileStoreEnv {
  FILE_STORE_DIR?: string | undefined;
  FILE_MAX_BYTES?: string | undefined;
  FILE_ALLOWED_TYPES?: string | undefined;
  [name: string]: string | undefined;
}

/** Where the store keeps its files: FILE_STORE_DIR relative to the project root, else ./data/files. */
function storeRoot(dir: string | undefined): string {
  const trimmed = dir?.trim();
  return trimmed ? path.resolve(projectRoot(), trimmed) : defaultRoot();
}

/**
 * The store's options from an env object: FILE_STORE_DIR (relative to the project root),
 * FILE_MAX_BYTES, FILE_ALLOWED_TYPES. Invalid values throw, naming the variable. The portal itself
 * reads them through env() (app/env.server.ts), which validates them with the same parsers.
 */
export function fileStoreOptionsFromEnv(env: FileStoreEnv): Required<DiskFileStoreOptions> {
  return {
    root: storeRoot(env.FILE_STORE_DIR),
    maxBytes: parseMaxBytes(env.FILE_MAX_BYTES),
    allowedTypes: parseAllowedTypes(env),
  };
}

const globalForFiles = globalThis as unknown as { livingLabFileStore?: FileStore };

/** The process-wide store, built once from the validated environment. */
export function fileStore(): FileStore {
  if (!globalForFiles.livingLabFileStore) {
    const { FILE_STORE_DIR, FILE_MAX_BYTES, FILE_ALLOWED_TYPES } = env();
    globalForFiles.livingLabFileStore = diskFileStore({
      root: storeRoot(FILE_STORE_DIR),
      maxBytes: FILE_MAX_BYTES,
      allowedTypes: FILE_ALLOWED_TYPES,
    });
  }
  return globalForFiles.livingLabFileStore;
}

// ---------------------------------------------------------------------------------------------
// Downloads

/**
 * A Content-Disposition value that makes the browser save the file under `name` (RFC 6266): an
 * ASCII `filename` for old clients and the exact name as UTF-8 in `filename*` (RFC 8187).
 */
export function contentDispositionAttachment(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f-\u009f]/gu, "").trim() || "download";
  const fallback =
    clean
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/gu, "")
      // Quotes, backslashes and percent signs are read differently by different browsers.
      .replace(/[^\x20-\x7e]|["\\%]/gu, "_")
      .trim() || "download";
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
