import { data } from "@remix-run/node";
import type { MessageKey } from "~/i18n/translate";
import type { FieldErrors } from "./forms";

/** What every form action answers: per-field errors, a form-level error or notice, echoed values. */
export interface FormResult {
  errors: FieldErrors;
  values?: Record<string, string>;
  formError?: MessageKey;
  notice?: MessageKey;
}

/** 400 with per-field errors for the form to show. */
export function invalidForm(errors: FieldErrors, values?: Record<string, string>) {
  return data<FormResult>({ errors, values }, { status: 400 });
}

/** A form-level refusal (400 by default) that says why. */
export function formError(message: MessageKey, values?: Record<string, string>, status = 400) {
  return data<FormResult>({ errors: {}, values, formError: message }, { status });
}

/** Success: the form shows the notice. */
export function formNotice(notice: MessageKey, init?: ResponseInit) {
  return data<FormResult>({ errors: {}, notice }, init);
}

/** The Retry-After header: whole seconds, at least 1. */
export function retryAfterHeader(retryAfterSeconds: number): Record<string, string> {
  return { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) };
}

/** 429 with Retry-After and a message in the user's language (and the form's values, kept). */
export function tooManyRequests(
  retryAfterSeconds: number,
  message: MessageKey = "auth.error.rateLimited",
  values?: Record<string, string>,
) {
  return data<FormResult>(
    { errors: {}, values, formError: message },
    { status: 429, headers: retryAfterHeader(retryAfterSeconds) },
  );
}
