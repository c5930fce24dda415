// Attachments of a practice: uploaded through the file store (type from the bytes, size limit,
// stored once by SHA-256), downloaded only by those who may read the practice.
import { forbidden, notFound } from "~/utils/app-error";
import { can, type Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { MessageParams } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { practiceVisibility } from "~/modules/practices/practice.schema";
import { DOCUMENT_TYPES } from "~/storage/file-types";
import {
  fileStore,
  type UploadRejectedError,
  type StoredFile,
  type UploadErrorKey,
} from "~/storage/file-store.server";
import { readMultipart } from "~/storage/multipart.server";
import { discardIfUnused, recordOrDiscard, recordStoredFile } from "~/storage/stored-files.server";

const MAX_ATTACHMENTS = 20;

export type AttachmentUploadResult =
  | { status: "added"; name: string; deduplicated: boolean }
  /** The practice already has these bytes attached: listed once, nothing added. */
  | { status: "duplicate"; name: string; existingName: string }
  | {
      status: "rejected";
      message:
        | UploadErrorKey
        | "upload.error.noFile"
        | "upload.error.tooMany"
        | "http.error.malformedForm";
      params?: MessageParams;
    };

export async function addPracticeAttachment(input: {
  actor: SessionUser;
  slug: string;
  request: Request;
  origin: RequestOrigin;
}): Promise<AttachmentUploadResult> {
  const practice = await db().practice.findUnique({
    where: { slug: input.slug },
    select: { id: true, regionCode: true, _count: { select: { attachments: true } } },
  });
  if (!practice) throw notFound();
  if (!can(input.actor, "record:update", { regionCode: practice.regionCode })) throw forbidden();
  if (practice._count.attachments >= MAX_ATTACHMENTS)
    return {
      status: "rejected",
      message: "upload.error.tooMany",
      params: { max: MAX_ATTACHMENTS },
    };

  const { stored, rejection, malformed } = await readMultipart(input.request, {
    fileField: "file",
    allowedTypes: DOCUMENT_TYPES,
  });
  if (malformed) return { status: "rejected", message: "http.error.malformedForm" };
  if (rejection) {
    const { messageKey, details } = rejection as UploadRejectedError;
    return { status: "rejected", message: messageKey, params: details };
  }
  if (!stored) return { status: "rejected", message: "upload.error.noFile" };
  const file: StoredFile & { deduplicated: boolean } = stored;
  // A failed write leaves no file behind.
  const saved = await recordOrDiscard(
    file,
    () => saveAttachment(input, practice, file),
    () => true,
  );
  if (saved.existingName !== null)
    return { status: "duplicate", name: file.originalName, existingName: saved.existingName };
  return { status: "added", name: file.originalName, deduplicated: file.deduplicated };
}

function saveAttachment(
  input: { actor: SessionUser; origin: RequestOrigin },
  practice: { id: string; regionCode: string },
  file: StoredFile,
) {
  return db().$transaction(async (tx) => {
    // Takes the file's lock: two uploads of the same bytes to one practice are seen one by one.
    await recordStoredFile(tx, file);
    const existing = await tx.practiceAttachment.findFirst({
      where: { practiceId: practice.id, sha256: file.sha256 },
      select: { originalName: true },
    });
    if (existing) return { existingName: existing.originalName };
    const attachment = await tx.practiceAttachment.create({
      data: {
        practiceId: practice.id,
        sha256: file.sha256,
        originalName: file.originalName,
        createdById: input.actor.id,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        action: "practice.attachment_added",
        actor: input.actor,
        entityType: "PracticeAttachment",
        entityId: attachment.id,
        regionCode: practice.regionCode,
        details: { sha256: file.sha256, size: file.size, mimeType: file.mimeType },
        ...input.origin,
      },
      tx,
    );
    return { existingName: null };
  });
}

/**
 * Attaches a document the seed made (demo content; no actor, no request): stored through the file
 * store and recorded like an upload, audited. Nothing happens when the practice already holds a
 * file of that name or those bytes, so the seed can run again.
 */
export async function attachSeedDocument(input: {
  slug: string;
  name: string;
  bytes: Uint8Array;
}): Promise<"added" | "present" | "no-practice"> {
  const practice = await db().practice.findUnique({
    where: { slug: input.slug },
    select: { id: true, regionCode: true, attachments: { select: { originalName: true } } },
  });
  if (!practice) return "no-practice";
  if (practice.attachments.some((a) => a.originalName === input.name)) return "present";
  const file = await fileStore().put({
    data: input.bytes,
    originalName: input.name,
    allowedTypes: DOCUMENT_TYPES,
  });
  return recordOrDiscard(
    file,
    () =>
      db().$transaction(async (tx) => {
        await recordStoredFile(tx, file);
        const twin = await tx.practiceAttachment.findFirst({
          where: { practiceId: practice.id, sha256: file.sha256 },
          select: { id: true },
        });
        if (twin) return "present" as const;
        const attachment = await tx.practiceAttachment.create({
          data: { practiceId: practice.id, sha256: file.sha256, originalName: file.originalName },
          select: { id: true },
        });
        await recordAudit(
          {
            action: "practice.attachment_added",
            entityType: "PracticeAttachment",
            entityId: attachment.id,
            regionCode: practice.regionCode,
            details: { sha256: file.sha256, size: file.size, mimeType: file.mimeType, seed: true },
          },
          tx,
        );
        return "added" as const;
      }),
    () => true,
  );
}

/** Attachments listed once per file: the same bytes attached twice (before the check) show once. */
export function uniqueAttachments<T extends { sha256: string }>(attachments: T[]): T[] {
  const seen = new Set<string>();
  return attachments.filter((a) => !seen.has(a.sha256) && Boolean(seen.add(a.sha256)));
}

/**
 * Removes an attachment (and any older copy of the same bytes on the practice), audited; the stored
 * bytes go when no other attachment or release points to them. Only who may edit the practice.
 */
export async function removePracticeAttachment(input: {
  actor: SessionUser;
  slug: string;
  attachmentId: string;
  origin: RequestOrigin;
}): Promise<{ name: string; fileDiscarded: boolean }> {
  if (!/^[0-9a-f-]{36}$/.test(input.attachmentId)) throw notFound();
  const practice = await db().practice.findUnique({
    where: { slug: input.slug },
    select: { id: true, regionCode: true },
  });
  if (!practice) throw notFound();
  if (!can(input.actor, "record:update", { regionCode: practice.regionCode })) throw forbidden();
  const attachment = await db().practiceAttachment.findFirst({
    where: { id: input.attachmentId, practiceId: practice.id },
    select: { id: true, sha256: true, originalName: true },
  });
  if (!attachment) throw notFound();
  await db().$transaction(async (tx) => {
    await tx.practiceAttachment.deleteMany({
      where: { practiceId: practice.id, sha256: attachment.sha256 },
    });
    await recordAudit(
      {
        action: "practice.attachment_removed",
        actor: input.actor,
        entityType: "PracticeAttachment",
        entityId: attachment.id,
        regionCode: practice.regionCode,
        details: { sha256: attachment.sha256, name: attachment.originalName },
        ...input.origin,
      },
      tx,
    );
  });
  const fileDiscarded = await discardIfUnused(attachment.sha256);
  return { name: attachment.originalName, fileDiscarded };
}

/** An attachment the viewer may download, with its bytes checked against their hash. */
async function readable(viewer: Actor | null, where: { id?: string; sha256?: string }) {
  const candidates = await db().practiceAttachment.findMany({
    where,
    take: 50,
    select: {
      originalName: true,
      sha256: true,
      file: { select: { mimeType: true } },
      practice: { select: { regionCode: true, status: true } },
    },
  });
  const visible = candidates.find((a) =>
    can(viewer, "record:read", {
      regionCode: a.practice.regionCode,
      visibility: practiceVisibility(a.practice.status),
    }),
  );
  if (!visible) throw notFound();
  return visible;
}

export async function attachmentDownload(
  viewer: Actor | null,
  by: { id: string } | { sha256: string },
) {
  if ("id" in by && !/^[0-9a-f-]{36}$/.test(by.id)) throw notFound();
  if ("sha256" in by && !/^[0-9a-f]{64}$/.test(by.sha256)) throw notFound();
  const attachment = await readable(viewer, by);
  const bytes = await fileStore().openVerified(attachment.sha256);
  return { bytes, name: attachment.originalName, mimeType: attachment.file.mimeType };
}
