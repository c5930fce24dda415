import type { LoaderFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "~/auth/session.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { parseSearchParams } from "~/modules/search/search-query";
import { search } from "~/modules/search/search.server";
import { jsonError } from "~/utils/api.server";
import { publicBaseUrl } from "~/utils/url.server";

/** GET /api/search?q=&type=&province=&region=&indicator=&dimension=&year=&page=&limit= */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok) {
    const t = translator(languageOf(request));
    return jsonError(400, [
      { field: parsed.field, message: t("search.error.invalid", { field: parsed.field }) },
    ]);
  }
  const actor = await getSessionUser(request);
  const result = await search(parsed.request, actor);
  const base = publicBaseUrl();
  return Response.json(
    {
      total: result.total,
      tookMs: result.tookMs,
      page: result.page,
      limit: result.limit,
      suggestion: result.suggestion,
      corrected: result.corrected,
      hits: result.hits.map((hit) => ({
        type: hit.type,
        id: hit.id,
        slug: hit.slug,
        title: hit.title,
        snippet: hit.snippet,
        url: `${base}${hit.url}`,
        region: hit.region,
      })),
      facets: result.facets,
    },
    // Results depend on who asks (private records): never shared by a cache.
    { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } },
  );
}
