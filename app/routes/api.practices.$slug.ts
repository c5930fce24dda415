import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "~/auth/session.server";
import { practiceDetailJson } from "~/modules/practices/practice-api.server";
import { getPracticeForReader } from "~/modules/practices/practice-queries.server";
import { jsonError } from "~/utils/api.server";
import { publicBaseUrl } from "~/utils/url.server";

/** GET /api/practices/:slug — 404 when missing or not readable by the caller. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  try {
    const practice = await getPracticeForReader(params.slug ?? "", await getSessionUser(request));
    return Response.json(practiceDetailJson(practice, publicBaseUrl()));
  } catch (thrown) {
    if (thrown instanceof Response) return jsonError(thrown.status, []);
    throw thrown;
  }
}
