// The database side of the file store: the StoredFile row that records point to, and removing the
// bytes of an upload that no record came to point to (a refused release, a failed write, a request
// that broke off). Both take one lock per sha256, so an upload of the same bytes that is accepted
// at the same moment either keeps them (its row is seen) or fails loudly (they are gone), never
// leaving a record without its file.
import type { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { FileNotFoundError, fileStore, type StoredFile } from "./file-store.server";

async function lockStoredFile(tx: Prisma.TransactionClient, sha256: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`stored-file:${sha256}`}, 0))`;
}

/** Records stored bytes (one row per sha256) in the caller's transaction, before a record uses them. */
export async function recordStoredFile(
  tx: Prisma.TransactionClient,
  file: Pick<StoredFile, "sha256" | "size" | "mimeType">,
): Promise<void> {
  await lockStoredFile(tx, file.sha256);
  await tx.storedFile.upsert({
    where: { sha256: file.sha256 },
    create: { sha256: file.sha256, size: file.size, mimeType: file.mimeType },
    update: {},
  });
  // A refused upload of the same bytes may have removed them just before the lock was ours.
  if (!(await fileStore().has(file.sha256))) throw new FileNotFoundError(file.sha256);
}

/**
 * Removes the bytes an upload stored when no StoredFile row points to them (every record that
 * holds a file goes through one). Bytes that were already there before the upload stay: they may
 * belong to another upload in progress. True when the bytes were removed.
 */
export async function discardUnreferenced(
  file: Pick<StoredFile, "sha256"> & { deduplicated: boolean },
): Promise<boolean> {
  if (file.deduplicated) return false;
  return db().$transaction(async (tx) => {
    await lockStoredFile(tx, file.sha256);
    const referenced = await tx.storedFile.findUnique({
      where: { sha256: file.sha256 },
      select: { sha256: true },
    });
    if (referenced) return false;
    await fileStore().remove(file.sha256);
    return true;
  });
}

/**
 * After a record let go of a file (an attachment removed): removes its StoredFile row and its bytes
 * when no attachment, release, evidence file or milestone file points to them any more. Under the file's lock, so an upload of
 * the same bytes at that moment either keeps them or fails loudly. True when the file went.
 */
export async function discardIfUnused(sha256: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    await lockStoredFile(tx, sha256);
    const file = await tx.storedFile.findUnique({
      where: { sha256 },
      select: {
        _count: {
          select: { attachments: true, releases: true, evidence: true, milestoneEvidence: true },
        },
      },
    });
    const uses = file
      ? file._count.attachments +
        file._count.releases +
        file._count.evidence +
        file._count.milestoneEvidence
      : 0;
    if (!file || uses > 0) return false;
    await tx.storedFile.delete({ where: { sha256 } });
    // Last: if the bytes cannot be removed, the row stays with them.
    await fileStore().remove(sha256);
    return true;
  });
}

/**
 * Runs what records an upload's file; when it refuses (`kept` is false) or throws, the bytes go
 * unless something else points to them.
 */
export async function recordOrDiscard<T>(
  file: (Pick<StoredFile, "sha256"> & { deduplicated: boolean }) | null,
  write: () => Promise<T>,
  kept: (result: T) => boolean,
): Promise<T> {
  let result: T;
  try {
    result = await write();
  } catch (error) {
    // The write's error is the one to report; a failed clean-up only leaves a file behind.
    if (file)
      await discardUnreferenced(file).catch((cleanup: unknown) =>
        console.warn(`[files] could not remove ${file.sha256}: ${String(cleanup)}`),
      );
    throw error;
  }
  if (file && !kept(result)) await discardUnreferenced(file);
  return result;
}
