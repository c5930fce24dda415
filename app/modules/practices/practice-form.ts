// The authoring form's fields, read into PracticeContent (shared by the new and edit pages).
import { fieldErrorsOf, type FieldErrors } from "~/utils/forms";
import type { MessageKey } from "~/i18n/translate";
import {
  contactSchema,
  MAX_CONTACTS,
  PRACTICE_LIMITS,
  practiceContentSchema,
  type ContactInput,
  splitList,
  type PracticeContent,
} from "./practice.schema";

/** The form as shown: what was saved, or what was typed before a refusal. */
export interface PracticeFormValues {
  title: string;
  summary: string;
  problem: string;
  solution: string;
  results: string;
  challenges: string;
  conditions: string;
  replication: string;
  indicators: number[];
  dimensions: string[];
  sector: string;
  stage: string;
  year: number;
  tags: string;
  contacts: string;
  /** The revision note of a published practice's edit. */
  note?: string;
}

export type { ContactInput } from "./practice.schema";

/** "Nama | Peran | surel | telepon" per line (role, e-mail and phone may be left out). */
export function parseContacts(text: string): { contacts: ContactInput[]; error?: MessageKey } {
  const contacts: ContactInput[] = [];
  for (const line of text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [name = "", role = "", email = "", phone = ""] = line
      .split("|")
      .map((part) => part.trim());
    const contact = contactSchema.safeParse({
      name,
      role: role || null,
      email: email || null,
      phone: phone || null,
    });
    if (!contact.success) {
      const field = contact.error.issues[0]?.path[0];
      return {
        contacts,
        error:
          field === "email"
            ? "practice.error.contactEmail"
            : field === "phone"
              ? "practice.error.contactPhone"
              : "practice.error.contact",
      };
    }
    contacts.push(contact.data);
  }
  if (contacts.length > MAX_CONTACTS) return { contacts, error: "practice.error.contact" };
  return { contacts };
}

export function contactsToText(contacts: ContactInput[]): string {
  return contacts
    .map((c) =>
      [c.name, c.role ?? "", c.email ?? "", c.phone ?? ""].join(" | ").replace(/( \| )+$/, ""),
    )
    .join("\n");
}

export function readPracticeForm(
  form: FormData,
):
  | { ok: true; content: PracticeContent; contacts: ContactInput[] }
  | { ok: false; errors: FieldErrors } {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const numbers = (name: string) =>
    form
      .getAll(name)
      .map((v) => Number(v))
      .filter((n) => Number.isInteger(n));
  const parsed = practiceContentSchema.safeParse({
    title: text("title"),
    summary: text("summary"),
    problem: text("problem"),
    solution: text("solution"),
    results: text("results"),
    challenges: text("challenges"),
    conditions: text("conditions"),
    replication: text("replication"),
    indicators: numbers("indicators"),
    dimensions: form.getAll("dimensions").map(String),
    sector: text("sector"),
    stage: text("stage"),
    year: Number(text("year")),
    tags: splitList(text("tags")),
  });
  const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  const contacts = parseContacts(text("contacts"));
  if (contacts.error) errors.contacts = contacts.error;
  if (!parsed.success || contacts.error) return { ok: false, errors };
  return { ok: true, content: parsed.data, contacts: contacts.contacts };
}

/** The revision note of an edit: refused when too long, never cut short. */
export function readRevisionNote(
  form: FormData,
): { ok: true; note: string | undefined } | { ok: false; error: MessageKey } {
  const value = form.get("note");
  const note = typeof value === "string" ? value.trim() : "";
  if (note.length > PRACTICE_LIMITS.note) return { ok: false, error: "authoring.error.noteLength" };
  return { ok: true, note: note || undefined };
}

/** The form as typed, to show it again after a refusal (without JavaScript nothing else keeps it). */
export function practiceFormValues(form: FormData, fallbackYear: number): PracticeFormValues {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    title: text("title"),
    summary: text("summary"),
    problem: text("problem"),
    solution: text("solution"),
    results: text("results"),
    challenges: text("challenges"),
    conditions: text("conditions"),
    replication: text("replication"),
    indicators: form
      .getAll("indicators")
      .map(Number)
      .filter((n) => Number.isInteger(n)),
    dimensions: form.getAll("dimensions").map(String),
    sector: text("sector"),
    stage: text("stage"),
    year: Number(text("year")) || fallbackYear,
    tags: text("tags"),
    contacts: text("contacts"),
    note: text("note") || undefined,
  };
}
