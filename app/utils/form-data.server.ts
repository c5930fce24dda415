// Reads a form body for a route. A body that cannot be parsed (broken multipart: no or wrong
// boundary, unterminated, a part without Content-Disposition) or that holds a NUL byte
// (PostgreSQL refuses it in text) is a 400 with a message in the user's language, not a 500.
import { data } from "@remix-run/node";
import type { MessageKey } from "~/i18n/translate";

/** What a route throws for input it cannot take; the error page shows `message`. */
export interface BadRequestData {
  message: MessageKey;
}

export function badRequest(message: MessageKey, status = 400): never {
  throw data<BadRequestData>({ message }, { status });
}

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The problem with a parsed form's fields, if any: a NUL in a value, a control character in a name. */
export function formDataProblem(form: FormData): MessageKey | null {
  for (const [name, value] of form.entries()) {
    if (CONTROL.test(name)) return "http.error.controlCharacter";
    if (typeof value === "string" ? NUL.test(value) : CONTROL.test(value.name)) {
      return "http.error.controlCharacter";
    }
  }
  return null;
}

export async function readFormData(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return badRequest("http.error.malformedForm");
  }
  const problem = formDataProblem(form);
  if (problem) badRequest(problem);
  return form;
}
