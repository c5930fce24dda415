// Evidence files in and out. In: a multipart form with several files read straight into the file
// store (type from the bytes, size limit, safe names), all or nothing. Out: a file version only for
// those who may read its record; older versions only for the region and the centre. Any other
// request, by version id or by hash, is 404.
import { notFound } from "~/utils/app-error";
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import type { MessageKey, MessageParams } from "~/i18n/translate";
import { fileStore } from "~/storage/file-store.server";
import { DOCUMENT_TYPES } from "~/storage/file-types";
import { readMultipartFiles } from "~/storage/multipart.server";
import { isUuid, mayReadEvidence } from "./evidence-access.server";
import type { UploadedFile } from "./evidence-commands.server";
import { EVIDENCE_LIMITS } from "./evidence.schema";

export type EvidenceUpload =
  | { ok: true; fields: FormData; files: UploadedFile[] }
  | {
      ok: false;
      /** The text fields read (the body is read to its end even after a refusal). */
      fields: FormData;
      message: MessageKey;
      params?: MessageParams;
      /** The refused file's own reason, as a message of its own. */
      reason?: { message: MessageKey; params?: MessageParams };
    };

/** Reads the evidence form (fields and up to EVIDENCE_LIMITS.filesPerSave files in "files"). */
export async function readEvidenceUpload(
  request: Request,
  fileField = "files",
): Promise<EvidenceUpload> {
  const read = await readMultipartFiles(request, {
    fileField,
    allowedTypes: DOCUMENT_TYPES,
    maxFiles: EVIDENCE_LIMITS.filesPerSave,
  });
  if (read.malformed)
    return { ok: false, fields: read.fields, message: "http.error.malformedForm" };
  if (read.tooMany)
    return {
      ok: false,
      fields: read.fields,
      message: "evidence.error.tooManyFiles",
      params: { perSave: EVIDENCE_LIMITS.filesPerSave, perRecord: EVIDENCE_LIMITS.filesPerRecord },
    };
  if (read.rejection)
    return {
      ok: false,
      fields: read.fields,
      message: "evidence.error.fileRejected",
      params: { name: read.rejection.name },
      reason: { message: read.rejection.error.messageKey, params: read.rejection.error.details },
    };
  return { ok: true, fields: read.fields, files: read.stored };
}

const versionSelect = {
  id: true,
  number: true,
  sha256: true,
  originalName: true,
  stored: { select: { mimeType: true } },
  file: {
    select: {
      evidence: { select: { regionCode: true, visibility: true } },
      versions: { orderBy: { number: "desc" as const }, take: 1, select: { id: true } },
    },
  },
};

type VersionRow = {
  id: string;
  sha256: string;
  originalName: string;
  stored: { mimeType: string };
  file: {
    evidence: { regionCode: string; visibility: "PRIVATE" | "MEMBERS" | "PUBLIC" };
    versions: Array<{ id: string }>;
  };
};

/** The latest version for whoever may read the record; an older one for the region and the centre. */
function mayDownload(viewer: Actor | null, version: VersionRow): boolean {
  const { evidence } = version.file;
  if (!mayReadEvidence(viewer, evidence)) return false;
  if (version.file.versions[0]?.id === version.id) return true;
  return mayReadEvidence(viewer, { regionCode: evidence.regionCode, visibility: "PRIVATE" });
}

async function download(version: VersionRow) {
  const bytes = await fileStore().openVerified(version.sha256);
  return { bytes, name: version.originalName, mimeType: version.stored.mimeType };
}

/** GET /evidence-files/:id */
export async function evidenceFileDownload(viewer: Actor | null, versionId: string) {
  if (!isUuid(versionId)) throw notFound();
  const version = await db().evidenceFileVersion.findUnique({
    where: { id: versionId },
    select: versionSelect,
  });
  if (!version || !mayDownload(viewer, version)) throw notFound();
  return download(version);
}

/** A file by its hash, when some evidence file version the viewer may download holds it; else null. */
export async function evidenceFileByHash(viewer: Actor | null, sha256: string) {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const versions = await db().evidenceFileVersion.findMany({
    where: { sha256 },
    take: 50,
    select: versionSelect,
  });
  const visible = versions.find((version) => mayDownload(viewer, version));
  return visible ? download(visible) : null;
}
