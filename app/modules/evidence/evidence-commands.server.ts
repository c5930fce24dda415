// Creating and changing evidence records: createEvidence(actor, target, input, files) and
// updateEvidence(actor, id, input, files) serve the form and a future API alike. Files arrive
// already in the file store (readEvidenceUpload); whatever the outcome other than "saved", or a
// thrown error, the bytes no record came to point to are removed again.
//
// A private save stores new files at once as PENDING for the background worker. A save that
// makes the record members-visible or public reads its new files in the request (the check must
// come before anyone else sees them) and refuses while an earlier file is still being read.
import type { Prisma } from "@prisma/client";
import { forbidden, notFound } from "~/utils/app-error";
import type { Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import type { MessageKey, MessageParams } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { FIRST_YEAR, lastYear } from "~/modules/spbe/self-assessment.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import type { StoredFile } from "~/storage/file-store.server";
import { discardUnreferenced, recordStoredFile } from "~/storage/stored-files.server";
import type { FieldErrors } from "~/utils/forms";
import { evidenceForWrite, mayWriteEvidence } from "./evidence-access.server";
import { reviewAfterChange } from "./evidence-review.schema";
import {
  extractStoredFile,
  outcomeData,
  wakeEvidenceExtraction,
  type ExtractionOutcome,
} from "./evidence-extraction.server";
import {
  checkForSharing,
  confirmationAuditDetails,
  needsConfirmation,
  type CheckedVersion,
  type SharingCheck,
} from "./evidence-sharing-check.server";
import {
  EVIDENCE_LIMITS,
  parseEvidenceInput,
  storedVisibility,
  type EvidenceInput,
} from "./evidence.schema";

export type UploadedFile = StoredFile & { deduplicated: boolean };

export type EvidenceSaveResult =
  | { status: "saved"; id: string }
  | { status: "invalid"; errors: FieldErrors }
  /** Members-visible or public with personal data (or unreadable files): confirm first. */
  | { status: "personalData"; check: SharingCheck }
  /** Files of the record are still being read: sharing waits for their check. */
  | { status: "extractionPending"; files: string[] }
  | { status: "refused"; message: MessageKey; params?: MessageParams };

type Origin = Partial<RequestOrigin>;

/** Removes the uploaded bytes that no record points to (after a refused or failed save). */
export async function discardUploads(files: UploadedFile[]): Promise<void> {
  for (const file of files)
    await discardUnreferenced(file).catch((error: unknown) =>
      console.warn(`[evidence] could not remove ${file.sha256}: ${String(error)}`),
    );
}

/** Runs a save; unless it saved, the uploaded bytes nothing points to are removed. */
async function keepingUploadsOnlyIfSaved(
  files: UploadedFile[],
  save: () => Promise<EvidenceSaveResult>,
): Promise<EvidenceSaveResult> {
  let result: EvidenceSaveResult | undefined;
  try {
    result = await save();
    return result;
  } finally {
    if (result?.status !== "saved") await discardUploads(files);
  }
}

async function indicatorIds(frameworkId: string, numbers: number[]) {
  const rows = await db().frameworkIndicator.findMany({
    where: { frameworkId, number: { in: numbers } },
    select: { id: true, number: true },
  });
  return rows.length === numbers.length ? rows.map((row) => row.id) : null;
}

async function validate(
  raw: unknown,
  frameworkId: string,
): Promise<
  { ok: true; input: EvidenceInput; indicatorIds: string[] } | { ok: false; errors: FieldErrors }
> {
  const parsed = parseEvidenceInput(raw);
  if (!parsed.ok) return parsed;
  const framework = await db().framework.findUnique({
    where: { id: frameworkId },
    select: { scaleMax: true },
  });
  if (!framework) throw notFound();
  if (parsed.data.level > framework.scaleMax)
    return { ok: false, errors: { level: "evidence.error.level" } };
  const ids = await indicatorIds(frameworkId, parsed.data.indicators);
  if (!ids) return { ok: false, errors: { indicators: "evidence.error.indicators" } };
  return { ok: true, input: parsed.data, indicatorIds: ids };
}

/** New files read now (sharing) or left for the worker (private). */
async function readNewFiles(files: UploadedFile[], sharing: boolean) {
  const outcomes: Array<ExtractionOutcome | null> = [];
  for (const file of files)
    outcomes.push(sharing ? await extractStoredFile(file.sha256, file.mimeType) : null);
  return outcomes;
}

/** A new file as the check sees it: PENDING when it is left for the worker. */
function asChecked(file: UploadedFile, outcome: ExtractionOutcome | null): CheckedVersion {
  return {
    name: file.originalName,
    state: outcome?.state ?? "PENDING",
    reason: outcome?.reason ?? null,
    pagesWithoutText: outcome?.pagesWithoutText ?? [],
    findings: (outcome?.findings ?? []).map((f) => ({ ...f, page: f.page ?? null })),
  };
}

/** The sharing check of a save; null when the record stays private or nothing needs confirming. */
async function sharingRefusal(
  input: EvidenceInput,
  versions: CheckedVersion[],
): Promise<{ refusal: EvidenceSaveResult | null; check: SharingCheck | null }> {
  if (input.visibility === "private") return { refusal: null, check: null };
  const waiting = versions.filter((v) => v.state === "PENDING" || v.state === "READING");
  if (waiting.length > 0) {
    void wakeEvidenceExtraction();
    return {
      refusal: { status: "extractionPending", files: waiting.map((v) => v.name) },
      check: null,
    };
  }
  const check = await checkForSharing({ ...input, versions });
  if (needsConfirmation(check) && !input.acknowledgePersonalData)
    return { refusal: { status: "personalData", check }, check };
  return { refusal: null, check: needsConfirmation(check) ? check : null };
}

async function addFiles(
  tx: Prisma.TransactionClient,
  evidenceId: string,
  actor: Actor,
  files: UploadedFile[],
  outcomes: Array<ExtractionOutcome | null>,
) {
  for (const [i, file] of files.entries()) {
    await recordStoredFile(tx, file);
    await tx.evidenceFile.create({
      data: { evidenceId, versions: { create: firstVersion(file, actor, outcomes[i] ?? null) } },
    });
  }
}

/** A new file's first version: the stored bytes, who uploaded them, and what extraction found. */
export function firstVersion(file: UploadedFile, actor: Actor, outcome: ExtractionOutcome | null) {
  const { findings, ...columns } = outcome ? outcomeData(outcome) : { findings: [] };
  return {
    number: 1,
    sha256: file.sha256,
    originalName: file.originalName,
    createdById: actor.id,
    ...columns,
    findings: { create: findings },
  };
}

function recordColumns(input: EvidenceInput) {
  return {
    title: input.title,
    description: input.description,
    level: input.level,
    effectiveDate: new Date(`${input.effectiveDate}T00:00:00.000Z`),
    expiresOn: input.expiresOn ? new Date(`${input.expiresOn}T00:00:00.000Z`) : null,
    visibility: storedVisibility(input.visibility),
  };
}

function linkRows(input: EvidenceInput) {
  return input.links.map((link, position) => ({ position, url: link.url, label: link.label }));
}

async function auditConfirmation(
  tx: Prisma.TransactionClient,
  actor: Actor,
  record: { id: string; regionCode: string },
  check: SharingCheck | null,
  input: EvidenceInput,
  origin: Origin,
) {
  if (!check) return;
  await recordAudit(
    {
      actor,
      action: "evidence.personal_data_confirmed",
      entityType: "EvidenceRecord",
      entityId: record.id,
      regionCode: record.regionCode,
      details: confirmationAuditDetails(check, input.visibility),
      ...origin,
    },
    tx,
  );
}

/** Creates a record for a region and year with its files (already stored) and links. */
export async function createEvidence(
  actor: Actor,
  target: { regionCode: string; year: number; frameworkId?: string },
  raw: unknown,
  files: UploadedFile[],
  origin: Origin = {},
): Promise<EvidenceSaveResult> {
  return keepingUploadsOnlyIfSaved(files, async () => {
    const frameworkId = target.frameworkId ?? DEFAULT_FRAMEWORK_ID;
    const code = regionCodeSchema.safeParse(target.regionCode);
    if (!code.success || target.year < FIRST_YEAR || target.year > lastYear()) throw notFound();
    const region = await db().region.findUnique({
      where: { code: code.data },
      select: { code: true },
    });
    if (!region) throw notFound();
    if (!mayWriteEvidence(actor, region.code)) throw forbidden();
    if (files.length > EVIDENCE_LIMITS.filesPerSave) return tooManyFiles();
    const valid = await validate(raw, frameworkId);
    if (!valid.ok) return { status: "invalid", errors: valid.errors };
    const { input } = valid;
    const outcomes = await readNewFiles(files, input.visibility !== "private");
    const { refusal, check } = await sharingRefusal(
      input,
      files.map((file, i) => asChecked(file, outcomes[i] ?? null)),
    );
    if (refusal) return refusal;
    const id = await db().$transaction(async (tx) => {
      const record = await tx.evidenceRecord.create({
        data: {
          regionCode: region.code,
          frameworkId,
          year: target.year,
          ...recordColumns(input),
          createdById: actor.id,
          updatedById: actor.id,
          indicators: { create: valid.indicatorIds.map((indicatorId) => ({ indicatorId })) },
          links: { create: linkRows(input) },
        },
        select: { id: true, regionCode: true },
      });
      await addFiles(tx, record.id, actor, files, outcomes);
      await recordAudit(
        {
          actor,
          action: "evidence.created",
          entityType: "EvidenceRecord",
          entityId: record.id,
          regionCode: record.regionCode,
          details: { year: target.year, visibility: input.visibility, files: files.length },
          ...origin,
        },
        tx,
      );
      await auditConfirmation(tx, actor, record, check, input, origin);
      return record.id;
    });
    if (outcomes.some((o) => o === null)) void wakeEvidenceExtraction();
    return { status: "saved", id };
  });
}

/** The latest version of each file of a record, as the sharing check reads it. */
async function latestVersions(evidenceId: string): Promise<CheckedVersion[]> {
  const files = await db().evidenceFile.findMany({
    where: { evidenceId },
    select: {
      versions: {
        orderBy: { number: "desc" },
        take: 1,
        select: {
          originalName: true,
          extractionState: true,
          extractionReason: true,
          pagesWithoutText: true,
          findings: { select: { kind: true, page: true, match: true, count: true } },
        },
      },
    },
  });
  return files.flatMap((file) =>
    file.versions.map((v) => ({
      name: v.originalName,
      state: v.extractionState,
      reason: v.extractionReason,
      pagesWithoutText: v.pagesWithoutText,
      findings: v.findings,
    })),
  );
}

/** Changes a record's fields and adds new files. */
export async function updateEvidence(
  actor: Actor,
  id: string,
  raw: unknown,
  files: UploadedFile[],
  origin: Origin = {},
): Promise<EvidenceSaveResult> {
  return keepingUploadsOnlyIfSaved(files, async () => {
    const record = await evidenceForWrite(actor, id);
    if (
      files.length > EVIDENCE_LIMITS.filesPerSave ||
      record._count.files + files.length > EVIDENCE_LIMITS.filesPerRecord
    )
      return tooManyFiles();
    const valid = await validate(raw, record.frameworkId);
    if (!valid.ok) return { status: "invalid", errors: valid.errors };
    const { input } = valid;
    const sharing = input.visibility !== "private";
    const outcomes = await readNewFiles(files, sharing);
    const existing = sharing ? await latestVersions(record.id) : [];
    const { refusal, check } = await sharingRefusal(input, [
      ...existing,
      ...files.map((file, i) => asChecked(file, outcomes[i] ?? null)),
    ]);
    if (refusal) return refusal;
    const review = reviewAfterChange(record, {
      level: input.level,
      indicatorIds: valid.indicatorIds,
      filesAdded: files.length,
    });
    await db().$transaction(async (tx) => {
      await tx.evidenceRecord.update({
        where: { id: record.id },
        data: {
          ...recordColumns(input),
          ...review,
          updatedById: actor.id,
          indicators: {
            deleteMany: {},
            create: valid.indicatorIds.map((indicatorId) => ({ indicatorId })),
          },
          links: { deleteMany: {}, create: linkRows(input) },
        },
      });
      await addFiles(tx, record.id, actor, files, outcomes);
      await recordAudit(
        {
          actor,
          action: "evidence.updated",
          entityType: "EvidenceRecord",
          entityId: record.id,
          regionCode: record.regionCode,
          details: {
            visibility: input.visibility,
            previousVisibility: record.visibility.toLowerCase(),
            filesAdded: files.length,
            ...(review.reviewState ? { reviewReset: true } : {}),
          },
          ...origin,
        },
        tx,
      );
      await auditConfirmation(tx, actor, record, check, input, origin);
    });
    if (outcomes.some((o) => o === null)) void wakeEvidenceExtraction();
    return { status: "saved", id: record.id };
  });
}

/**
 * Adds a new version of one of a record's files; the older versions stay, with who uploaded them
 * and when. On a members-visible or public record the new version is checked first.
 */
export async function addEvidenceFileVersion(
  actor: Actor,
  target: { evidenceId: string; fileId: string; acknowledgePersonalData: boolean },
  file: UploadedFile,
  origin: Origin = {},
): Promise<EvidenceSaveResult> {
  return keepingUploadsOnlyIfSaved([file], async () => {
    const record = await evidenceForWrite(actor, target.evidenceId);
    const evidenceFile = await db().evidenceFile.findFirst({
      where: { id: target.fileId, evidenceId: record.id },
      select: { id: true },
    });
    if (!evidenceFile) throw notFound();
    const sharing = record.visibility !== "PRIVATE";
    const [outcome] = await readNewFiles([file], sharing);
    let check: SharingCheck | null = null;
    if (sharing && outcome) {
      check = await checkForSharing({
        title: "",
        description: "",
        links: [],
        versions: [asChecked(file, outcome)],
      });
      if (!needsConfirmation(check)) check = null;
      else if (!target.acknowledgePersonalData) return { status: "personalData", check };
    }
    await db().$transaction(async (tx) => {
      await recordStoredFile(tx, file);
      const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "EvidenceFile" WHERE id = ${evidenceFile.id}::uuid FOR UPDATE`;
      if (!locked) throw notFound();
      const last = await tx.evidenceFileVersion.aggregate({
        where: { fileId: evidenceFile.id },
        _max: { number: true },
      });
      const { findings, ...columns } = outcome ? outcomeData(outcome) : { findings: [] };
      const version = await tx.evidenceFileVersion.create({
        data: {
          fileId: evidenceFile.id,
          number: (last._max.number ?? 0) + 1,
          sha256: file.sha256,
          originalName: file.originalName,
          createdById: actor.id,
          ...columns,
          findings: { create: findings },
        },
        select: { id: true, number: true },
      });
      const review = reviewAfterChange(record, {
        level: record.level,
        indicatorIds: record.indicators.map((i) => i.indicatorId),
        filesAdded: 1,
      });
      await tx.evidenceRecord.update({
        where: { id: record.id },
        data: { ...review, updatedById: actor.id, updatedAt: new Date() },
      });
      await recordAudit(
        {
          actor,
          action: "evidence.file_version_added",
          entityType: "EvidenceFileVersion",
          entityId: version.id,
          regionCode: record.regionCode,
          details: {
            evidenceId: record.id,
            version: version.number,
            sha256: file.sha256,
            ...(review.reviewState ? { reviewReset: true } : {}),
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
            entityType: "EvidenceRecord",
            entityId: record.id,
            regionCode: record.regionCode,
            details: confirmationAuditDetails(check, record.visibility.toLowerCase()),
            ...origin,
          },
          tx,
        );
    });
    if (!outcome) void wakeEvidenceExtraction();
    return { status: "saved", id: record.id };
  });
}

function tooManyFiles(): EvidenceSaveResult {
  return {
    status: "refused",
    message: "evidence.error.tooManyFiles",
    params: { perSave: EVIDENCE_LIMITS.filesPerSave, perRecord: EVIDENCE_LIMITS.filesPerRecord },
  };
}
