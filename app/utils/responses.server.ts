import { data } from "@remix-run/node";
import type { MessageKey, MessageParams } from "~/i18n/translate";
import type { FieldErrors } from "./forms";

/**
 * What every form action answers: per-field errors, a form-level error (with its parameters) or
 * notice, and the values as typed (`V`: the form's own values type, or plain strings). A form that
 * answers more (a preview, a new secret, a publiccode.yml's problems) extends this type.
 */
export interface FormResult<V = Record<string, string>> {
  errors: FieldErrors;
  values?: V;
  formError?: MessageKey;
  formErrorParams?: MessageParams;
  notice?: MessageKey;
}

/** An answer of a form whose type extends FormResult, with its status and headers. */
export function formAnswer<A extends FormResult<unknown>>(answer: A, init?: number | ResponseInit) {
  return data<A>(answer, typeof init === "number" ? { status: init } : init);
}

/** 400 with per-field errors for the form to show. */
export function invalidForm<V = Record<string, string>>(errors: FieldErrors, values?: V) {
  return data<FormResult<V>>({ errors, values }, { status: 400 });
}

/** A form-level refusal (400 by default) that says why. */
export function formError<V = Record<string, string>>(
  message: MessageKey,
  values?: V,
  status = 400,
) {
  return data<FormResult<V>>({ errors: {}, values, formError: message }, { status });
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
export function tooManyRequests<V = Record<string, string>>(
  retryAfterSeconds: number,
  message: MessageKey = "auth.error.rateLimited",
  values?: V,
) {
  return data<FormResult<V>>(
    { errors: {}, values, formError: message },
    { status: 429, headers: retryAfterHeader(retryAfterSeconds) },
  );
}
