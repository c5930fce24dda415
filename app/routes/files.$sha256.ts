import type { LoaderFunctionArgs } from "@remix-run/node";
import { isAppError, notFound } from "~/utils/app-error";
import { getSessionUser } from "~/auth/session.server";
import { evidenceFileByHash } from "~/modules/evidence/evidence-files.server";
import { attachmentDownload } from "~/modules/practices/practice-attachments.server";
import { fileDownloadResponse } from "~/utils/file-response.server";

/** GET /files/:sha256 — by hash, only when some record the viewer may read holds that file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const sha256 = params.sha256 ?? "";
  try {
    return fileDownloadResponse(await attachmentDownload(viewer, { sha256 }));
  } catch (error) {
    if (!isAppError(error) || error.code !== "NOT_FOUND") throw error;
  }
  const evidence = await evidenceFileByHash(viewer, sha256);
  if (!evidence) throw notFound();
  return fileDownloadResponse(evidence);
}
