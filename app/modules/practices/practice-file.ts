// Reads a practice written as Markdown with YAML front matter (content/practices/*.md).
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { MessageKey } from "~/i18n/translate";
import { regionCodeSchemaWith } from "~/modules/regions/regions.schema";
import {
  CONTACT_REQUIRED,
  contactSchema,
  MAX_CONTACTS,
  practiceContentSchema,
  SECTIONS,
  slugSchema,
  type ContactInput,
  type PracticeContent,
  type SectionKey,
} from "./practice.schema";
import { issueKey } from "~/utils/forms";

export interface PracticeFileProblem {
  field: string;
  message: MessageKey;
}

export interface PracticeFile {
  slug: string;
  regionCode: string;
  isDemo: boolean;
  content: PracticeContent;
  /** At least one: an imported practice is published, and a published practice names a contact. */
  contacts: ContactInput[];
}

const frontMatterSchema = z.object({
  slug: slugSchema,
  title: z.string({ message: "practice.error.titleLength" }),
  region: z
    .string({ message: "practice.error.region" })
    .pipe(regionCodeSchemaWith("practice.error.region")),
  summary: z.string({ message: "practice.error.summaryLength" }),
  indicators: z
    .array(z.number({ message: "practice.error.indicator" }), {
      message: "practice.error.indicator",
    })
    .default([]),
  dimensions: z.array(z.string(), { message: "practice.error.dimension" }).default([]),
  sector: z.string({ message: "practice.error.sector" }),
  stage: z.string({ message: "practice.error.stage" }),
  year: z.number({ message: "practice.error.year" }),
  tags: z
    .array(z.union([z.string(), z.number()]).transform(String), { message: "practice.error.tag" })
    .default([]),
  demo: z.boolean({ message: "practice.error.demo" }).default(false),
  contacts: z
    .array(contactSchema, { message: CONTACT_REQUIRED })
    .min(1, { message: CONTACT_REQUIRED })
    .max(MAX_CONTACTS, { message: "practice.error.contact" }),
});

const HEADING_TO_KEY = new Map<string, SectionKey>(
  SECTIONS.map((s) => [s.heading.toLowerCase(), s.key]),
);

export function parsePracticeFile(
  text: string,
): { ok: true; practice: PracticeFile } | { ok: false; problems: PracticeFileProblem[] } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ""));
  if (!match)
    return {
      ok: false,
      problems: [{ field: "front-matter", message: "practice.error.frontMatter" }],
    };
  let raw: unknown;
  try {
    raw = parseYaml(match[1] ?? "");
  } catch {
    return {
      ok: false,
      problems: [{ field: "front-matter", message: "practice.error.frontMatter" }],
    };
  }
  const front = frontMatterSchema.safeParse(raw);
  if (!front.success) {
    return {
      ok: false,
      problems: front.error.issues.map((i) => ({
        field: String(i.path[0] ?? "front-matter"),
        message: issueKey(i),
      })),
    };
  }

  const sections: Record<SectionKey, string> = {
    problem: "",
    solution: "",
    results: "",
    challenges: "",
    conditions: "",
    replication: "",
  };
  const problems: PracticeFileProblem[] = [];
  const parts = (match[2] ?? "").split(/^## +(.+?)\s*$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const key = HEADING_TO_KEY.get((parts[i] ?? "").trim().toLowerCase());
    if (!key) {
      problems.push({ field: `## ${parts[i]}`, message: "practice.error.unknownSection" });
      continue;
    }
    sections[key] = (parts[i + 1] ?? "").trim();
  }
  for (const section of SECTIONS) {
    if (!sections[section.key])
      problems.push({ field: `## ${section.heading}`, message: "practice.error.missingSection" });
  }

  const content = practiceContentSchema.safeParse({
    title: front.data.title,
    summary: front.data.summary,
    ...sections,
    indicators: front.data.indicators,
    dimensions: front.data.dimensions,
    sector: front.data.sector,
    stage: front.data.stage,
    year: front.data.year,
    tags: front.data.tags,
  });
  if (!content.success) {
    problems.push(
      ...content.error.issues.map((i) => ({
        field: String(i.path[0]),
        message: issueKey(i),
      })),
    );
  }
  if (problems.length > 0 || !content.success) return { ok: false, problems };
  return {
    ok: true,
    practice: {
      slug: front.data.slug,
      regionCode: front.data.region,
      isDemo: front.data.demo,
      content: content.data,
      contacts: front.data.contacts,
    },
  };
}
