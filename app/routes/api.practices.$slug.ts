import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "~/auth/session.server";
import { practiceDetailJson } from "~/modules/practices/practice-api.server";
import { getPracticeForReader } from "~/modules/practices/practice-queries.server";
import { publicBaseUrl } from "~/utils/url.server";

/**
 * GET /api/practices/:slug — 404 when missing or not readable by the caller (the module's
 * notFound(), answered as the API's JSON error by app/utils/app-error-responses.server.ts).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const practice = await getPracticeForReader(params.slug ?? "", await getSessionUser(request));
  return Response.json(practiceDetailJson(practice, publicBaseUrl()));
}
