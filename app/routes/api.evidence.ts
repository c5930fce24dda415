import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { evidenceApiCreate, evidenceApiList } from "~/modules/evidence/evidence-api.server";
import { jsonError } from "~/utils/api.server";

/** GET /api/evidence?indicator=&level=&region=&province=&year=&q=&page=&limit= */
export function loader({ request, context }: LoaderFunctionArgs) {
  return evidenceApiList(request, context);
}

/** POST /api/evidence — a record with its files (multipart); see evidence-api.server.ts. */
export function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return jsonError(405, []);
  return evidenceApiCreate(request, context);
}
