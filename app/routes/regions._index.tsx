import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { can } from "~/auth/policy";
import { getSessionUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import { Pagination } from "~/components/pagination";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { parseRegionQuery, regionQuerySchema } from "~/modules/regions/regions.schema";
import { listCohorts, listProvinces, listRegions } from "~/modules/regions/regions.server";
import { cohortCount } from "~/modules/cohorts/cohort-count.server";
import { cohortCountText } from "~/components/cohort-count";
import { redirectPastLastPage } from "~/utils/list-query.server";
import { issueKey } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(languageOf(request));
  const parsed = parseRegionQuery(new URL(request.url).searchParams);
  const query = parsed.success ? parsed.data : regionQuerySchema.parse({});
  const errors = parsed.success ? [] : parsed.error.issues.map((issue) => issueKey(issue));
  const [result, provinces, cohorts, cohort] = await Promise.all([
    listRegions(query),
    listProvinces(),
    listCohorts(),
    query.cohort ? cohortCount(query.cohort) : null,
  ]);
  redirectPastLastPage(request, query.page, result.total, query.limit);
  const mayManageCohorts = can(await getSessionUser(request), "cohort:manage");
  return {
    ...result,
    query,
    errors,
    provinces,
    cohorts,
    cohort,
    mayManageCohorts,
    title: t("regions.metaTitle"),
  };
}

export default function RegionsPage() {
  const { items, total, query, errors, provinces, cohorts, cohort, mayManageCohorts } =
    useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const pageCount = Math.max(1, Math.ceil(total / query.limit));
  return (
    <div className="container section">
      <h1>{t("regions.title")}</h1>
      <p className="lead">{t("regions.lead")}</p>
      <div className="list-head">
        <FilterDisclosure activeCount={countActive(query, ["q", "province", "cohort"])}>
          <Form
            method="get"
            className="filter-bar"
            role="search"
            aria-label={t("regions.filterLabel")}
          >
            <div className="field">
              <label htmlFor="region-q">{t("regions.searchLabel")}</label>
              <input
                id="region-q"
                type="search"
                name="q"
                defaultValue={query.q ?? ""}
                placeholder={t("regions.searchPlaceholder")}
              />
            </div>
            <div className="field">
              <label htmlFor="region-province">{t("regions.provinceLabel")}</label>
              <select id="region-province" name="province" defaultValue={query.province ?? ""}>
                <option value="">{t("regions.allProvinces")}</option>
                {provinces.map((province) => (
                  <option key={province.code} value={province.code}>
                    {province.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="region-cohort">{t("regions.cohortLabel")}</label>
              <select id="region-cohort" name="cohort" defaultValue={query.cohort ?? ""}>
                <option value="">{t("regions.allRegions")}</option>
                {cohorts.map((cohort) => (
                  <option key={cohort.slug} value={cohort.slug}>
                    {language === "id" ? cohort.name : cohort.nameEn}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t("regions.apply")}
            </button>
          </Form>
        </FilterDisclosure>
        {errors.length > 0 ? (
          <div className="notice notice-error" role="alert">
            {errors.map((key) => (
              <p key={key}>{t(key)}</p>
            ))}
          </div>
        ) : null}
        <p className="result-count" aria-live="polite">
          {t("regions.resultCount", { count: total })}
        </p>
        {cohort ? (
          <p className="cohort-count">
            {t("cohort.countOf", {
              cohort: language === "id" ? cohort.name : cohort.nameEn,
              count: cohortCountText(t, cohort),
            })}{" "}
            {cohort.isDemo ? <DemoBadge /> : null}
          </p>
        ) : null}
      </div>
      {items.length === 0 ? (
        <div className="empty-state">
          <p>{t("regions.empty")}</p>
          <Link to="/regions">{t("regions.clearFilters")}</Link>
        </div>
      ) : (
        <ul className="card-grid">
          {items.map((region) => (
            <li key={region.code} className="card">
              <h2 className="card-title">
                <Link to={`/regions/${region.code}`}>{region.name}</Link>
              </h2>
              <p className="muted">
                {t(region.kind === "kota" ? "regions.kind.kota" : "regions.kind.kabupaten")} ·{" "}
                {region.province.name} · <span className="code">{region.code}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={query.page} pageCount={pageCount} searchParams={searchParams} />
      {cohorts.some((cohort) => cohort.isDemo) && query.cohort ? (
        <p className="muted">
          <DemoBadge /> {t("regions.demoCohortNote")}
        </p>
      ) : null}
      {mayManageCohorts && query.cohort ? (
        <p>
          <Link to={`/cohorts/${query.cohort}/manage`}>{t("cohort.manageLink")}</Link>
        </p>
      ) : null}
      <p className="attribution">{t("regions.attribution")}</p>
    </div>
  );
}
