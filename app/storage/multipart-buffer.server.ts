// Reads a multipart/form-data request whose one file is wanted in memory, not in the file store
// (a bulk-upload ZIP, unpacked and checked before anything is stored): text fields into FormData,
// the file's bytes up to `maxBytes`. Past the limit the rest of the body is not read.
import { streamMultipart } from "@web3-storage/multipart-parser";

const MAX_FIELD_BYTES = 64 * 1024;

export type BufferedMultipart =
  | { ok: true; fields: FormData; file: { name: string; bytes: Uint8Array } | null }
  | { ok: false; reason: "malformed" | "tooLarge" };

export async function readMultipartInMemory(
  request: Request,
  options: { fileField: string; maxBytes: number },
): Promise<BufferedMultipart> {
  const [type, boundary] = (request.headers.get("Content-Type") ?? "").split(/\s*;\s*boundary=/);
  if (type !== "multipart/form-data" || !boundary || !request.body)
    return { ok: false, reason: "malformed" };
  const fields = new FormData();
  let file: { name: string; bytes: Uint8Array } | null = null;
  const decoder = new TextDecoder();
  try {
    for await (const part of streamMultipart(request.body, boundary)) {
      if (part.done) break;
      const wanted = typeof part.filename === "string" && part.filename !== "";
      if (!wanted || part.name !== options.fileField || file) {
        let text = "";
        let size = 0;
        for await (const chunk of part.data) {
          size += chunk.length;
          if (size <= MAX_FIELD_BYTES) text += decoder.decode(chunk, { stream: true });
        }
        if (typeof part.filename !== "string" && size <= MAX_FIELD_BYTES)
          fields.append(part.name, text + decoder.decode());
        continue;
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of part.data) {
        size += chunk.length;
        if (size > options.maxBytes) return { ok: false, reason: "tooLarge" };
        chunks.push(chunk.slice());
      }
      file = { name: part.filename!, bytes: new Uint8Array(Buffer.concat(chunks)) };
    }
  } catch (error) {
    if (
      error instanceof Error &&
      /^malformed (multipart-form|content-disposition) /.test(error.message)
    )
      return { ok: false, reason: "malformed" };
    throw error;
  }
  return { ok: true, fields, file };
}
