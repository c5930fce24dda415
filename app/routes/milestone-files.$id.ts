import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "~/auth/session.server";
import { milestoneFileDownload } from "~/modules/tracker/milestone-files.server";
import { fileDownloadResponse } from "~/utils/file-response.server";

/** GET /milestone-files/:id — a milestone's file, if the viewer may read the commitment (404 otherwise). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return fileDownloadResponse(
    await milestoneFileDownload(await getSessionUser(request), params.id ?? ""),
  );
}
