// What the evidence form pages answer when a save does not go through, shared by the server (which
// builds it) and the page (which renders it, also from the upload script's JSON). Pure.
import type { MessageKey, MessageParams } from "~/i18n/translate";
import type { FormResult } from "~/utils/responses.server";
import type { PersonalDataWarning, UncheckedFile } from "./evidence-sharing-check.server";

/** The form as typed, to fill it again. */
export interface EvidenceFormValues {
  title: string;
  description: string;
  indicators: number[];
  level: string;
  effectiveDate: string;
  expiresOn: string;
  visibility: string;
  links: Array<{ url: string; label: string }>;
}

export interface EvidenceFormAnswer extends FormResult<EvidenceFormValues> {
  /** The file whose "new version" form was sent; absent for the record's own form. */
  target?: string;
  /** A refused file's own reason (type, size, name), after formError naming the file. */
  fileReason?: { message: MessageKey; params?: MessageParams };
  personalData?: {
    visibility: string;
    findings: PersonalDataWarning[];
    unchecked: UncheckedFile[];
  };
  pendingFiles?: string[];
  notice?: MessageKey;
}

/** What the upload script receives instead of a page: where to go, or the answer to render. */
export type EvidenceJsonAnswer =
  { ok: true; location: string } | { ok: false; answer: EvidenceFormAnswer };

export function formValuesOf(form: FormData): EvidenceFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const labels = form.getAll("linkLabel").map(String);
  return {
    title: text("title"),
    description: text("description"),
    indicators: form
      .getAll("indicators")
      .map(Number)
      .filter((n) => Number.isInteger(n)),
    level: text("level"),
    effectiveDate: text("effectiveDate"),
    expiresOn: text("expiresOn"),
    visibility: text("visibility") || "private",
    links: form
      .getAll("linkUrl")
      .map((url, i) => ({ url: String(url), label: labels[i] ?? "" }))
      .filter((link) => link.url.trim() !== "" || link.label.trim() !== ""),
  };
}
