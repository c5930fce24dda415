import type { LoaderFunctionArgs } from "@remix-run/node";
import { releaseArchive } from "~/modules/software/software-releases.server";
import { fileDownloadResponse } from "~/utils/file-response.server";

/** GET /releases/:id/archive — the release's source archive, the same bytes as uploaded. */
export async function loader({ params }: LoaderFunctionArgs) {
  return fileDownloadResponse(await releaseArchive(params.id ?? ""));
}
