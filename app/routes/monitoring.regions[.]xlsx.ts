import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { env } from "~/env.server";
import { languageOf } from "~/i18n/language.server";
import { cohortXlsx, exportFileName } from "~/modules/monitoring/cohort-export.server";
import { cohortTable } from "~/modules/monitoring/cohort-table.server";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** GET /monitoring/regions.xlsx?province=&status=&cohort=&sort=&dir=: the cohort table, every row. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const table = await cohortTable({ actor, searchParams: new URL(request.url).searchParams });
  const body = await cohortXlsx(table, languageOf(request), { demo: env().DEMO_MODE });
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${exportFileName(table, "xlsx")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
