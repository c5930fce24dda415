// Milestone evidence files in and out. In: the commitment page's form, multipart when it may carry
// a file (field "file", one per post), read straight into the file store (type from the bytes,
// size limit, safe names); the caller has refused outsiders before the body is read
// (outsiderRefusal). Whatever the post's outcome, bytes no record came to point to are removed
// afterwards (discardUnattached). Out: the file, as a download, only to whoever may read the
// commitment; any other request is 404.
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { env } from "~/env.server";
import type { MessageKey, MessageParams } from "~/i18n/translate";
import { fileStore } from "~/storage/file-store.server";
import { DOCUMENT_TYPES } from "~/storage/file-types";
import { readMultipartFiles } from "~/storage/multipart.server";
import { discardUnreferenced } from "~/storage/stored-files.server";
import { notFound } from "~/utils/app-error";
import { badRequest, formDataProblem, readFormData } from "~/utils/form-data.server";
import { isBodyTooLarge, limitBody } from "~/utils/limited-body.server";
import { mayReadCommitment } from "./commitment-access.server";
import { isUuid } from "./commitment.schema";
import type { MilestoneFile } from "./milestone-commands.server";

/** Room for the text fields of the form, on top of the file itself. */
const FIELDS_BYTES = 256 * 1024;

export type UploadedMilestoneFile = MilestoneFile & { deduplicated: boolean };

export interface FileRefusal {
  message: MessageKey;
  params?: MessageParams;
}

export type CommitmentPageForm =
  | { ok: true; form: FormData; files: UploadedMilestoneFile[] }
  | { ok: false; form: FormData; fileError: FileRefusal };

export function isMultipart(request: Request): boolean {
  return (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");
}

function tooLarge(): FileRefusal {
  return {
    message: "upload.error.tooLarge",
    params: { maxSize: `${Math.floor(env().FILE_MAX_BYTES / 2 ** 20)} MB` },
  };
}

/**
 * Reads the page's form: a urlencoded one as any form, a multipart one with at most one file in
 * "file" put into the file store. A refused file (empty, too big, a type not allowed, a bad name)
 * is an answer, with nothing kept; a broken body is a 400.
 */
export async function readCommitmentPageForm(request: Request): Promise<CommitmentPageForm> {
  if (!isMultipart(request)) return { ok: true, form: await readFormData(request), files: [] };
  const limited = limitBody(request, env().FILE_MAX_BYTES + FIELDS_BYTES);
  if (!limited) return { ok: false, form: new FormData(), fileError: tooLarge() };
  let read;
  try {
    read = await readMultipartFiles(limited, {
      fileField: "file",
      allowedTypes: DOCUMENT_TYPES,
      maxFiles: 1,
    });
  } catch (error) {
    if (isBodyTooLarge(error)) return { ok: false, form: new FormData(), fileError: tooLarge() };
    throw error;
  }
  if (read.malformed) badRequest("http.error.malformedForm");
  if (read.tooMany)
    return { ok: false, form: read.fields, fileError: { message: "tracker.error.fileOne" } };
  if (read.rejection)
    return {
      ok: false,
      form: read.fields,
      fileError: { message: read.rejection.error.messageKey, params: read.rejection.error.details },
    };
  const problem = formDataProblem(read.fields);
  if (problem) {
    await discardUnattached(read.stored);
    badRequest(problem);
  }
  return { ok: true, form: read.fields, files: read.stored };
}

/** Removes the bytes of uploaded files that no record points to (a refused or foreign post). */
export async function discardUnattached(files: readonly UploadedMilestoneFile[]): Promise<void> {
  for (const file of files)
    await discardUnreferenced(file).catch((error: unknown) =>
      console.warn(`[tracker] could not remove ${file.sha256}: ${String(error)}`),
    );
}

/** GET /milestone-files/:id — a milestone's file evidence, for whoever may read its commitment. */
export async function milestoneFileDownload(viewer: Actor | null, evidenceId: string) {
  if (!isUuid(evidenceId)) throw notFound();
  const row = await db().milestoneEvidence.findUnique({
    where: { id: evidenceId },
    select: {
      kind: true,
      sha256: true,
      originalName: true,
      stored: { select: { mimeType: true } },
      milestone: {
        select: {
          commitment: {
            select: { adopterRegionCode: true, mentorRegionCode: true, visibility: true },
          },
        },
      },
    },
  });
  if (
    !row ||
    row.kind !== "file" ||
    !row.sha256 ||
    !row.stored ||
    !mayReadCommitment(viewer, row.milestone.commitment)
  )
    throw notFound();
  const bytes = await fileStore().openVerified(row.sha256);
  return { bytes, name: row.originalName ?? "file", mimeType: row.stored.mimeType };
}
