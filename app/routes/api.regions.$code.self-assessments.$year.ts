import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiActor } from "~/auth/api-actor.server";
import { evidenceCountsByIndicator } from "~/modules/evidence/readiness.server";
import {
  getSelfAssessmentView,
  selfAssessmentJson,
  yearSchema,
} from "~/modules/spbe/self-assessment.server";
import { jsonError } from "~/utils/api.server";

/**
 * GET /api/regions/:code/self-assessments/:year — the self-assessment the caller may read (a
 * draft for the region and the centre, a submitted one for members of every region) and the
 * official index (public), with each indicator's count of the region's evidence records for the
 * year that the caller may see; the caller by session or personal access token. 404 for an
 * unknown region or year, or when there is neither.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const year = yearSchema.safeParse(params.year);
  if (!year.success) return jsonError(404, [{ field: "year", message: "unknown year" }]);
  const caller = await apiActor(request, context); // a refused token: its own 401/429 JSON
  // An unknown region throws notFound(), answered as the API's JSON 404 by the server.
  const view = await getSelfAssessmentView(params.code ?? "", year.data, caller);
  if (!view.assessment && !view.official) return jsonError(404, []);
  const counts = view.assessment
    ? await evidenceCountsByIndicator(view.region.code, view.year, caller, view.framework.id)
    : new Map<number, number>();
  return Response.json(selfAssessmentJson(view, counts));
}
