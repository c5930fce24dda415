// What a file store folder holds, and small files to upload. Needs no database.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** A minimal PDF the upload checks accept (its magic bytes and an end-of-file marker). */
export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n0\n%%EOF\n",
);

/** Every file under `root`, as paths relative to it, temporary uploads (`.tmp/`) included. */
export function filesUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(path.relative(root, full));
    }
  };
  walk(root);
  return found.sort();
}

/** The stored files under `root`: without temporary uploads or other dot-files and folders. */
export function storedFiles(root: string): string[] {
  return filesUnder(root).filter(
    (file) => !file.split(path.sep).some((part) => part.startsWith(".")),
  );
}

/** Temporary upload files (`<root>/.tmp/...`). */
export function temporaryFiles(root: string): string[] {
  return filesUnder(root).filter((file) => file.split(path.sep)[0] === ".tmp");
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the attachments route's action
type UploadAction = (args: any) => Promise<unknown>;

/**
 * Uploads one file to a practice's attachments as the page's script does (multipart, JSON
 * answer), through the route action `upload`; answers its status and JSON body.
 */
export async function sendAttachment(
  upload: UploadAction,
  slug: string,
  name: string,
  bytes: Buffer,
  cookie: string,
): Promise<{ status: number; body: { ok: boolean; message: string } }> {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  const request = new Request(`http://localhost/practices/${slug}/attachments`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie, Accept: "application/json" },
  });
  const response = (await upload({
    request,
    params: { slug },
    context: { cspNonce: "test" },
  })) as Response;
  return {
    status: response.status,
    body: (await response.json()) as { ok: boolean; message: string },
  };
}
