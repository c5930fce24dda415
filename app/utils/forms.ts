// Forms: parse FormData with a zod schema whose messages are message keys, and answer with
// per-field errors (status 400) that the page renders in the user's language.
import type { z } from "zod";
import { isMessageKey, type MessageKey } from "~/i18n/translate";

/** Per-field errors of a form, keyed by its field names (`F`; any name when left out). */
export type FieldErrors<F extends string = string> = Partial<Record<F, MessageKey>>;

/** What the form shows when a schema's message is not in the catalogue (a bug, never a 500). */
export const FALLBACK_FIELD_ERROR = "form.error.invalid" satisfies MessageKey;

/**
 * The message key of a validation issue: the schemas' messages are message keys; one that is not
 * in the catalogue becomes the general "not valid" text instead of a raw string on the page.
 */
export function issueKey(issue: { message: string } | undefined): MessageKey {
  return issue && isMessageKey(issue.message) ? issue.message : FALLBACK_FIELD_ERROR;
}

/** The first issue's message key per field (`form` for issues on the whole object). */
export function fieldErrorsOf<F extends string = string>(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldErrors<F> {
  const errors: Partial<Record<string, MessageKey>> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? "form")] ??= issueKey(issue);
  return errors as FieldErrors<F>;
}

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
  return { ok: false, errors: fieldErrorsOf(parsed.error.issues) };
}

/** A local path to return to after a form, never another site (no open redirect). */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  return /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback;
}
