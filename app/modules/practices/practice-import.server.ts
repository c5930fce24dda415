// Imports practices from Markdown files (npm run content:import -- <dir>): upsert by slug, one
// transaction per file, a new revision only when the content changed, nothing from a bad file.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "~/db.server";
import type { MessageKey } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { parsePracticeFile, type PracticeFile } from "./practice-file";
import {
  addRevision,
  contentColumns,
  currentContacts,
  currentContent,
  sameContacts,
  sameContent,
  transaction,
  writeContacts,
  writeFacets,
} from "./practice-store.server";
import { refreshSearchDocuments } from "~/modules/search/search.server";

export interface ImportProblem {
  file: string;
  field: string;
  message: MessageKey;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  problems: ImportProblem[];
}

export async function importPracticeFile(
  practice: PracticeFile,
): Promise<"created" | "updated" | "unchanged"> {
  return transaction(async (tx) => {
    const existing = await tx.practice.findUnique({
      where: { slug: practice.slug },
      select: { id: true, regionCode: true, isDemo: true },
    });
    if (existing) {
      const sameText = sameContent(await currentContent(tx, existing.id), practice.content);
      const unchanged =
        sameText &&
        existing.regionCode === practice.regionCode &&
        existing.isDemo === practice.isDemo &&
        sameContacts(await currentContacts(tx, existing.id), practice.contacts);
      if (unchanged) return "unchanged";
      await tx.practice.update({
        where: { id: existing.id },
        data: {
          ...contentColumns(practice.content),
          regionCode: practice.regionCode,
          isDemo: practice.isDemo,
        },
      });
      await writeFacets(tx, existing.id, practice.content);
      await writeContacts(tx, existing.id, practice.contacts);
      // A new revision only when the content changed (contacts are not part of a revision).
      if (!sameText) await addRevision(tx, existing.id, practice.content, null, "import");
      await refreshSearchDocuments(tx, [{ type: "practice", id: existing.id }]);
      await recordAudit(
        {
          action: "practice.imported",
          entityType: "Practice",
          entityId: existing.id,
          regionCode: practice.regionCode,
          details: { slug: practice.slug, change: "updated" },
        },
        tx,
      );
      return "updated";
    }
    const now = new Date();
    const created = await tx.practice.create({
      data: {
        ...contentColumns(practice.content),
        slug: practice.slug,
        regionCode: practice.regionCode,
        isDemo: practice.isDemo,
        status: "PUBLISHED",
        submittedAt: now,
        publishedAt: now,
      },
      select: { id: true },
    });
    await writeFacets(tx, created.id, practice.content);
    await writeContacts(tx, created.id, practice.contacts);
    await addRevision(tx, created.id, practice.content, null, "import");
    await refreshSearchDocuments(tx, [{ type: "practice", id: created.id }]);
    await recordAudit(
      {
        action: "practice.imported",
        entityType: "Practice",
        entityId: created.id,
        regionCode: practice.regionCode,
        details: { slug: practice.slug, change: "created" },
      },
      tx,
    );
    return "created";
  });
}

/** Imports every *.md file of a folder; a file with a problem is reported and imports nothing. */
export async function importPracticeFolder(dir: string): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [], unchanged: [], problems: [] };
  const files = (await readdir(dir)).filter((name) => name.endsWith(".md")).sort();
  const regions = new Set(
    (await db().region.findMany({ select: { code: true } })).map((r) => r.code),
  );
  const seenSlugs = new Map<string, string>();
  for (const name of files) {
    const parsed = parsePracticeFile(await readFile(path.join(dir, name), "utf8"));
    if (!parsed.ok) {
      report.problems.push(...parsed.problems.map((p) => ({ file: name, ...p })));
      continue;
    }
    const { practice } = parsed;
    const problems: ImportProblem[] = [];
    if (`${practice.slug}.md` !== name)
      problems.push({ file: name, field: "slug", message: "practice.error.slugFileName" });
    if (!regions.has(practice.regionCode))
      problems.push({ file: name, field: "region", message: "practice.error.region" });
    const twin = seenSlugs.get(practice.slug);
    if (twin) problems.push({ file: name, field: "slug", message: "practice.error.slugTaken" });
    if (problems.length) {
      report.problems.push(...problems);
      continue;
    }
    seenSlugs.set(practice.slug, name);
    const outcome = await importPracticeFile(practice);
    report[outcome].push(practice.slug);
  }
  return report;
}
