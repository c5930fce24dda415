import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "~/auth/session.server";
import { evidenceFileDownload } from "~/modules/evidence/evidence-files.server";
import { fileDownloadResponse } from "~/utils/file-response.server";

/** GET /evidence-files/:id — a file version, if the viewer may read its record (404 otherwise). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  return fileDownloadResponse(
    await evidenceFileDownload(await getSessionUser(request), params.id ?? ""),
  );
}
