import type { LoaderFunctionArgs } from "@remix-run/node";
import { toPubliccodeYaml, type PubliccodeData } from "~/modules/software/publiccode";
import { getSessionUser } from "~/auth/session.server";
import { getSoftwareBySlug } from "~/modules/software/software-queries.server";

/** GET /software/:slug/publiccode.yml — the entry exported as publiccode.yml again. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  // A draft exports only for those who may read it.
  const entry = await getSoftwareBySlug(params.slug ?? "", await getSessionUser(request));
  return new Response(toPubliccodeYaml(entry.publiccode as unknown as PubliccodeData), {
    headers: {
      "Content-Type": "application/yaml; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
