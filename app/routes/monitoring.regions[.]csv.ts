import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { env } from "~/env.server";
import { languageOf } from "~/i18n/language.server";
import { cohortCsv, exportFileName } from "~/modules/monitoring/cohort-export.server";
import { cohortTable } from "~/modules/monitoring/cohort-table.server";

/** GET /monitoring/regions.csv?province=&status=&cohort=&sort=&dir=: the cohort table, every row. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const table = await cohortTable({ actor, searchParams: new URL(request.url).searchParams });
  return new Response(cohortCsv(table, languageOf(request), { demo: env().DEMO_MODE }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(table, "csv")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
