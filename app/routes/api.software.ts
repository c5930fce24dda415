import type { LoaderFunctionArgs } from "@remix-run/node";
import { listSoftware, softwareQuerySchema } from "~/modules/software/software-queries.server";
import { jsonError } from "~/utils/api.server";
import { safeHttpUrl } from "~/utils/safe-url";
import { publicBaseUrl } from "~/utils/url.server";

/** GET /api/software?q=&category=&indicator=&license=&status=&tech=&province=&region=&sort=&page=&limit= */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = softwareQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!parsed.success)
    return jsonError(
      400,
      parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
    );
  const result = await listSoftware(parsed.data);
  const base = publicBaseUrl();
  return Response.json({
    total: result.total,
    items: result.items.map((s) => ({
      slug: s.slug,
      name: s.name,
      url: `${base}/software/${s.slug}`,
      // Rows stored before the http(s) rule may hold another scheme: never hand it on.
      repository: safeHttpUrl((s.publiccode as { url?: unknown }).url),
      shortDescription: s.shortDescription,
      license: s.license,
      developmentStatus: s.developmentStatus,
      categories: s.categories,
      tech: s.tech,
      region: { code: s.region.code, name: s.region.name },
      indicators: s.indicators.map((i) => i.indicator.number),
      confirmedAdopters: s.confirmedAdopters,
      readiness: s.readiness,
      demo: s.isDemo,
    })),
  });
}
