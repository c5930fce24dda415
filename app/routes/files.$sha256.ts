import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "~/auth/session.server";
import { attachmentDownload } from "~/modules/practices/practice-attachments.server";
import { fileDownloadResponse } from "~/utils/file-response.server";

/** GET /files/:sha256 — by hash, only when some record the viewer may read holds that file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return fileDownloadResponse(
    await attachmentDownload(await getSessionUser(request), { sha256: params.sha256 ?? "" }),
  );
}
