import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { notFound } from "~/utils/app-error";
import { getSessionUser } from "~/auth/session.server";
import { EvidenceBoardList } from "~/components/evidence/evidence-board";
import { EvidenceReadinessSummary } from "~/components/evidence-review/evidence-readiness-summary";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { getEvidenceBoardPage } from "~/modules/evidence/evidence-queries.server";
import { yearSchema } from "~/modules/spbe/self-assessment.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · ${data.year} · Living Lab` : "Living Lab" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const year = yearSchema.safeParse(params.year);
  if (!year.success) throw notFound();
  return getEvidenceBoardPage(params.code ?? "", year.data, await getSessionUser(request));
}

export default function EvidenceBoardPage() {
  const board = useLoaderData<typeof loader>();
  const t = useTranslate();
  const en = useLanguage() === "en";
  const { region, year } = board;
  const base = `/regions/${region.code}/evidence`;
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/regions">{t("nav.regions")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${region.code}`}>{region.name}</Link>
      </nav>
      <h1>{t("evidence.board.title", { year: String(year) })}</h1>
      <p className="lead">
        {t("evidence.board.intro", {
          count: board.total,
          framework: en ? board.framework.titleEn : board.framework.title,
        })}
      </p>
      <nav aria-label={t("evidence.board.yearNav")} className="year-nav">
        <Link to={`${base}/${year - 1}`} rel="prev">
          ← {year - 1}
        </Link>
        <strong aria-current="page">{year}</strong>
        <Link to={`${base}/${year + 1}`} rel="next">
          {year + 1} →
        </Link>
      </nav>
      <p className="notice">
        {t("evidence.board.summary", { withEvidence: board.withEvidence, total: board.total })} ·{" "}
        <Link to={`/regions/${region.code}/self-assessments/${year}`}>
          {t("evidence.board.assessmentLink", { year: String(year) })}
        </Link>
      </p>
      {board.may.write ? (
        <p>
          <Link to={`${base}/${year}/new`} className="button button-primary">
            {t("evidence.board.newRecord")}
          </Link>{" "}
          <Link to={`${base}/${year}/zip`} className="button">
            {t("evidence.board.zipImport")}
          </Link>
        </p>
      ) : null}
      {board.readiness ? <EvidenceReadinessSummary readiness={board.readiness} /> : null}
      <EvidenceBoardList board={board} readiness={board.readiness} />
    </div>
  );
}
