import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { getSessionUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import { EmptyResult, IgnoredFiltersNotice } from "~/components/list-notices";
import { Pagination } from "~/components/pagination";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import {
  evidenceFilterOptions,
  evidenceListSchema,
  listEvidence,
} from "~/modules/evidence/evidence-list.server";
import { listIndicatorOptions } from "~/modules/spbe/spbe.server";
import { keepIfOffered, parseListQuery, redirectPastLastPage } from "~/utils/list-query.server";

const FILTER_LABELS: Record<string, MessageKey> = {
  q: "practices.field.q",
  indicator: "practices.field.indicator",
  level: "library.field.level",
  region: "browse.field.region",
  province: "practices.field.province",
  year: "library.field.year",
};
const LEVELS = [1, 2, 3, 4, 5];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** GET /evidence — the example library: public records, and members-level ones for members. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const { query, ignored } = parseListQuery(evidenceListSchema, new URL(request.url).searchParams);
  const [options, indicators] = await Promise.all([
    evidenceFilterOptions(viewer),
    listIndicatorOptions(),
  ]);
  const offered = {
    indicator: indicators.map((i) => i.number),
    region: options.regions.map((r) => r.code),
    province: options.provinces.map((p) => p.code),
    year: options.years,
  };
  for (const [key, values] of Object.entries(offered))
    keepIfOffered(query, key as keyof typeof offered, values, ignored);
  const result = await listEvidence(query, viewer);
  redirectPastLastPage(request, query.page, result.total, query.limit);
  return {
    query,
    ignored,
    options,
    indicators,
    total: result.total,
    items: result.items.map((r) => ({
      id: r.id,
      title: r.title,
      year: r.year,
      level: r.level,
      visibility: r.visibility,
      isDemo: r.isDemo,
      region: r.region.name,
      indicators: r.indicators,
    })),
    title: translator(languageOf(request))("library.title"),
  };
}

export default function EvidenceLibraryPage() {
  const { items, total, query, ignored, options, indicators } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const en = useLanguage() === "en";
  const [searchParams] = useSearchParams();
  const select = (
    name: "indicator" | "level" | "region" | "province" | "year",
    choices: Array<{ value: string | number; label: string }>,
  ) => (
    <div className="field">
      <label htmlFor={`e-${name}`}>{t(FILTER_LABELS[name]!)}</label>
      <select id={`e-${name}`} name={name} defaultValue={query[name] ?? ""}>
        <option value="">{t("practices.all")}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="container section">
      <h1>{t("library.title")}</h1>
      <p className="lead">{t("library.lead")}</p>
      <div className="list-head">
        <FilterDisclosure
          activeCount={countActive(query, [
            "q",
            "indicator",
            "level",
            "region",
            "province",
            "year",
          ])}
        >
          <Form method="get" className="filter-grid" aria-label={t("library.filterLabel")}>
            <div className="field">
              <label htmlFor="e-q">{t("practices.field.q")}</label>
              <input id="e-q" name="q" type="search" defaultValue={query.q ?? ""} />
            </div>
            {select(
              "indicator",
              indicators.map((i) => ({
                value: i.number,
                label: t("browse.indicatorChip", {
                  number: i.number,
                  name: en ? i.titleEn : i.title,
                }),
              })),
            )}
            {select(
              "level",
              LEVELS.map((level) => ({ value: level, label: t("library.levelOption", { level }) })),
            )}
            {select(
              "region",
              options.regions.map((r) => ({ value: r.code, label: r.name })),
            )}
            {select(
              "province",
              options.provinces.map((p) => ({ value: p.code, label: p.name })),
            )}
            {select(
              "year",
              options.years.map((y) => ({ value: y, label: String(y) })),
            )}
            <button type="submit" className="button">
              {t("regions.apply")}
            </button>
          </Form>
        </FilterDisclosure>
        <IgnoredFiltersNotice ignored={ignored} labels={FILTER_LABELS} />
        <p className="result-count" aria-live="polite">
          {t("library.count", { count: total })}
        </p>
      </div>
      {items.length === 0 ? (
        <EmptyResult message={t("library.empty")} clearTo="/evidence" />
      ) : (
        <ul className="card-grid wide">
          {items.map((r) => (
            <li key={r.id} className="card">
              <h2 className="card-title">
                <Link to={`/evidence/${r.id}`}>{r.title}</Link> {r.isDemo ? <DemoBadge /> : null}
              </h2>
              <p className="muted">
                {t("library.meta", { region: r.region, year: r.year, level: r.level })}
                {r.visibility === "members" ? ` · ${t("library.visibility.members")}` : ""}
              </p>
              <p>
                {r.indicators
                  .map((i) =>
                    t("browse.indicatorChip", { number: i.number, name: en ? i.titleEn : i.title }),
                  )
                  .join("; ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={query.page}
        pageCount={Math.max(1, Math.ceil(total / query.limit))}
        searchParams={searchParams}
      />
    </div>
  );
}
