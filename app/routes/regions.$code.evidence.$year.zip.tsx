import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound } from "~/utils/app-error";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { ZipImportForm } from "~/components/evidence/zip-import-form";
import { useTranslate } from "~/i18n/use-translate";
import {
  getZipImportForm,
  zipImportAction,
  type ZipImportAnswer,
} from "~/modules/evidence/evidence-zip-action.server";
import { yearSchema } from "~/modules/spbe/self-assessment.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · ZIP ${data.year} · Living Lab` : "Living Lab" },
];

function yearOf(param: string | undefined): number {
  const year = yearSchema.safeParse(param);
  if (!year.success) throw notFound();
  return year.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return getZipImportForm(params.code ?? "", yearOf(params.year), actor);
}

/** POST /regions/:code/evidence/:year/zip — one record per file of a ZIP with indicator folders. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const year = yearOf(params.year);
  return zipImportAction(
    request,
    actor,
    { regionCode: params.code ?? "", year },
    requestOrigin(request, context),
  );
}

export default function EvidenceZipPage() {
  const form = useLoaderData<typeof loader>();
  const answer = useActionData<ZipImportAnswer>();
  const t = useTranslate();
  const { region, year } = form;
  return (
    <div className="container section narrow">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to={`/regions/${region.code}`}>{region.name}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${region.code}/evidence/${year}`}>
          {t("evidence.board.title", { year: String(year) })}
        </Link>
      </nav>
      <h1>{t("evidenceZip.title", { year: String(year) })}</h1>
      <p>{t("evidenceZip.intro")}</p>
      <ZipImportForm
        action={`/regions/${region.code}/evidence/${year}/zip`}
        maturityLevels={form.maturityLevels}
        maxMegabytes={form.maxMegabytes}
        year={year}
        answer={answer}
      />
    </div>
  );
}
