// The entries of a bulk-upload ZIP, checked before anything is stored: each file must sit in a
// folder named by an indicator number of the framework (`18/Perbup TIK.pdf`, or one level deeper
// when the whole folder was zipped: `bukti/18/Perbup TIK.pdf`), with a safe path, some bytes and
// no more than the file store takes. The archive itself is held to an entry count and to the bytes
// its entries really inflate to (zip-guard), so a zip bomb is refused after bounded work.
// Finder's `__MACOSX/` copies and hidden files (`.DS_Store`) are left out, not reported.
import { guardZip, listZipEntries } from "~/modules/documents/zip-guard";
import { ExtractionRefusal } from "~/modules/documents/extraction.types";
import type { MessageKey, MessageParams } from "~/i18n/translate";

export const ZIP_LIMITS = {
  /** Entries (files and folders) an archive may list. */
  entries: 200,
  /** Files that become records in one import. */
  files: 100,
  /** Bytes all entries together may inflate to. */
  inflatedBytes: 200 * 1024 * 1024,
} as const;

export interface ZipEntryProblem {
  /** The entry's path as the archive names it ("" for the archive as a whole). */
  path: string;
  message: MessageKey;
  params?: MessageParams;
}

export interface ZipFileEntry {
  path: string;
  indicator: number;
  /** The file's own name, the last part of its path. */
  name: string;
  bytes: Uint8Array;
}

export type ZipReading =
  { ok: true; files: ZipFileEntry[] } | { ok: false; problems: ZipEntryProblem[] };

function isIgnored(segments: string[]): boolean {
  return segments[0] === "__MACOSX" || segments[segments.length - 1]!.startsWith(".");
}

/** Unsafe: absolute, a drive or backslash, `.`/`..` or an empty part. */
function isUnsafePath(path: string): boolean {
  if (path.startsWith("/") || path.includes("\\") || /^[a-zA-Z]:/.test(path)) return true;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(path)) return true;
  const segments = path.replace(/\/$/, "").split("/");
  return segments.some((s) => s === "" || s === "." || s === "..");
}

function archiveProblem(error: unknown): ZipEntryProblem {
  if (error instanceof ExtractionRefusal) {
    const detail = error.result.state === "failed" ? (error.result.detail ?? "") : "";
    if (error.result.reason === "zip-bomb" && /entries$/.test(detail))
      return {
        path: "",
        message: "evidenceZip.error.tooManyEntries",
        params: { max: ZIP_LIMITS.entries },
      };
    if (error.result.reason === "zip-bomb") return { path: "", message: "evidenceZip.error.bomb" };
    if (error.result.reason === "encrypted")
      return { path: error.message, message: "evidenceZip.error.encrypted" };
  }
  return { path: "", message: "evidenceZip.error.corrupt" };
}

/**
 * Lists and checks every entry; `indicators` are the framework's numbers, `maxBytes` the file
 * store's limit. Answers every problem found (by path), or the files with their bytes.
 */
export function readEvidenceZip(
  zip: Uint8Array,
  options: { indicators: ReadonlySet<number>; maxBytes: number },
): ZipReading {
  const limits = { maxZipEntries: ZIP_LIMITS.entries, maxZipBytes: ZIP_LIMITS.inflatedBytes };
  let entries;
  try {
    entries = listZipEntries(zip, limits);
  } catch (error) {
    return { ok: false, problems: [archiveProblem(error)] };
  }
  const problems: ZipEntryProblem[] = [];
  const planned: Array<Omit<ZipFileEntry, "bytes">> = [];
  for (const entry of entries) {
    const path = entry.name;
    if (isUnsafePath(path)) {
      problems.push({ path, message: "evidenceZip.error.unsafePath" });
      continue;
    }
    const segments = path.replace(/\/$/, "").split("/");
    if (path.endsWith("/") || isIgnored(segments)) continue;
    const name = segments[segments.length - 1]!;
    const folder = segments[segments.length - 2];
    if (folder === undefined || segments.length > 3) {
      problems.push({ path, message: "evidenceZip.error.noFolder" });
      continue;
    }
    const indicator = /^\d{1,3}$/.test(folder) ? Number(folder) : NaN;
    if (!options.indicators.has(indicator)) {
      problems.push({ path, message: "evidenceZip.error.unknownIndicator", params: { folder } });
      continue;
    }
    if (entry.declaredSize === 0) {
      problems.push({ path, message: "upload.error.empty" });
      continue;
    }
    if (entry.declaredSize > options.maxBytes) {
      problems.push({
        path,
        message: "upload.error.tooLarge",
        params: { maxSize: `${Math.floor(options.maxBytes / (1024 * 1024))} MB` },
      });
      continue;
    }
    planned.push({ path, indicator, name });
  }
  if (problems.length === 0 && planned.length === 0)
    problems.push({ path: "", message: "evidenceZip.error.noFiles" });
  if (planned.length > ZIP_LIMITS.files)
    problems.push({
      path: "",
      message: "evidenceZip.error.tooManyFiles",
      params: { max: ZIP_LIMITS.files },
    });
  if (problems.length > 0) return { ok: false, problems };
  let inflated: Map<string, Uint8Array>;
  try {
    inflated = guardZip(zip, limits, new Set(planned.map((p) => p.path)));
  } catch (error) {
    return { ok: false, problems: [archiveProblem(error)] };
  }
  return {
    ok: true,
    files: planned.map((p) => ({ ...p, bytes: inflated.get(p.path) ?? new Uint8Array(0) })),
  };
}

/** A record's title from a file name: no extension, separators as spaces, within the limits. */
export function titleFromFileName(name: string, max: number): string {
  const stem = name.replace(/\.(tar\.gz|[a-z0-9]{1,5})$/i, "");
  const words = stem.replace(/[_]+/g, " ").replace(/\s+/g, " ").trim();
  const title = words.length >= 3 ? words : name.trim();
  return title.slice(0, max).trim();
}
