// What text extraction answers, and the caps every document is held to. Shared by the main thread
// (extract-text.server.ts), the worker (extract-worker.server.ts) and the format readers.

/** What a "page" is: a PDF page, a spreadsheet sheet, or the whole of a document without pages. */
export type ExtractionUnit = "page" | "sheet" | "document";

export interface ExtractedPage {
  /** 1-based: the PDF page or the sheet's position; 1 for a document without pages. */
  number: number;
  text: string;
  /** The sheet's name (XLSX). */
  name?: string;
}

/** Files that are fine but have no text to read. Never reported as clean. */
export type UnreadableReason =
  /** A PNG/JPEG/GIF/WebP picture (a photo or a scan). */
  | "image"
  /** A PDF without a text layer (a scan), or a document with no text at all. */
  | "no-text-layer"
  /** A password-protected PDF or an encrypted ZIP entry. */
  | "encrypted"
  /** A type the extractor does not read (a ZIP, a source archive). */
  | "unsupported-type";

/** Files the extractor refused or could not finish. */
export type FailedReason =
  /** The document took longer than the time limit; its worker was stopped. */
  | "timeout"
  /** More bytes than `maxInputBytes`. */
  | "too-large"
  /** A ZIP container (DOCX, XLSX, ODT) that unpacks to more than the caps allow. */
  | "zip-bomb"
  /** The bytes are not a readable file of the declared type. */
  | "corrupt"
  /** The worker ran out of its memory allowance. */
  | "out-of-memory"
  /** The worker stopped for another reason (or could not start). */
  | "worker-crashed";

export type ExtractionResult =
  | {
      state: "ok";
      unit: ExtractionUnit;
      pages: ExtractedPage[];
      /** Pages or characters beyond the caps were left out. */
      truncated: boolean;
      /** PDF pages without a text layer in an otherwise readable PDF (a scanned annex). */
      pagesWithoutText: number[];
    }
  | { state: "unreadable"; reason: UnreadableReason }
  | { state: "failed"; reason: FailedReason; detail?: string };

export interface ExtractionLimits {
  /** Larger inputs are refused without being read. */
  maxInputBytes: number;
  /** PDF pages and spreadsheet sheets read; the rest is left out (`truncated`). */
  maxPages: number;
  /** Characters kept over all pages; the rest is left out (`truncated`). */
  maxChars: number;
  /** Entries a ZIP container may have. */
  maxZipEntries: number;
  /** Bytes a ZIP container may unpack to, counted while inflating (declared sizes can lie). */
  maxZipBytes: number;
  /** Wall-clock time for one document in its worker, after which the worker is terminated. */
  timeLimitMs: number;
}

export const DEFAULT_EXTRACTION_LIMITS: ExtractionLimits = {
  maxInputBytes: 50 * 1024 * 1024,
  maxPages: 1000,
  maxChars: 2_000_000,
  maxZipEntries: 5000,
  maxZipBytes: 200 * 1024 * 1024,
  timeLimitMs: 60_000,
};

/** A refusal raised inside a reader, turned into a `failed` or `unreadable` result. */
export class ExtractionRefusal extends Error {
  constructor(
    readonly result: Exclude<ExtractionResult, { state: "ok" }>,
    message?: string,
  ) {
    super(message ?? result.reason);
    this.name = "ExtractionRefusal";
  }
}

export const PDF_MIME = "application/pdf";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ODT_MIME = "application/vnd.oasis.opendocument.text";

/** The types read in a worker. */
export const READABLE_TYPES: ReadonlySet<string> = new Set([
  PDF_MIME,
  DOCX_MIME,
  XLSX_MIME,
  ODT_MIME,
]);
