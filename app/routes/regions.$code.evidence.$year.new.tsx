import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound } from "~/utils/app-error";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { EvidenceForm } from "~/components/evidence/evidence-form";
import { useTranslate } from "~/i18n/use-translate";
import { createEvidence } from "~/modules/evidence/evidence-commands.server";
import { evidenceFormAction } from "~/modules/evidence/evidence-form-action.server";
import type { EvidenceFormAnswer } from "~/modules/evidence/evidence-form";
import { getNewEvidenceForm } from "~/modules/evidence/evidence-queries.server";
import { evidenceInputFromForm } from "~/modules/evidence/evidence.schema";
import { yearSchema } from "~/modules/spbe/self-assessment.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · ${data.year} · Living Lab` : "Living Lab" },
];

function yearOf(param: string | undefined): number {
  const year = yearSchema.safeParse(param);
  if (!year.success) throw notFound();
  return year.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const form = await getNewEvidenceForm(params.code ?? "", yearOf(params.year), actor);
  const indicator = Number(new URL(request.url).searchParams.get("indicator"));
  return { ...form, preselected: Number.isInteger(indicator) && indicator > 0 ? [indicator] : [] };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const year = yearOf(params.year);
  const regionCode = params.code ?? "";
  return evidenceFormAction(
    request,
    actor,
    (fields, files) =>
      createEvidence(
        actor,
        { regionCode, year },
        evidenceInputFromForm(fields),
        files,
        requestOrigin(request, context),
      ),
    { notice: () => "evidence.notice.saved" },
  );
}

export default function NewEvidencePage() {
  const { region, year, indicatorGroups, maturityLevels, preselected } =
    useLoaderData<typeof loader>();
  const answer = useActionData<EvidenceFormAnswer>();
  const t = useTranslate();
  return (
    <div className="container section narrow">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to={`/regions/${region.code}`}>{region.name}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${region.code}/evidence/${year}`}>
          {t("evidence.board.title", { year: String(year) })}
        </Link>
      </nav>
      <h1>{t("evidence.form.newTitle", { year: String(year) })}</h1>
      <EvidenceForm
        action={`/regions/${region.code}/evidence/${year}/new`}
        initial={{
          title: "",
          description: "",
          indicators: preselected,
          level: "",
          effectiveDate: "",
          expiresOn: "",
          visibility: "private",
          links: [],
        }}
        pageAnswer={answer}
        indicatorGroups={indicatorGroups}
        maturityLevels={maturityLevels}
      />
    </div>
  );
}
