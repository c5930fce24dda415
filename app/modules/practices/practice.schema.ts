// What a practice is made of, validated the same way from the form, the API and the importer.
import { z } from "zod";
import type { MessageKey } from "~/i18n/translate";
import { SPBE_INDICATOR_COUNT } from "~/modules/spbe/framework";

export const SECTORS = [
  "administrasi",
  "pengaduan",
  "kependudukan",
  "kesehatan",
  "pendidikan",
  "perizinan",
  "keuangan",
  "kepegawaian",
  "kearsipan",
  "perencanaan",
  "pengadaan",
  "data",
  "infrastruktur",
  "keamanan-informasi",
  "sosial",
  "ekonomi",
  "lingkungan",
  "transportasi",
  "hukum",
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * A practice's stage: the one list. Files, the form, filters and the API spell it in lower case;
 * the database keeps the same words upper-cased (Prisma's enum PracticeStage, checked against this
 * list by tests/unit/practice-vocabulary.test.ts); the catalogue names each `practice.stage.<stage>`.
 */
export const STAGES = ["idea", "pilot", "implemented", "scaled"] as const;
export type Stage = (typeof STAGES)[number];
/** A stage as the database stores it (Prisma's PracticeStage). */
export type StoredStage = Uppercase<Stage>;

export function storedStage(stage: Stage): StoredStage {
  return stage.toUpperCase() as StoredStage;
}

export function stageOf(stored: StoredStage): Stage {
  return stored.toLowerCase() as Stage;
}

/** The catalogue key of a stage's name, from either spelling. */
export function stageLabelKey(stage: Stage | StoredStage): `practice.stage.${Stage}` {
  return `practice.stage.${stage.toLowerCase() as Stage}`;
}

// Stored facet codes (app/modules/search/facet-codes.ts) use each value's position in this list:
// add new values at the end only, never reorder or remove one, or reindex every engine after the
// change (npm run search:reindex). tests/unit/facet-codes.test.ts pins every code.
export const DIMENSIONS = [
  "governance",
  "branding",
  "economy",
  "living",
  "society",
  "environment",
] as const;

/** The Markdown sections, in reading order, with the headings used by imported files. */
export const SECTIONS = [
  { key: "problem", heading: "Masalah" },
  { key: "solution", heading: "Solusi" },
  { key: "results", heading: "Hasil" },
  { key: "challenges", heading: "Tantangan" },
  { key: "conditions", heading: "Syarat Keberhasilan" },
  { key: "replication", heading: "Cara Meniru" },
] as const;
export type SectionKey = (typeof SECTIONS)[number]["key"];

export function sectionLabelKey(key: SectionKey): MessageKey {
  return `practice.section.${key}`;
}

/** Length limits of the authoring form's text fields, shown there as counters and checked here. */
export const PRACTICE_LIMITS = { title: 150, summary: 300, section: 20_000, note: 200 } as const;

const sectionField = z
  .string()
  .max(PRACTICE_LIMITS.section, { message: "practice.error.sectionTooLong" });

export const practiceContentSchema = z.object({
  title: z
    .string()
    .trim()
    .min(10, { message: "practice.error.titleLength" })
    .max(PRACTICE_LIMITS.title, { message: "practice.error.titleLength" }),
  summary: z
    .string()
    .trim()
    .min(20, { message: "practice.error.summaryLength" })
    .max(PRACTICE_LIMITS.summary, { message: "practice.error.summaryLength" }),
  problem: sectionField,
  solution: sectionField,
  results: sectionField,
  challenges: sectionField,
  conditions: sectionField,
  replication: sectionField,
  indicators: z
    .array(
      z.number().int().min(1).max(SPBE_INDICATOR_COUNT, { message: "practice.error.indicator" }),
    )
    .max(20),
  dimensions: z.array(z.enum(DIMENSIONS, { message: "practice.error.dimension" })).max(6),
  sector: z.enum(SECTORS, { message: "practice.error.sector" }),
  stage: z.enum(STAGES, { message: "practice.error.stage" }),
  year: z
    .number()
    .int()
    .min(2000, { message: "practice.error.year" })
    .max(2100, { message: "practice.error.year" }),
  tags: z
    .array(z.string().trim().toLowerCase().min(1).max(40, { message: "practice.error.tag" }))
    .max(12),
});

export type PracticeContent = z.infer<typeof practiceContentSchema>;

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "practice.error.slug" })
  .min(3, { message: "practice.error.slug" })
  .max(120, { message: "practice.error.slug" });

/** "Layanan Pengaduan Terpadu" -> "layanan-pengaduan-terpadu" */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/g, "");
}

/** Splits "a, b ,c" (form fields) into a clean list. */
export function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Published (or archived) practices: what anybody may read (the review workflow's statuses). */
export {
  PUBLIC_STATUSES as PUBLIC_PRACTICE_STATUSES,
  visibilityOf as practiceVisibility,
} from "~/modules/review/workflow";

/** A person to ask about a practice (the form, the importer and the page share this shape). */
export interface ContactInput {
  name: string;
  role: string | null;
  email: string | null;
  phone?: string | null;
}

export const MAX_CONTACTS = 10;

/** A contact as written in an imported file's front matter. */
export const contactSchema = z.object({
  name: z
    .string({ message: "practice.error.contact" })
    .trim()
    .min(1, { message: "practice.error.contact" })
    .max(120, { message: "practice.error.contact" }),
  role: z
    .string({ message: "practice.error.contact" })
    .trim()
    .max(120, { message: "practice.error.contact" })
    .nullish()
    .default(null),
  email: z.email({ message: "practice.error.contactEmail" }).nullish().default(null),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{5,19}$/, { message: "practice.error.contactPhone" })
    .nullish()
    .default(null),
});

/**
 * A submitted or published practice names at least one contact: nobody can submit, publish or
 * import one without, nor take the last contact away from one in review or published (issue 13).
 */
export const CONTACT_REQUIRED = "practice.error.contactRequired" satisfies MessageKey;

export function contactRequiredIn(status: string): boolean {
  return status === "SUBMITTED" || status === "PUBLISHED";
}
