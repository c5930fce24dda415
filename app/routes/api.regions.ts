import type { LoaderFunctionArgs } from "@remix-run/node";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { parseRegionQuery } from "~/modules/regions/regions.schema";
import { listRegions } from "~/modules/regions/regions.server";
import { jsonError } from "~/utils/api.server";
import { issueKey } from "~/utils/forms";

/** GET /api/regions?q=&province=&cohort=&page=&limit= */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseRegionQuery(new URL(request.url).searchParams);
  if (!parsed.success) {
    const t = translator(languageOf(request));
    return jsonError(
      400,
      parsed.error.issues.map((issue) => ({
        field: issue.path.join("."),
        message: t(issueKey(issue)),
      })),
    );
  }
  return Response.json(await listRegions(parsed.data));
}
