// Bulk upload: a ZIP whose folders are named by indicator number becomes one evidence record per
// file (titled from the file name, for the board's region and year, with the form's level, date
// and visibility). All or nothing: every entry is checked before anything is stored (paths,
// folders, sizes, then each file's type through the file store); a refusal names the entries by
// path and removes the bytes this import stored; the records are written in one transaction.
import { forbidden, notFound } from "~/utils/app-error";
import type { Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { refreshSearchDocuments } from "~/modules/search/search.server";
import { FIRST_YEAR, lastYear } from "~/modules/spbe/self-assessment.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { fileStore, UploadRejectedError } from "~/storage/file-store.server";
import { DOCUMENT_TYPES } from "~/storage/file-types";
import { recordStoredFile } from "~/storage/stored-files.server";
import type { FieldErrors } from "~/utils/forms";
import { mayWriteEvidence } from "./evidence-access.server";
import { discardUploads, firstVersion, type UploadedFile } from "./evidence-commands.server";
import {
  extractStoredFile,
  wakeEvidenceExtraction,
  type ExtractionOutcome,
} from "./evidence-extraction.server";
import {
  checkForSharing,
  confirmationAuditDetails,
  needsConfirmation,
  type SharingCheck,
} from "./evidence-sharing-check.server";
import {
  readEvidenceZip,
  titleFromFileName,
  type ZipEntryProblem,
  type ZipFileEntry,
} from "./evidence-zip-entries.server";
import { EVIDENCE_LIMITS, parseEvidenceInput, storedVisibility } from "./evidence.schema";

/** The form's fields for every record of the ZIP. */
export interface ZipImportFields {
  level: unknown;
  effectiveDate: unknown;
  visibility: unknown;
  acknowledgePersonalData: boolean;
}

export type ZipImportResult =
  | { status: "imported"; records: Array<{ id: string; indicator: number; title: string }> }
  | { status: "invalid"; errors: FieldErrors }
  | { status: "badEntries"; problems: ZipEntryProblem[] }
  /** Members-visible or public with personal data or unreadable files: confirm first. */
  | { status: "personalData"; check: SharingCheck };

type Stored = UploadedFile & { entry: ZipFileEntry };

/** Puts every file into the store; a refused one is reported by its path (and nothing is kept). */
async function storeAll(
  files: ZipFileEntry[],
): Promise<{ stored: Stored[]; problems: ZipEntryProblem[] }> {
  const stored: Stored[] = [];
  const problems: ZipEntryProblem[] = [];
  for (const entry of files) {
    try {
      const file = await fileStore().put({
        data: entry.bytes,
        originalName: entry.name,
        allowedTypes: DOCUMENT_TYPES.filter((type) => type !== "application/zip"),
      });
      stored.push({ ...file, entry });
    } catch (error) {
      if (!(error instanceof UploadRejectedError)) {
        await discardUploads(stored);
        throw error;
      }
      problems.push({ path: entry.path, message: error.messageKey, params: error.details });
    }
  }
  if (problems.length > 0) await discardUploads(stored);
  return { stored: problems.length > 0 ? [] : stored, problems };
}

async function frameworkIndicators(frameworkId: string) {
  const rows = await db().frameworkIndicator.findMany({
    where: { frameworkId },
    select: { id: true, number: true },
  });
  return new Map(rows.map((row) => [row.number, row.id]));
}

/** Imports a ZIP's files as records of a region and year; see the file comment. */
export async function importEvidenceZip(
  actor: Actor,
  target: { regionCode: string; year: number },
  fields: ZipImportFields,
  zip: Uint8Array,
  origin: Partial<RequestOrigin> = {},
): Promise<ZipImportResult> {
  const code = regionCodeSchema.safeParse(target.regionCode);
  if (!code.success || target.year < FIRST_YEAR || target.year > lastYear()) throw notFound();
  const region = await db().region.findUnique({
    where: { code: code.data },
    select: { code: true },
  });
  if (!region) throw notFound();
  if (!mayWriteEvidence(actor, region.code)) throw forbidden();
  const frameworkId = DEFAULT_FRAMEWORK_ID;
  // The shared fields, checked once with a stand-in title and indicator.
  const shared = parseEvidenceInput({
    title: "ZIP",
    indicators: [1],
    level: fields.level,
    effectiveDate: fields.effectiveDate,
    visibility: fields.visibility || undefined,
    acknowledgePersonalData: fields.acknowledgePersonalData,
  });
  if (!shared.ok) return { status: "invalid", errors: shared.errors };
  const framework = await db().framework.findUnique({
    where: { id: frameworkId },
    select: { scaleMax: true },
  });
  if (!framework) throw notFound();
  if (shared.data.level > framework.scaleMax)
    return { status: "invalid", errors: { level: "evidence.error.level" } };
  const input = shared.data;

  const indicators = await frameworkIndicators(frameworkId);
  const reading = readEvidenceZip(zip, {
    indicators: new Set(indicators.keys()),
    maxBytes: env().FILE_MAX_BYTES,
  });
  if (!reading.ok) return { status: "badEntries", problems: reading.problems };
  const { stored, problems } = await storeAll(reading.files);
  if (problems.length > 0) return { status: "badEntries", problems };

  let kept = false;
  try {
    const sharing = input.visibility !== "private";
    const outcomes: Array<ExtractionOutcome | null> = [];
    for (const file of stored)
      outcomes.push(sharing ? await extractStoredFile(file.sha256, file.mimeType) : null);
    let check: SharingCheck | null = null;
    if (sharing) {
      check = await checkForSharing({
        title: "",
        description: "",
        links: [],
        versions: stored.map((file, i) => {
          const outcome = outcomes[i]!;
          return {
            name: file.entry.path,
            state: outcome.state,
            reason: outcome.reason,
            pagesWithoutText: outcome.pagesWithoutText,
            findings: outcome.findings.map((f) => ({ ...f, page: f.page ?? null })),
          };
        }),
      });
      if (!needsConfirmation(check)) check = null;
      else if (!input.acknowledgePersonalData) return { status: "personalData", check };
    }
    const records = await db().$transaction(
      async (tx) => {
        const created: Array<{ id: string; indicator: number; title: string }> = [];
        for (const [i, file] of stored.entries()) {
          await recordStoredFile(tx, file);
          const title = titleFromFileName(file.entry.name, EVIDENCE_LIMITS.titleMax);
          const record = await tx.evidenceRecord.create({
            data: {
              regionCode: region.code,
              frameworkId,
              year: target.year,
              title,
              level: input.level,
              effectiveDate: new Date(`${input.effectiveDate}T00:00:00.000Z`),
              visibility: storedVisibility(input.visibility),
              createdById: actor.id,
              updatedById: actor.id,
              indicators: { create: [{ indicatorId: indicators.get(file.entry.indicator)! }] },
              files: {
                create: { versions: { create: firstVersion(file, actor, outcomes[i] ?? null) } },
              },
            },
            select: { id: true },
          });
          created.push({ id: record.id, indicator: file.entry.indicator, title });
        }
        await refreshSearchDocuments(
          tx,
          created.map((record) => ({ type: "evidence" as const, id: record.id })),
        );
        await recordAudit(
          {
            actor,
            action: "evidence.zip_imported",
            entityType: "Region",
            entityId: region.code,
            regionCode: region.code,
            details: {
              year: target.year,
              visibility: input.visibility,
              records: created.length,
              ids: created.map((r) => r.id),
            },
            ...origin,
          },
          tx,
        );
        if (check)
          await recordAudit(
            {
              actor,
              action: "evidence.personal_data_confirmed",
              entityType: "Region",
              entityId: region.code,
              regionCode: region.code,
              details: { ...confirmationAuditDetails(check, input.visibility), zip: true },
              ...origin,
            },
            tx,
          );
        return created;
      },
      { timeout: 60_000 },
    );
    kept = true;
    if (outcomes.some((o) => o === null)) void wakeEvidenceExtraction();
    return { status: "imported", records };
  } finally {
    if (!kept) await discardUploads(stored);
  }
}
