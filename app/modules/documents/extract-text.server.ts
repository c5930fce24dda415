// Text extraction for evidence files: `extractText(bytes, mimeType)` reads PDF, DOCX, XLSX and ODT
// in a worker thread pool (extract-pool.server.ts) under the caps of DEFAULT_EXTRACTION_LIMITS.
// Images and unknown types are answered at once without a worker; they are never "ok".
import { ExtractionPool, type ExtractionPoolOptions } from "./extract-pool.server";
import {
  DEFAULT_EXTRACTION_LIMITS,
  READABLE_TYPES,
  type ExtractionLimits,
  type ExtractionResult,
} from "./extraction.types";

export type {
  ExtractedPage,
  ExtractionLimits,
  ExtractionResult,
  ExtractionUnit,
  FailedReason,
  UnreadableReason,
} from "./extraction.types";
export { DEFAULT_EXTRACTION_LIMITS } from "./extraction.types";

const globalForPool = globalThis as unknown as { livingLabExtractionPool?: ExtractionPool };

function defaultPool(): ExtractionPool {
  globalForPool.livingLabExtractionPool ??= new ExtractionPool();
  return globalForPool.livingLabExtractionPool;
}

export interface ExtractTextOptions {
  limits?: Partial<ExtractionLimits>;
  /** Another pool than the process-wide one (tests, the benchmark). */
  pool?: ExtractionPool;
}

export async function extractText(
  bytes: Uint8Array,
  mimeType: string,
  options: ExtractTextOptions = {},
): Promise<ExtractionResult> {
  const limits: ExtractionLimits = { ...DEFAULT_EXTRACTION_LIMITS, ...options.limits };
  const type = mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type.startsWith("image/")) return { state: "unreadable", reason: "image" };
  if (!READABLE_TYPES.has(type)) return { state: "unreadable", reason: "unsupported-type" };
  if (bytes.byteLength > limits.maxInputBytes) return { state: "failed", reason: "too-large" };
  return (options.pool ?? defaultPool()).run(bytes, type, limits);
}

export function createExtractionPool(options?: ExtractionPoolOptions): ExtractionPool {
  return new ExtractionPool(options);
}

/** Stops the process-wide pool's workers (server shutdown, the end of a script). */
export async function closeExtractionPool(): Promise<void> {
  const pool = globalForPool.livingLabExtractionPool;
  globalForPool.livingLabExtractionPool = undefined;
  await pool?.close();
}
