import { Form, Link } from "@remix-run/react";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { CohortQuery } from "~/modules/monitoring/cohort-query";
import { PARTICIPATION_STATUSES } from "~/modules/monitoring/participation-status";

/** The cohort table's filters (GET, so they work without JavaScript); the sort is kept. */
export function CohortFilters({
  query,
  provinces,
  cohorts,
}: {
  query: CohortQuery;
  provinces: ReadonlyArray<{ code: string; name: string }>;
  cohorts: ReadonlyArray<{ slug: string; name: string; nameEn: string; regions: number }>;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const active = countActive(query, ["province", "status", "cohort"]);
  return (
    <FilterDisclosure activeCount={active}>
      <Form
        method="get"
        action="/monitoring"
        className="filter-bar"
        role="search"
        aria-label={t("monitoring.filter.label")}
      >
        {query.sort ? <input type="hidden" name="sort" value={query.sort} /> : null}
        {query.dir ? <input type="hidden" name="dir" value={query.dir} /> : null}
        <div className="field">
          <label htmlFor="monitoring-province">{t("monitoring.filter.province")}</label>
          <select id="monitoring-province" name="province" defaultValue={query.province ?? ""}>
            <option value="">{t("monitoring.filter.allProvinces")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="monitoring-status">{t("monitoring.filter.status")}</label>
          <select id="monitoring-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("monitoring.filter.allStatuses")}</option>
            {PARTICIPATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`participation.status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="monitoring-cohort">{t("monitoring.filter.cohort")}</label>
          <select id="monitoring-cohort" name="cohort" defaultValue={query.cohort ?? ""}>
            <option value="">{t("monitoring.filter.allCohorts")}</option>
            {cohorts.map((c) => (
              <option key={c.slug} value={c.slug}>
                {t("monitoring.filter.cohortOption", {
                  name: language === "id" ? c.name : c.nameEn,
                  count: c.regions,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button type="submit" className="button">
            {t("monitoring.filter.apply")}
          </button>{" "}
          {active > 0 ? <Link to="/monitoring">{t("browse.clearFilters")}</Link> : null}
        </div>
      </Form>
    </FilterDisclosure>
  );
}
