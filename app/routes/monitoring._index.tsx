import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { can, monitoringScopeOf } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { EmptyResult, IgnoredFiltersNotice } from "~/components/list-notices";
import { CohortFilters } from "~/components/monitoring/cohort-filters";
import { CohortTable } from "~/components/monitoring/cohort-table";
import { ColumnDefinitions } from "~/components/monitoring/column-definitions";
import { MonitoringAlerts } from "~/components/monitoring/monitoring-alerts";
import { MonitoringSummary } from "~/components/monitoring/monitoring-summary";
import { ProvinceRollups } from "~/components/monitoring/province-rollups";
import { env } from "~/env.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { COHORT_QUERY_LABELS, cohortQueryString } from "~/modules/monitoring/cohort-query";
import { monitoringDashboard } from "~/modules/monitoring/cohort-table.server";
import { monitoringCharts } from "~/modules/monitoring/monitoring-charts.server";
import { sharedFigures } from "~/modules/monitoring/participation-cache.server";
import { MonitoringCharts } from "~/components/monitoring/monitoring-charts";
import { figureDefinitionParams } from "~/modules/monitoring/figures.server";
import monitoringStylesheet from "~/styles/monitoring.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: monitoringStylesheet }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** GET /monitoring?province=&status=&cohort=&sort=&dir=: the coordinators' dashboard. */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const searchParams = new URL(request.url).searchParams;
  const language = languageOf(request);
  // The unfiltered national view charts every region: no need to wait for the table's rows.
  const national =
    monitoringScopeOf(actor) === "all" &&
    !["province", "status", "cohort"].some((key) => searchParams.get(key));
  const [dashboard, nationalCharts] = await Promise.all([
    monitoringDashboard({ actor, searchParams }),
    national
      ? sharedFigures(JSON.stringify(["charts", "all", language]), () =>
          monitoringCharts("all", language),
        )
      : null,
  ]);
  // The charts show the rows the table shows (the filters applied), all regions read as one scope.
  const everyRegion = dashboard.scope === "all" && dashboard.rows.length === dashboard.inScopeCount;
  const charts =
    everyRegion && nationalCharts
      ? nationalCharts
      : await monitoringCharts(
          everyRegion ? "all" : dashboard.rows.map((row) => row.code),
          language,
        );
  return {
    ...dashboard,
    charts,
    title: translator(language)("monitoring.title"),
    demo: env().DEMO_MODE,
    mayConfigure: can(actor, "monitoring:configure"),
    figureParams: await figureDefinitionParams({
      thresholds: dashboard.thresholds,
      year: dashboard.year,
    }),
  };
}

export default function MonitoringPage() {
  const data = useLoaderData<typeof loader>();
  const t = useTranslate();
  const exportQuery = cohortQueryString(data.query);
  return (
    <div className="container section monitoring-page">
      <h1>{t("monitoring.title")}</h1>
      <p className="lead">{t("monitoring.lead")}</p>
      <p>
        {data.scope === "all"
          ? t("monitoring.scope.national")
          : t("monitoring.scope.provinces", {
              names: data.provinces.map((p) => p.name).join(", "),
            })}
      </p>
      <p>
        {t("monitoring.thresholds", data.thresholds)}
        {data.mayConfigure ? (
          <>
            {" "}
            <Link to="/monitoring/settings">{t("monitoring.thresholds.change")}</Link>
          </>
        ) : null}
      </p>
      {data.demo ? <p className="notice">{t("monitoring.demo")}</p> : null}
      <IgnoredFiltersNotice ignored={data.ignored} labels={COHORT_QUERY_LABELS} />
      <div className="list-head">
        <CohortFilters query={data.query} provinces={data.provinces} cohorts={data.cohorts} />
        <p className="result-count" role="status">
          {t("monitoring.count", { shown: data.rows.length, total: data.inScopeCount })}
        </p>
      </div>
      <p className="monitoring-downloads">
        {t("monitoring.download")}{" "}
        <a href={`/monitoring/regions.csv${exportQuery}`} download>
          {t("monitoring.download.csv")}
        </a>{" "}
        ·{" "}
        <a href={`/monitoring/regions.xlsx${exportQuery}`} download>
          {t("monitoring.download.xlsx")}
        </a>
      </p>
      <MonitoringSummary rows={data.rows} stalled={data.alerts.stalled.length} />
      <MonitoringAlerts
        inactive={data.alerts.inactive}
        stalled={data.alerts.stalled}
        inactiveAfterDays={data.thresholds.activeDays}
      />
      <MonitoringCharts charts={data.charts} />
      <section aria-labelledby="monitoring-table" className="monitoring-section">
        <h2 id="monitoring-table">{t("monitoring.table.title")}</h2>
        <ColumnDefinitions params={data.figureParams} />
        {data.rows.length === 0 ? (
          <EmptyResult message={t("monitoring.empty")} clearTo="/monitoring" />
        ) : (
          <CohortTable
            rows={data.rows}
            query={data.query}
            sort={data.sort}
            dir={data.dir}
            year={data.year}
            params={data.figureParams}
          />
        )}
      </section>
      {data.rollups.length > 0 ? <ProvinceRollups rollups={data.rollups} year={data.year} /> : null}
    </div>
  );
}
