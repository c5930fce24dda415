import type { ActionFunctionArgs } from "@remix-run/node";
import { recordHit } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { validatePubliccode } from "~/modules/software/publiccode";

const MAX_BYTES = 1024 * 1024;
const RULE = { name: "publiccode-validate-ip", limit: 60, windowSeconds: 60 };

async function bodyText(request: Request): Promise<string | { error: number; message: string }> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_BYTES) return { error: 413, message: "The body is larger than 1 MB." };
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    const form = await request.formData();
    const file = form.get("file") ?? form.get("publiccode");
    if (typeof file === "string") return file;
    if (!file) return { error: 400, message: 'Send the file in a form field named "file".' };
    if (file.size > MAX_BYTES) return { error: 413, message: "The file is larger than 1 MB." };
    return await file.text();
  }
  if (!["application/yaml", "application/x-yaml", "text/yaml", "text/plain", ""].includes(type)) {
    return { error: 415, message: "Send application/yaml, text/plain or a multipart form upload." };
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BYTES)
    return { error: 413, message: "The body is larger than 1 MB." };
  return text;
}

/** POST /api/software/validate — anonymous callers allowed, rate limited, 1 MB at most. */
export async function action({ request, context }: ActionFunctionArgs) {
  const origin = requestOrigin(request, context);
  const hit = await recordHit(RULE, origin.ip ?? "unknown");
  if (hit.count > RULE.limit) {
    return Response.json(
      { valid: false, errors: [{ path: "", line: null, message: "Too many requests." }] },
      { status: 429, headers: { "Retry-After": String(hit.retryAfterSeconds) } },
    );
  }
  const text = await bodyText(request);
  if (typeof text !== "string")
    return Response.json(
      { valid: false, errors: [{ path: "", line: null, message: text.message }] },
      { status: text.error },
    );
  const result = validatePubliccode(text);
  return Response.json({
    valid: result.valid,
    errors: result.errors.map(({ path, line, message }) => ({ path, line, message })),
    warnings: result.warnings.map(({ path, line, message }) => ({ path, line, message })),
    notChecked: result.notChecked,
  });
}
