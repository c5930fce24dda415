import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { notFound } from "~/utils/app-error";
import { getSessionUser } from "~/auth/session.server";
import { GapIndicator } from "~/components/assessment/gap-indicator";
import { useIndexFormat } from "~/components/assessment/use-index-format";
import { useTranslate } from "~/i18n/use-translate";
import { getGapView } from "~/modules/spbe/gap-analysis.server";
import { draftEntryFor } from "~/modules/tracker/draft-entry";
import { yearSchema } from "~/modules/spbe/self-assessment.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.assessment.region.name} · ${data.assessment.year} · Living Lab`
      : "Living Lab",
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const year = yearSchema.safeParse(params.year);
  if (!year.success) throw notFound();
  const viewer = await getSessionUser(request);
  const view = await getGapView(params.code ?? "", year.data, viewer);
  const region = view.assessment.region.code;
  return { ...view, mayDraft: draftEntryFor(viewer, region) === "create" };
}

export default function GapPage() {
  const { assessment, basis, rows, selfAssessedPeersShown, mayDraft } =
    useLoaderData<typeof loader>();
  const t = useTranslate();
  const format = useIndexFormat();
  const { region, year } = assessment;
  const open = rows.filter((row) => row.gain > 0);
  const top = rows.filter((row) => row.gain === 0);
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/regions">{t("nav.regions")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${region.code}`}>{region.name}</Link>
      </nav>
      <h1>{t("gap.title", { year: String(year) })}</h1>
      <p className="lead">{t("gap.intro")}</p>
      <p className="notice">
        {t(`gap.basis.${basis}`, { year: String(year) })}{" "}
        <Link to={`/regions/${region.code}/self-assessments/${year}`}>
          {t("gap.assessmentLink", { year: String(year) })}
        </Link>
        {assessment.assessment
          ? ` · ${t("assessment.index")}: ${format(assessment.assessment.result.index)}`
          : null}
      </p>
      {selfAssessedPeersShown ? null : <p className="muted">{t("gap.signInForPeers")}</p>}
      <h2>{t("gap.openTitle", { count: open.length })}</h2>
      <ol className="gap-list">
        {open.map((row) => (
          <GapIndicator
            key={row.number}
            row={row}
            selfAssessedPeersShown={selfAssessedPeersShown}
            adopterRegionCode={mayDraft ? region.code : undefined}
          />
        ))}
      </ol>
      {top.length > 0 ? (
        <>
          <h2>{t("gap.topTitle", { count: top.length })}</h2>
          <ul className="inline-list">
            {top.map((row) => (
              <li key={row.number}>
                <Link to={`/spbe/indicators/${row.number}`}>{row.number}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
