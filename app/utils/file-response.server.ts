import { contentDispositionAttachment } from "~/storage/file-store.server";

/** A download: always an attachment, with the stored type and no sniffing. */
export function fileDownloadResponse(file: {
  bytes: Buffer;
  name: string;
  mimeType: string;
}): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.length),
      "Content-Disposition": contentDispositionAttachment(file.name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
