// Forms: parse FormData with a zod schema whose messages are message keys, and answer with
// per-field errors (status 400) that the page renders in the user's language.
import type { z } from "zod";
import type { MessageKey } from "~/i18n/translate";

export type FieldErrors = Partial<Record<string, MessageKey>>;

export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const raw: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string") raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message as MessageKey;
  }
  return { ok: false, errors };
}

/** A local path to return to after a form, never another site (no open redirect). */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback;
}
