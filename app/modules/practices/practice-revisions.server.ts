// Revisions of a practice and the differences between two of them.
import { diffWords } from "diff";
import { notFound } from "~/utils/app-error";
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { getPracticeForReader } from "./practice-queries.server";
import type { PracticeContent } from "./practice.schema";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface FieldDiff {
  field: keyof PracticeContent;
  changed: boolean;
  parts: DiffPart[];
}

const FIELDS: Array<keyof PracticeContent> = [
  "title",
  "summary",
  "problem",
  "solution",
  "results",
  "challenges",
  "conditions",
  "replication",
  "indicators",
  "dimensions",
  "sector",
  "stage",
  "year",
  "tags",
];

function asText(value: unknown): string {
  return Array.isArray(value) ? value.join(", ") : String(value ?? "");
}

export function diffContents(before: PracticeContent, after: PracticeContent): FieldDiff[] {
  return FIELDS.map((field) => {
    const parts = diffWords(asText(before[field]), asText(after[field])).map<DiffPart>((part) => ({
      kind: part.added ? "added" : part.removed ? "removed" : "same",
      text: part.value,
    }));
    return { field, changed: parts.some((p) => p.kind !== "same"), parts };
  });
}

/** The practice's revisions and the diff between two of them (defaults: the last two). */
export async function revisionComparison(
  slug: string,
  viewer: Actor | null,
  from?: number,
  to?: number,
) {
  const practice = await getPracticeForReader(slug, viewer);
  const revisions = await db().practiceRevision.findMany({
    where: { practiceId: practice.id },
    orderBy: { number: "asc" },
    select: {
      number: true,
      snapshot: true,
      note: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
  });
  if (revisions.length === 0) throw notFound();
  const last = revisions[revisions.length - 1]!.number;
  const toNumber = to ?? last;
  const fromNumber = from ?? Math.max(1, toNumber - 1);
  const a = revisions.find((r) => r.number === fromNumber);
  const b = revisions.find((r) => r.number === toNumber);
  if (!a || !b) throw notFound();
  return {
    practice: { slug: practice.slug, title: practice.title, isDemo: practice.isDemo },
    revisions: revisions.map((r) => ({
      number: r.number,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      by: r.createdBy?.name ?? null,
    })),
    from: fromNumber,
    to: toNumber,
    diff: diffContents(
      a.snapshot as unknown as PracticeContent,
      b.snapshot as unknown as PracticeContent,
    ),
  };
}
