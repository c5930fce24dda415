// Checks a ZIP container (DOCX, XLSX, ODT) before a library unpacks it: the entry count and the
// bytes every entry really inflates to are counted while inflating in small steps, with the output
// thrown away, so a zip bomb is refused after at most `maxZipBytes` of work and a few MB of memory
// whatever its headers declare. Entries asked for by name are kept and returned.
import { Inflate } from "fflate";
import { ExtractionRefusal } from "./extraction.types";

export interface ZipGuardLimits {
  maxZipEntries: number;
  maxZipBytes: number;
}

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STEP = 16 * 1024;

function corrupt(detail: string): ExtractionRefusal {
  return new ExtractionRefusal({ state: "failed", reason: "corrupt", detail });
}

function bomb(detail: string): ExtractionRefusal {
  return new ExtractionRefusal({ state: "failed", reason: "zip-bomb", detail });
}

/** Reads the central directory. Throws a refusal for a broken, ZIP64 or over-full archive. */
export function listZipEntries(bytes: Uint8Array, limits: ZipGuardLimits): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end of central directory");
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw corrupt("ZIP64 is not read");
  if (count > limits.maxZipEntries) throw bomb(`${count} entries`);
  if (directoryOffset + directorySize > bytes.length) throw corrupt("central directory outside");

  const entries: ZipEntryInfo[] = [];
  let at = directoryOffset;
  let declaredTotal = 0;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw corrupt("bad central directory entry");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    declaredTotal += declaredSize;
    if (declaredTotal > limits.maxZipBytes) throw bomb(`declares ${declaredTotal} bytes`);
    entries.push({
      name,
      method,
      compressedSize,
      declaredSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE)
    throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} runs past the end`);
  return bytes.subarray(start, end);
}

/**
 * Inflates every entry, counting real output against `maxZipBytes`, and returns the entries named
 * in `keep`. Throws a refusal (zip-bomb, corrupt, encrypted) otherwise.
 */
export function guardZip(
  bytes: Uint8Array,
  limits: ZipGuardLimits,
  keep: ReadonlySet<string> = new Set(),
): Map<string, Uint8Array> {
  const entries = listZipEntries(bytes, limits);
  const kept = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/") && entry.compressedSize === 0) continue;
    if (entry.encrypted)
      throw new ExtractionRefusal({ state: "unreadable", reason: "encrypted" }, entry.name);
    const data = entryData(bytes, entry);
    const chunks: Uint8Array[] = [];
    const wanted = keep.has(entry.name);
    let size = 0;
    const count = (chunk: Uint8Array) => {
      size += chunk.length;
      total += chunk.length;
      // A header that understates its entry is how zip bombs get past size checks: stop there.
      if (size > entry.declaredSize) throw bomb(`${entry.name} unpacks to more than it declares`);
      if (total > limits.maxZipBytes)
        throw bomb(`unpacks to more than ${limits.maxZipBytes} bytes`);
      if (wanted) chunks.push(chunk.slice());
    };
    if (entry.method === 0) {
      count(data);
    } else if (entry.method === 8) {
      const inflate = new Inflate((chunk) => count(chunk));
      try {
        for (let at = 0; at < data.length; at += STEP) {
          const end = Math.min(at + STEP, data.length);
          inflate.push(data.subarray(at, end), end === data.length);
        }
        if (data.length === 0) inflate.push(new Uint8Array(0), true);
      } catch (error) {
        if (error instanceof ExtractionRefusal) throw error;
        throw corrupt(`${entry.name}: ${(error as Error).message}`);
      }
    } else {
      throw corrupt(`${entry.name}: compression method ${entry.method}`);
    }
    if (size !== entry.declaredSize) throw corrupt(`${entry.name}: shorter than its header says`);
    if (wanted) {
      const whole = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        whole.set(chunk, offset);
        offset += chunk.length;
      }
      kept.set(entry.name, whole);
    }
  }
  return kept;
}
