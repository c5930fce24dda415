import type { LoaderFunctionArgs } from "@remix-run/node";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { practiceSummaryJson } from "~/modules/practices/practice-api.server";
import {
  listPublishedPractices,
  parsePracticeQuery,
} from "~/modules/practices/practice-queries.server";
import { jsonError } from "~/utils/api.server";
import { publicBaseUrl } from "~/utils/url.server";

/** GET /api/practices?q=&indicator=&domain=&dimension=&province=&region=&sector=&stage=&sort=&page=&limit= */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parsePracticeQuery(new URL(request.url).searchParams);
  if (!parsed.success) {
    const t = translator(languageOf(request));
    return jsonError(
      400,
      parsed.error.issues.map((i) => ({
        field: i.path.join("."),
        message: t("api.error.badParameter", { field: i.path.join(".") }),
      })),
    );
  }
  const result = await listPublishedPractices(parsed.data);
  const baseUrl = publicBaseUrl();
  return Response.json({
    total: result.total,
    items: result.items.map((p) => practiceSummaryJson(p, baseUrl)),
  });
}
