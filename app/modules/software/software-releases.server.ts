// Releases of a catalogue entry: a version, a date, a changelog and an optional source archive
// (zip or tar.gz) kept in the file store with its SHA-256. An archive of a refused release is
// removed again unless another record holds the same bytes.
import { z } from "zod";
import { forbidden, notFound } from "~/utils/app-error";
import { can } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { MessageKey } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { fileStore } from "~/storage/file-store.server";
import { readMultipart, type MultipartResult } from "~/storage/multipart.server";
import { recordOrDiscard, recordStoredFile } from "~/storage/stored-files.server";
import { issueKey } from "~/utils/forms";

const ARCHIVE_TYPES = ["application/zip", "application/gzip"] as const;

const releaseSchema = z.object({
  version: z
    .string({ message: "release.error.version" })
    .trim()
    .min(1, { message: "release.error.version" })
    .max(40, { message: "release.error.version" }),
  releaseDate: z
    .string({ message: "adoption.error.date" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "adoption.error.date" }),
  changelog: z.string().max(20_000, { message: "release.error.changelog" }).default(""),
});

export async function addRelease(input: {
  actor: SessionUser;
  slug: string;
  request: Request;
  origin: RequestOrigin;
}): Promise<{ ok: true } | { ok: false; message: MessageKey }> {
  const entry = await db().softwareEntry.findUnique({
    where: { slug: input.slug },
    select: { id: true, regionCode: true },
  });
  if (!entry) throw notFound();
  if (!can(input.actor, "record:update", { regionCode: entry.regionCode })) throw forbidden();
  const upload = await readMultipart(input.request, {
    fileField: "archive",
    allowedTypes: ARCHIVE_TYPES,
  });
  // A release refused after its archive was stored leaves no file behind.
  return recordOrDiscard(
    upload.stored,
    () => saveRelease({ actor: input.actor, origin: input.origin, entry, upload }),
    (result) => result.ok,
  );
}

async function saveRelease(input: {
  actor: SessionUser;
  entry: { id: string; regionCode: string };
  upload: MultipartResult;
  origin: RequestOrigin;
}): Promise<{ ok: true } | { ok: false; message: MessageKey }> {
  const { entry } = input;
  const { fields, stored, rejection, malformed } = input.upload;
  if (malformed) return { ok: false, message: "http.error.malformedForm" };
  if (rejection) return { ok: false, message: "upload.error.plain" };
  const parsed = releaseSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, message: issueKey(parsed.error.issues[0]) };
  const exists = await db().softwareRelease.findUnique({
    where: { softwareId_version: { softwareId: entry.id, version: parsed.data.version } },
    select: { id: true },
  });
  if (exists) return { ok: false, message: "release.error.exists" };
  await db().$transaction(async (tx) => {
    if (stored) await recordStoredFile(tx, stored);
    const release = await tx.softwareRelease.create({
      data: {
        softwareId: entry.id,
        version: parsed.data.version,
        releaseDate: new Date(`${parsed.data.releaseDate}T00:00:00Z`),
        changelog: parsed.data.changelog,
        sha256: stored?.sha256 ?? null,
        archiveName: stored?.originalName ?? null,
      },
      select: { id: true },
    });
    await recordAudit(
      {
        action: "software.release_added",
        actor: input.actor,
        entityType: "SoftwareRelease",
        entityId: release.id,
        regionCode: entry.regionCode,
        details: { version: parsed.data.version, sha256: stored?.sha256 ?? null },
        ...input.origin,
      },
      tx,
    );
  });
  return { ok: true };
}

/** A release's source archive (catalogue entries are public). */
export async function releaseArchive(releaseId: string) {
  if (!/^[0-9a-f-]{36}$/.test(releaseId)) throw notFound();
  const release = await db().softwareRelease.findUnique({
    where: { id: releaseId },
    select: { sha256: true, archiveName: true, archive: { select: { mimeType: true } } },
  });
  if (!release?.sha256 || !release.archive) throw notFound();
  return {
    bytes: await fileStore().openVerified(release.sha256),
    name: release.archiveName ?? `${release.sha256}.zip`,
    mimeType: release.archive.mimeType,
  };
}
