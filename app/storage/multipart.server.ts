// Reads a multipart/form-data request: text fields into a map, one file field straight into the
// file store. The stream is read directly (not through Remix's parser, which silently cuts a
// name like "../x.pdf" down to "x.pdf"), so the store sees the name as sent and refuses it.
// A file stored before the body breaks off is removed again; a caller that then refuses the
// request removes it the same way (recordOrDiscard in stored-files.server.ts).
import { streamMultipart } from "@web3-storage/multipart-parser";
import { fileStore, UploadRejectedError, type StoredFile } from "./file-store.server";
import { discardUnreferenced } from "./stored-files.server";

const MAX_FIELD_BYTES = 64 * 1024;

export interface MultipartResult {
  fields: Record<string, string>;
  stored: (StoredFile & { deduplicated: boolean }) | null;
  rejection: UploadRejectedError | null;
  malformed: boolean;
}

export async function readMultipart(
  request: Request,
  options: { fileField: string; allowedTypes: readonly string[] },
): Promise<MultipartResult> {
  const result: MultipartResult = { fields: {}, stored: null, rejection: null, malformed: false };
  const [type, boundary] = (request.headers.get("Content-Type") ?? "").split(/\s*;\s*boundary=/);
  if (type !== "multipart/form-data" || !boundary || !request.body)
    return { ...result, malformed: true };
  try {
    await readParts(request.body, boundary, options, result);
  } catch (error) {
    // The body broke off or went bad after the file was stored: nothing will point to it.
    if (result.stored) await discardUnreferenced(result.stored);
    // The parser's own complaints (no Content-Disposition, unbalanced quotes, a body that ends
    // before its closing boundary) are the client's fault: a 400, not a 500.
    if (isMalformedMultipart(error)) return { ...result, stored: null, malformed: true };
    throw error;
  }
  return result;
}

function isMalformedMultipart(error: unknown): boolean {
  return (
    error instanceof Error && /^malformed (multipart-form|content-disposition) /.test(error.message)
  );
}

async function readParts(
  body: ReadableStream<Uint8Array>,
  boundary: string,
  options: { fileField: string; allowedTypes: readonly string[] },
  result: MultipartResult,
): Promise<void> {
  const decoder = new TextDecoder();
  for await (const part of streamMultipart(body, boundary)) {
    if (part.done) break;
    if (typeof part.filename !== "string") {
      let text = "";
      let size = 0;
      for await (const chunk of part.data) {
        size += chunk.length;
        if (size <= MAX_FIELD_BYTES) text += decoder.decode(chunk, { stream: true });
      }
      if (size <= MAX_FIELD_BYTES) result.fields[part.name] = text + decoder.decode();
      continue;
    }
    if (
      part.name !== options.fileField ||
      result.stored ||
      result.rejection ||
      part.filename === ""
    ) {
      for await (const chunk of part.data) void chunk; // drain what we do not keep
      continue;
    }
    try {
      result.stored = await fileStore().put({
        data: part.data,
        originalName: part.filename,
        allowedTypes: options.allowedTypes,
      });
    } catch (error) {
      if (!(error instanceof UploadRejectedError)) throw error;
      result.rejection = error;
      for await (const chunk of part.data) void chunk;
    }
  }
}

export interface MultipartFilesResult {
  /** Every text field in order (a name may repeat, as checkboxes do). */
  fields: FormData;
  /** The files stored, in the order sent. */
  stored: Array<StoredFile & { deduplicated: boolean }>;
  /** The first refused file, by its name as sent; the files stored before it are removed. */
  rejection: { name: string; error: UploadRejectedError } | null;
  /** More files than `maxFiles` were sent: none is kept. */
  tooMany: boolean;
  malformed: boolean;
}

/**
 * Reads a multipart/form-data request with any number of files in `fileField` (up to
 * `maxFiles`) straight into the file store. All or nothing: when one file is refused, or the
 * body breaks off, the files this request stored are removed again (unless something else
 * already pointed to the same bytes), so a refusal leaves nothing on disk. The caller keeps or
 * discards what was stored (recordOrDiscard).
 */
export async function readMultipartFiles(
  request: Request,
  options: { fileField: string; allowedTypes: readonly string[]; maxFiles: number },
): Promise<MultipartFilesResult> {
  const result: MultipartFilesResult = {
    fields: new FormData(),
    stored: [],
    rejection: null,
    tooMany: false,
    malformed: false,
  };
  const [type, boundary] = (request.headers.get("Content-Type") ?? "").split(/\s*;\s*boundary=/);
  if (type !== "multipart/form-data" || !boundary || !request.body)
    return { ...result, malformed: true };
  const discardAll = async () => {
    for (const file of result.stored) await discardUnreferenced(file);
    result.stored = [];
  };
  try {
    const decoder = new TextDecoder();
    let sent = 0;
    for await (const part of streamMultipart(request.body, boundary)) {
      if (part.done) break;
      if (typeof part.filename !== "string") {
        let text = "";
        let size = 0;
        for await (const chunk of part.data) {
          size += chunk.length;
          if (size <= MAX_FIELD_BYTES) text += decoder.decode(chunk, { stream: true });
        }
        if (size <= MAX_FIELD_BYTES) result.fields.append(part.name, text + decoder.decode());
        continue;
      }
      // An empty file input sends a part without a name and without bytes: not a file.
      const skip =
        part.name !== options.fileField ||
        part.filename === "" ||
        result.rejection !== null ||
        result.tooMany;
      if (!skip) sent += 1;
      if (!skip && sent > options.maxFiles) result.tooMany = true;
      if (skip || result.tooMany) {
        for await (const chunk of part.data) void chunk;
        continue;
      }
      try {
        result.stored.push(
          await fileStore().put({
            data: part.data,
            originalName: part.filename,
            allowedTypes: options.allowedTypes,
          }),
        );
      } catch (error) {
        if (!(error instanceof UploadRejectedError)) throw error;
        result.rejection = { name: part.filename, error };
        for await (const chunk of part.data) void chunk;
      }
    }
  } catch (error) {
    await discardAll();
    if (isMalformedMultipart(error)) return { ...result, malformed: true };
    throw error;
  }
  if (result.rejection || result.tooMany) await discardAll();
  return result;
}
