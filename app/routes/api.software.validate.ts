import type { ActionFunctionArgs } from "@remix-run/node";
import { recordHit } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requestedLanguageOf } from "~/i18n/language.server";
import { translator, type MessageKey, type Translate } from "~/i18n/translate";
import {
  PUBLICCODE_LIMITS,
  validatePubliccode,
  type PubliccodeProblem,
} from "~/modules/software/publiccode";
import { problemMessage } from "~/modules/software/problem-message";
import { formDataProblem } from "~/utils/form-data.server";

const MAX_BYTES = PUBLICCODE_LIMITS.maxBytes;

/** The body as text, or null as soon as it is longer than `max` bytes (the rest is not read). */
async function cappedText(request: Request, max: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
const RULE = { name: "publiccode-validate-ip", limit: 60, windowSeconds: 60 };

async function bodyText(
  request: Request,
): Promise<string | { error: number; message: MessageKey }> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_BYTES) return { error: 413, message: "publiccode.api.bodyTooLarge" };
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    // Broken multipart (no or wrong boundary, unterminated, a part without Content-Disposition)
    // is the caller's mistake: 400 with a message, never a 500. The server already capped the body.
    const form = await request.formData().catch(() => null);
    if (!form) return { error: 400, message: "http.error.malformedForm" };
    const problem = formDataProblem(form);
    if (problem) return { error: 400, message: problem };
    const file = form.get("file") ?? form.get("publiccode");
    if (typeof file === "string") return file;
    if (!file) return { error: 400, message: "publiccode.api.noFile" };
    if (file.size > MAX_BYTES) return { error: 413, message: "publiccode.api.fileTooLarge" };
    return await file.text();
  }
  if (!["application/yaml", "application/x-yaml", "text/yaml", "text/plain", ""].includes(type)) {
    return { error: 415, message: "publiccode.api.unsupportedType" };
  }
  const text = await cappedText(request, MAX_BYTES);
  if (text === null) return { error: 413, message: "publiccode.api.bodyTooLarge" };
  return text;
}

const said = (t: Translate) => (problem: PubliccodeProblem) => ({
  path: problem.path,
  line: problem.line,
  message: problemMessage(t, problem),
});

/**
 * POST /api/software/validate — anonymous callers allowed, rate limited, 256 KB at most. Messages
 * are in Bahasa Indonesia, or in English for `?lang=en` or an Accept-Language that prefers it.
 * A text beyond the validator's limits (PUBLICCODE_LIMITS) is answered 413 (too large) or 422
 * (too many tokens, nodes, keys or levels) with that one problem, without being checked.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const origin = requestOrigin(request, context);
  const language = requestedLanguageOf(request);
  const t = translator(language);
  const headers = { "Content-Language": language, Vary: "Accept-Language" };
  const refusal = (status: number, message: MessageKey, extra: Record<string, string> = {}) =>
    Response.json(
      { valid: false, errors: [{ path: "", line: null, message: t(message) }] },
      { status, headers: { ...headers, ...extra } },
    );
  const hit = await recordHit(RULE, origin.ip ?? "unknown");
  if (hit.count > RULE.limit)
    return refusal(429, "publiccode.api.tooManyRequests", {
      "Retry-After": String(hit.retryAfterSeconds),
    });
  const text = await bodyText(request);
  // A body refused as too large is left unread: the connection cannot carry another request.
  if (typeof text !== "string")
    return refusal(text.error, text.message, text.error === 413 ? { Connection: "close" } : {});
  const result = validatePubliccode(text);
  if (result.refusal)
    return Response.json(
      { valid: false, errors: result.errors.map(said(t)) },
      { status: result.refusal === "tooLarge" ? 413 : 422, headers },
    );
  return Response.json(
    {
      valid: result.valid,
      errors: result.errors.map(said(t)),
      warnings: result.warnings.map(said(t)),
      notChecked: result.notChecked.map((note) => problemMessage(t, note)),
    },
    { headers },
  );
}
