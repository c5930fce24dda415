import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { statusLabelKey } from "~/modules/review/workflow";
import { DemoBadge } from "~/components/demo-badge";
import { SpbeIndexChart } from "~/components/spbe-index-chart";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { getSessionUser } from "~/auth/session.server";
import { practicesOfRegion } from "~/modules/practices/practice-queries.server";
import { getRegionProfile } from "~/modules/regions/regions.server";
import { cohortCounts } from "~/modules/cohorts/cohort-count.server";
import { cohortCountText } from "~/components/cohort-count";
import { softwareOfRegion } from "~/modules/software/software-queries.server";
import { notFound } from "~/utils/app-error";
import { VisitConversionSection } from "~/components/visits/visit-conversion";
import { conversionOf } from "~/modules/tracker/visits.server";
import { ReplicatedBy } from "~/components/tracker/replicated-by";
import { listReplications } from "~/modules/tracker/replications.server";
import { RegionKeyFiguresSection } from "~/components/region-report/region-key-figures";
import { regionKeyFigures } from "~/modules/monitoring/region-report.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · Living Lab` : "Living Lab" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = regionCodeSchema.safeParse(params.code);
  const region = code.success ? await getRegionProfile(code.data) : null;
  if (!region) throw notFound();
  const viewer = await getSessionUser(request);
  const [practices, software, counts, adopted, mentored, visitConversion, keyFigures] =
    await Promise.all([
      practicesOfRegion(region.code, viewer),
      softwareOfRegion(region.code, viewer),
      cohortCounts(region.cohorts.map((cohort) => cohort.slug)),
      listReplications({ regionCode: region.code, role: "adopter" }, viewer),
      listReplications({ regionCode: region.code, role: "mentor" }, viewer),
      conversionOf(region.code),
      regionKeyFigures(region.code),
    ]);
  const thisYear = new Date().getUTCFullYear();
  const assessmentYears = [thisYear, thisYear - 1, thisYear - 2];
  return {
    region,
    practices,
    software,
    assessmentYears,
    counts,
    adopted,
    mentored,
    visitConversion,
    keyFigures,
  };
}

export default function RegionPage() {
  const {
    region,
    practices,
    software,
    assessmentYears,
    counts,
    adopted,
    mentored,
    visitConversion,
    keyFigures,
  } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  return (
    <div className="container section region-page">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/regions">{t("nav.regions")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions?province=${region.province.code}`}>{region.province.name}</Link>
      </nav>
      <h1>{region.name}</h1>
      <dl className="facts">
        <div>
          <dt>{t("region.kind")}</dt>
          <dd>{t(region.kind === "kota" ? "regions.kind.kota" : "regions.kind.kabupaten")}</dd>
        </div>
        <div>
          <dt>{t("region.province")}</dt>
          <dd>
            <Link to={`/provinces/${region.province.code}`}>{region.province.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("region.code")}</dt>
          <dd className="code">{region.code}</dd>
        </div>
      </dl>
      {keyFigures ? <RegionKeyFiguresSection report={keyFigures} /> : null}

      <section className="section" aria-labelledby="cohorts-title">
        <h2 id="cohorts-title">{t("region.cohortsTitle")}</h2>
        {region.cohorts.length === 0 ? (
          <p className="empty-state">{t("region.cohortsEmpty")}</p>
        ) : (
          <ul className="plain-list">
            {region.cohorts.map((cohort) => (
              <li key={`${cohort.slug}-${cohort.role}`}>
                <Link to={`/regions?cohort=${cohort.slug}`}>
                  {language === "id" ? cohort.name : cohort.nameEn}
                </Link>{" "}
                —{" "}
                {t(
                  cohort.role === "host"
                    ? "region.cohortHost"
                    : cohort.basis === "top-spbe-index"
                      ? "region.cohortTopIndex"
                      : "region.cohortMember",
                )}{" "}
                {cohort.isDemo ? <DemoBadge /> : null}
                {counts[cohort.slug] ? (
                  <span className="muted"> · {cohortCountText(t, counts[cohort.slug]!)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="index-title">
        <h2 id="index-title">{t("region.indexTitle")}</h2>
        <SpbeIndexChart points={region.indexHistory} />
        <p>{t("region.assessmentIntro")}</p>
        <ul className="inline-list">
          {assessmentYears.map((year) => (
            <li key={year}>
              <Link to={`/regions/${region.code}/self-assessments/${year}`}>
                {t("region.assessmentLink", { year: String(year) })}
              </Link>
            </li>
          ))}
          <li>
            <Link to={`/regions/${region.code}/gap/${assessmentYears[0]}`}>
              {t("region.gapLink", { year: String(assessmentYears[0]) })}
            </Link>
          </li>
          <li>
            <Link to={`/regions/${region.code}/evidence/${assessmentYears[0]}`}>
              {t("evidence.boardLink", { year: String(assessmentYears[0]) })}
            </Link>
          </li>
          <li>
            <Link to={`/regions/${region.code}/tracker`}>{t("trackerViews.regionLink")}</Link>
          </li>
        </ul>
      </section>

      <div className="two-column">
        <section className="section card" aria-labelledby="practices-title">
          <h2 id="practices-title">{t("region.practicesTitle")}</h2>
          {practices.length === 0 ? (
            <p className="empty-state">{t("region.practicesEmpty")}</p>
          ) : (
            <ul className="plain-list">
              {practices.map((p) => (
                <li key={p.slug}>
                  <Link to={`/practices/${p.slug}`}>{p.title}</Link>{" "}
                  {p.isDemo ? <DemoBadge /> : null}
                  {p.status !== "PUBLISHED" ? (
                    <span className="muted"> · {t(statusLabelKey(p.status))}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="section card" aria-labelledby="software-title">
          <h2 id="software-title">{t("region.softwareTitle")}</h2>
          {software.owned.length + software.used.length === 0 ? (
            <p className="empty-state">{t("region.softwareEmpty")}</p>
          ) : (
            <>
              {software.owned.length ? (
                <>
                  <h3>{t("region.softwareOwned")}</h3>
                  <ul className="plain-list">
                    {software.owned.map((s) => (
                      <li key={s.slug}>
                        <Link to={`/software/${s.slug}`}>{s.name}</Link>{" "}
                        {s.isDemo ? <DemoBadge /> : null}
                        {s.status !== "PUBLISHED" ? (
                          <span className="muted"> · {t(statusLabelKey(s.status))}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {software.used.length ? (
                <>
                  <h3>{t("region.softwareUsed")}</h3>
                  <ul className="plain-list">
                    {software.used.map((s) => (
                      <li key={s.slug}>
                        <Link to={`/software/${s.slug}`}>{s.name}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          )}
        </section>
        <ReplicatedBy list={mentored} side="mentor" title="replications.titleMentored" />
        <ReplicatedBy list={adopted} side="adopter" title="replications.titleAdopted" />
      </div>
      <VisitConversionSection regionCode={region.code} figures={visitConversion} />
    </div>
  );
}
