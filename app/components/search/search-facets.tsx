import { Link } from "@remix-run/react";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { FacetLabels } from "~/modules/search/search-labels.server";
import { FACET_NAMES, type FacetCounts, type FacetName } from "~/modules/search/search.types";
import { searchHref } from "./search-href";
import { dataLabel } from "~/i18n/translate";

const MAX_VALUES = 12;

export function useFacetValueLabel(labels: FacetLabels) {
  const t = useTranslate();
  const indicatorNames = useLanguage() === "en" ? labels.indicatorEn : labels.indicator;
  return (facet: FacetName, value: string): string => {
    switch (facet) {
      case "type":
        return dataLabel(t, `search.type.${value}`, value);
      case "province":
        return labels.province[value] ?? value;
      case "region":
        return labels.region[value] ?? value;
      case "indicator":
        return `${t("search.indicator", { number: value })}${indicatorNames[value] ? ` · ${indicatorNames[value]}` : ""}`;
      case "dimension":
        return dataLabel(t, `dimension.${value}`, value);
      default:
        return value;
    }
  };
}

function sortedValues(facet: FacetName, counts: Record<string, number>): Array<[string, number]> {
  const entries = Object.entries(counts);
  if (facet === "year") return entries.sort((a, b) => Number(b[0]) - Number(a[0]));
  if (facet === "indicator")
    return entries.sort((a, b) => b[1] - a[1] || Number(a[0]) - Number(b[0]));
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Facet lists: each value links to the results narrowed to it, with its count. */
export function SearchFacets({
  facets,
  labels,
  params,
}: {
  facets: FacetCounts;
  labels: FacetLabels;
  params: URLSearchParams;
}) {
  const t = useTranslate();
  const labelOf = useFacetValueLabel(labels);
  return (
    <aside className="search-facets" aria-label={t("search.filters")}>
      <h2 className="visually-hidden">{t("search.filters")}</h2>
      {FACET_NAMES.map((facet) => {
        const values = sortedValues(facet, facets[facet]).slice(0, MAX_VALUES);
        if (values.length === 0 || params.get(facet)) return null;
        return (
          <section key={facet} className="search-facet">
            <h3>{t(`search.facet.${facet}`)}</h3>
            <ul>
              {values.map(([value, count]) => (
                <li key={value}>
                  <Link to={searchHref(params, { [facet]: value })} preventScrollReset>
                    <span>{labelOf(facet, value)}</span>
                    <span className="facet-count" aria-label={t("search.facet.count", { count })}>
                      {count}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}

/** The filters in force, each removable, and a link to clear them all. */
export function ActiveFilters({
  labels,
  params,
}: {
  labels: FacetLabels;
  params: URLSearchParams;
}) {
  const t = useTranslate();
  const labelOf = useFacetValueLabel(labels);
  const active = FACET_NAMES.filter((facet) => params.get(facet));
  if (active.length === 0) return null;
  const cleared = Object.fromEntries(active.map((facet) => [facet, null]));
  return (
    <ul className="active-filters">
      {active.map((facet) => {
        const value = params.get(facet) ?? "";
        const label = `${t(`search.facet.${facet}`)}: ${labelOf(facet, value)}`;
        return (
          <li key={facet}>
            <Link
              to={searchHref(params, { [facet]: null })}
              aria-label={t("search.removeFilter", { value: label })}
            >
              {label} <span aria-hidden="true">×</span>
            </Link>
          </li>
        );
      })}
      {active.length > 1 ? (
        <li>
          <Link to={searchHref(params, cleared)}>{t("search.clearFilters")}</Link>
        </li>
      ) : null}
    </ul>
  );
}
