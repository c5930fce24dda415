// The authoring form's fields, read into PracticeContent (shared by the new and edit pages).
import { z } from "zod";
import type { FieldErrors } from "~/utils/forms";
import type { MessageKey } from "~/i18n/translate";
import { practiceContentSchema, splitList, type PracticeContent } from "./practice.schema";

export interface ContactInput {
  name: string;
  role: string | null;
  email: string | null;
}

/** "Nama | Peran | surel" per line. */
export function parseContacts(text: string): { contacts: ContactInput[]; error?: MessageKey } {
  const contacts: ContactInput[] = [];
  for (const line of text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [name = "", role = "", email = ""] = line.split("|").map((part) => part.trim());
    if (!name || name.length > 120) return { contacts, error: "practice.error.contact" };
    if (email && !z.email().safeParse(email).success)
      return { contacts, error: "practice.error.contactEmail" };
    contacts.push({ name, role: role || null, email: email || null });
  }
  if (contacts.length > 10) return { contacts, error: "practice.error.contact" };
  return { contacts };
}

export function contactsToText(contacts: ContactInput[]): string {
  return contacts
    .map((c) => [c.name, c.role ?? "", c.email ?? ""].join(" | ").replace(/( \| )+$/, ""))
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
  const errors: FieldErrors = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0])] ??= issue.message as MessageKey;
  const contacts = parseContacts(text("contacts"));
  if (contacts.error) errors.contacts = contacts.error;
  if (!parsed.success || contacts.error) return { ok: false, errors };
  return { ok: true, content: parsed.data, contacts: contacts.contacts };
}
