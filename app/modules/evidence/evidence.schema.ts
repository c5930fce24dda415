// What an evidence record holds, as the form and a future API send it, validated with zod. The
// messages are catalogue keys; field errors are keyed by the form's field names. Pure: no
// database, so the browser may load the types and limits.
import { z } from "zod";
import type { Visibility } from "~/auth/policy";
import type { MessageKey } from "~/i18n/translate";
import { issueKey, type FieldErrors } from "~/utils/forms";
import { safeHttpUrl } from "~/utils/safe-url";
import { isCalendarDay } from "~/utils/calendar";

export const EVIDENCE_LIMITS = {
  titleMin: 3,
  titleMax: 200,
  descriptionMax: 4000,
  links: 10,
  labelMax: 200,
  urlMax: 2048,
  /** Files one save may add. */
  filesPerSave: 10,
  /** Files (each with its versions) one record may hold. */
  filesPerRecord: 30,
} as const;

export const VISIBILITIES = ["private", "members", "public"] as const satisfies Visibility[];

type StoredVisibility = "PRIVATE" | "MEMBERS" | "PUBLIC";

/** The database's visibility as the policy names it. */
export function visibilityOf(stored: StoredVisibility): Visibility {
  return stored.toLowerCase() as Visibility;
}

export function storedVisibility(visibility: Visibility): StoredVisibility {
  return visibility.toUpperCase() as StoredVisibility;
}

export type ReviewState = "UNREVIEWED" | "ACCEPTED" | "NEEDS_REVISION";
export type ExtractionState = "PENDING" | "READING" | "DONE" | "UNREADABLE" | "FAILED";

const day = (message: MessageKey) =>
  z
    .string()
    .trim()
    .refine(isCalendarDay, { message })
    .refine((value) => value >= "1990-01-01" && value <= "2100-12-31", { message });

const linkSchema = z.object({
  url: z
    .string()
    .trim()
    .max(EVIDENCE_LIMITS.urlMax, { message: "evidence.error.linkUrl" })
    .refine((value) => safeHttpUrl(value) !== null, { message: "evidence.error.linkUrl" }),
  label: z.string().trim().max(EVIDENCE_LIMITS.labelMax, { message: "evidence.error.linkLabel" }),
});

export const evidenceInputSchema = z
  .object({
    title: z
      .string({ message: "evidence.error.title" })
      .trim()
      .min(EVIDENCE_LIMITS.titleMin, { message: "evidence.error.title" })
      .max(EVIDENCE_LIMITS.titleMax, { message: "evidence.error.titleTooLong" }),
    description: z
      .string()
      .trim()
      .max(EVIDENCE_LIMITS.descriptionMax, { message: "evidence.error.descriptionTooLong" })
      .default(""),
    indicators: z
      .array(z.coerce.number().int().positive(), { message: "evidence.error.indicators" })
      .min(1, { message: "evidence.error.indicators" })
      .max(60, { message: "evidence.error.indicators" })
      .transform((numbers) => [...new Set(numbers)].sort((a, b) => a - b)),
    level: z.coerce
      .number({ message: "evidence.error.level" })
      .int({ message: "evidence.error.level" })
      .min(1, { message: "evidence.error.level" })
      .max(9, { message: "evidence.error.level" }),
    effectiveDate: day("evidence.error.effectiveDate"),
    expiresOn: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : value),
      day("evidence.error.expiresOn").nullable().default(null),
    ),
    visibility: z.enum(VISIBILITIES, { message: "evidence.error.visibility" }).default("private"),
    links: z
      .array(linkSchema)
      .max(EVIDENCE_LIMITS.links, { message: "evidence.error.tooManyLinks" })
      .default([]),
    /** The writer saw the personal data warning and confirms the record may still be shared. */
    acknowledgePersonalData: z.boolean().default(false),
  })
  .refine((input) => input.expiresOn === null || input.expiresOn >= input.effectiveDate, {
    message: "evidence.error.expiresBeforeEffective",
    path: ["expiresOn"],
  });

export type EvidenceInput = z.output<typeof evidenceInputSchema>;

/** The form's fields as the schema reads them (links as two repeated fields, rows left blank dropped). */
export function evidenceInputFromForm(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const urls = form.getAll("linkUrl").map(String);
  const labels = form.getAll("linkLabel").map(String);
  const links = urls
    .map((url, i) => ({ url: url.trim(), label: (labels[i] ?? "").trim() }))
    .filter((link) => link.url !== "" || link.label !== "");
  return {
    title: text("title") ?? "",
    description: text("description"),
    indicators: form.getAll("indicators").map(String),
    level: text("level"),
    effectiveDate: text("effectiveDate") ?? "",
    expiresOn: text("expiresOn"),
    visibility: text("visibility") || undefined,
    links,
    acknowledgePersonalData: text("acknowledgePersonalData") === "yes",
  };
}

/** Validates an input; a link's error is keyed `linkUrl-<n>`/`linkLabel-<n>` (the row, from 0). */
export function parseEvidenceInput(
  raw: unknown,
): { ok: true; data: EvidenceInput } | { ok: false; errors: FieldErrors } {
  const parsed = evidenceInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const [field, index, part] = issue.path;
    const key =
      field === "links" && typeof index === "number"
        ? `${part === "label" ? "linkLabel" : "linkUrl"}-${index}`
        : String(field ?? "form");
    errors[key] ??= issueKey(issue);
  }
  return { ok: false, errors };
}

/** A link's label, or its host when none was given. */
export function linkLabelOf(link: { url: string; label: string }): string {
  if (link.label) return link.label;
  try {
    return new URL(link.url).host;
  } catch {
    return link.url;
  }
}
