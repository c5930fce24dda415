import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "~/auth/session.server";
import { attachmentDownload } from "~/modules/practices/practice-attachments.server";
import { fileDownloadResponse } from "~/utils/file-response.server";

/** GET /attachments/:id — the file, if the viewer may read the record it belongs to (404 otherwise). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return fileDownloadResponse(
    await attachmentDownload(await getSessionUser(request), { id: params.id ?? "" }),
  );
}
