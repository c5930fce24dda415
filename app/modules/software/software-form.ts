// The fields of the publish and edit forms of a catalogue entry: the publiccode.yml (an uploaded
// file wins over the pasted text, 256 KB at most) and the portal's own fields, checked with zod.
// Pasted text over the limit is refused by the validator itself (publiccode.error.tooLarge).
import { z } from "zod";
import type { MessageKey } from "~/i18n/translate";
import { issueKey, type FieldErrors } from "~/utils/forms";
import type { FormResult } from "~/utils/responses.server";
import type { PubliccodeProblem } from "./publiccode";
import { splitList } from "~/modules/practices/practice.schema";
import { regionCodeSchemaWith } from "~/modules/regions/regions.schema";
import { SPBE_INDICATOR_COUNT } from "~/modules/spbe/framework";
import { PUBLICCODE_LIMITS } from "./publiccode/limits";

export const MAX_PUBLICCODE_BYTES = PUBLICCODE_LIMITS.maxBytes;

/** Length limits shown as counters on the form (and checked by entryMetaSchema). */
export const SOFTWARE_LIMITS = { requirements: 2000, readme: 50_000 } as const;

/** What the portal adds to a publiccode.yml; the owning region is chosen once, when publishing. */
export const entryMetaSchema = z.object({
  indicators: z.array(z.number().int().min(1).max(SPBE_INDICATOR_COUNT)).max(20),
  tech: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20),
  requirements: z.string().trim().max(SOFTWARE_LIMITS.requirements).optional(),
  readme: z.string().max(SOFTWARE_LIMITS.readme).default(""),
});
export type EntryMeta = z.infer<typeof entryMetaSchema>;

export const publishMetaSchema = entryMetaSchema.extend({
  regionCode: regionCodeSchemaWith("form.error.regionInvalid"),
});
export type PublishMeta = z.infer<typeof publishMetaSchema>;

/** The form as typed, to show it again after a refusal (the file input cannot be refilled). */
export interface SoftwareFormValues {
  /** Publishing only: an entry keeps the region it was published for. */
  regionCode?: string;
  publiccode: string;
  indicators: string;
  tech: string;
  requirements: string;
  readme: string;
}

/** Another catalogue entry (any region) with the same repository, shown before saving. */
export interface SameRepositoryEntry {
  slug: string;
  name: string;
  regionCode: string;
  regionName: string;
}

/** The checkbox confirming the actor has checked that entry; its value is that entry's slug. */
export const CONFIRM_SAME_REPOSITORY_FIELD = "confirmSameRepositoryAs";

/**
 * What the publish and edit actions answer when they do not save: a FormResult (`errors` are the
 * portal's own fields that are wrong) with the publiccode.yml's problems, each with its path and
 * line, or a valid file's warnings, and the entry already published from the same repository.
 */
export interface SoftwareFormAnswer extends FormResult<SoftwareFormValues> {
  values: SoftwareFormValues;
  problems?: PubliccodeProblem[];
  warnings?: PubliccodeProblem[];
  sameRepository?: SameRepositoryEntry;
}

export type SoftwareFormRead<Meta> =
  | { ok: true; yaml: string; meta: Meta; values: SoftwareFormValues }
  | { ok: false; formError: MessageKey; fieldErrors?: FieldErrors; values: SoftwareFormValues };

/** The message of each portal field the schema refuses (the region's comes from the schema). */
const FIELD_MESSAGES: Record<string, MessageKey> = {
  indicators: "authoring.software.indicatorsInvalid",
  tech: "authoring.software.techInvalid",
  requirements: "authoring.software.requirementsTooLong",
  readme: "authoring.software.readmeTooLong",
};

/** The fields in the order the form shows them, for the error summary. */
export const SOFTWARE_FIELD_ORDER = [
  "regionCode",
  "publiccode",
  "file",
  "indicators",
  "tech",
  "requirements",
  "readme",
] as const;

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Reads the publiccode.yml and the portal fields; `schema` says whether a region is chosen. */
export async function readSoftwareForm<Meta extends EntryMeta>(
  form: FormData,
  schema: z.ZodType<Meta>,
): Promise<SoftwareFormRead<Meta>> {
  const file = form.get("file");
  const uploaded = file instanceof File && file.size > 0 ? file : null;
  const values: SoftwareFormValues = {
    regionCode: text(form, "regionCode") || undefined,
    publiccode:
      uploaded && uploaded.size <= MAX_PUBLICCODE_BYTES
        ? await uploaded.text()
        : text(form, "publiccode"),
    // The picker sends one value per checked indicator; older clients send "32, 37".
    indicators: form
      .getAll("indicators")
      .filter((v): v is string => typeof v === "string")
      .join(", "),
    tech: text(form, "tech"),
    requirements: text(form, "requirements"),
    readme: text(form, "readme"),
  };
  if (uploaded && uploaded.size > MAX_PUBLICCODE_BYTES)
    return { ok: false, formError: "software.form.fileTooLarge", values };
  const meta = schema.safeParse({
    regionCode: values.regionCode,
    indicators: splitList(values.indicators).map(Number).filter(Number.isInteger),
    tech: splitList(values.tech),
    requirements: values.requirements || undefined,
    readme: values.readme,
  });
  if (!meta.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of meta.error.issues) {
      const field = String(issue.path[0]);
      fieldErrors[field] ??= FIELD_MESSAGES[field] ?? issueKey(issue);
    }
    return { ok: false, formError: "software.new.metaInvalid", fieldErrors, values };
  }
  return { ok: true, yaml: values.publiccode, meta: meta.data, values };
}
