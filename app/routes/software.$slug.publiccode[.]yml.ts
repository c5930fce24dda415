import type { LoaderFunctionArgs } from "@remix-run/node";
import { toPubliccodeYaml, type PubliccodeData } from "~/modules/software/publiccode";
import { getSoftwareBySlug } from "~/modules/software/software-queries.server";

/** GET /software/:slug/publiccode.yml — the entry exported as publiccode.yml again. */
export async function loader({ params }: LoaderFunctionArgs) {
  const entry = await getSoftwareBySlug(params.slug ?? "");
  return new Response(toPubliccodeYaml(entry.publiccode as unknown as PubliccodeData), {
    headers: {
      "Content-Type": "application/yaml; charset=utf-8",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
