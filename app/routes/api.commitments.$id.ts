import type { LoaderFunctionArgs } from "@remix-run/node";
import { commitmentsApiItem } from "~/modules/tracker/commitments-api.server";

/**
 * GET /api/commitments/:id — 404 when missing or not readable by the caller (the module's
 * notFound(), answered as the API's JSON error by app/utils/app-error-responses.server.ts).
 */
export function loader({ request, params, context }: LoaderFunctionArgs) {
  return commitmentsApiItem(request, params.id ?? "", context);
}
