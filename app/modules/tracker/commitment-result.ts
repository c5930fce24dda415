// What a tracker command answers: done, or refused with the HTTP status a route sends (403 not
// allowed, 409 the state has moved on, 422 the input or the rules refuse it) and a message of the
// catalogue; field errors keyed by field ("title", "milestones.1.title") for a form. Never a 500
// for a refusal. Pure.
import type { MessageKey, MessageParams } from "~/i18n/translate";
import type { FieldErrors } from "~/utils/forms";
import { issueKey } from "~/utils/forms";
import { pathOf } from "./commitment.schema";

export interface Refusal {
  ok: false;
  status: 403 | 409 | 422;
  message: MessageKey;
  params?: MessageParams;
  errors?: FieldErrors;
}

export function refused(
  status: Refusal["status"],
  message: MessageKey,
  params?: MessageParams,
): Refusal {
  return params ? { ok: false, status, message, params } : { ok: false, status, message };
}

/** A 422 with the first issue per field. */
export function invalid(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Refusal {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[pathOf(issue.path)] ??= issueKey(issue);
  const first = Object.values(errors)[0] ?? "form.error.invalid";
  return { ok: false, status: 422, message: first, errors };
}

/** A 422 from errors found after parsing (the database's checks). */
export function invalidFields(errors: FieldErrors): Refusal {
  const first = Object.values(errors)[0] ?? "form.error.invalid";
  return { ok: false, status: 422, message: first, errors };
}
