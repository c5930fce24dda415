import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { statusLabelKey } from "~/modules/review/workflow";
import { can } from "~/auth/policy";
import { getSessionUser } from "~/auth/session.server";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import { EmptyResult, IgnoredFiltersNotice } from "~/components/list-notices";
import { Pagination } from "~/components/pagination";
import { PracticeCard } from "~/components/practice-card";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { SECTORS, STAGES, stageLabelKey } from "~/modules/practices/practice.schema";
import {
  listDimensionOptions,
  listPublishedPractices,
  practiceQuerySchema,
  regionsWithPublishedPractices,
  unpublishedPracticesFor,
} from "~/modules/practices/practice-queries.server";
import { listProvinces } from "~/modules/regions/regions.server";
import { listDomainOptions, listIndicatorOptions } from "~/modules/spbe/spbe.server";
import { keepIfOffered, parseListQuery, redirectPastLastPage } from "~/utils/list-query.server";
import { dataLabel } from "~/i18n/translate";

/** The label of each filter, as the notice about an ignored one names it. */
const FILTER_LABELS: Record<string, MessageKey> = {
  q: "practices.field.q",
  indicator: "practices.field.indicator",
  domain: "practices.field.domain",
  dimension: "practices.field.dimension",
  province: "practices.field.province",
  region: "browse.field.region",
  sector: "practices.field.sector",
  stage: "practices.field.stage",
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "" },
  {
    tagName: "link",
    rel: "alternate",
    type: "application/atom+xml",
    href: "/practices/feed.atom",
    title: data?.feedTitle ?? "",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(languageOf(request));
  const { query, ignored } = parseListQuery(practiceQuerySchema, new URL(request.url).searchParams);
  const viewer = await getSessionUser(request);
  const [indicators, domains, dimensions, provinces, regions, unpublished] = await Promise.all([
    listIndicatorOptions(),
    listDomainOptions(),
    listDimensionOptions(),
    listProvinces(),
    regionsWithPublishedPractices(),
    unpublishedPracticesFor(viewer),
  ]);
  keepIfOffered(
    query,
    "indicator",
    indicators.map((i) => i.number),
    ignored,
  );
  keepIfOffered(
    query,
    "domain",
    domains.map((d) => d.number),
    ignored,
  );
  keepIfOffered(
    query,
    "province",
    provinces.map((p) => p.code),
    ignored,
  );
  keepIfOffered(
    query,
    "region",
    regions.map((r) => r.code),
    ignored,
  );
  const result = await listPublishedPractices(query);
  redirectPastLastPage(request, query.page, result.total, query.limit);
  const mayWrite = Boolean(
    viewer &&
    viewer.memberships.some((m) => can(viewer, "record:create", { regionCode: m.regionCode })),
  );
  return {
    ...result,
    query,
    ignored,
    indicators,
    domains,
    dimensions,
    provinces,
    regions,
    unpublished,
    mayWrite,
    title: t("practices.title"),
    feedTitle: t("practices.feed"),
  };
}

export default function PracticesPage() {
  const {
    items,
    total,
    query,
    ignored,
    indicators,
    domains,
    dimensions,
    provinces,
    regions,
    unpublished,
    mayWrite,
  } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const en = useLanguage() === "en";
  const [searchParams] = useSearchParams();
  return (
    <div className="container section">
      <h1>{t("practices.title")}</h1>
      <p className="lead">{t("practices.lead")}</p>
      {mayWrite ? (
        <p>
          <Link className="button" to="/practices/new">
            {t("practices.new")}
          </Link>
        </p>
      ) : null}
      {unpublished.length ? (
        <section className="section" aria-labelledby="unpublished-title">
          <h2 id="unpublished-title">{t("practices.unpublishedTitle")}</h2>
          <ul className="plain-list">
            {unpublished.map((p) => (
              <li key={p.slug}>
                <Link to={`/practices/${p.slug}`}>{p.title}</Link> — {p.region.name} ·{" "}
                {t(statusLabelKey(p.status))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="list-head">
        <FilterDisclosure
          activeCount={countActive(query, [
            "q",
            "indicator",
            "domain",
            "dimension",
            "province",
            "sector",
            "stage",
            "region",
          ])}
        >
          <Form method="get" className="filter-grid" aria-label={t("practices.filterLabel")}>
            <div className="field">
              <label htmlFor="f-q">{t("practices.field.q")}</label>
              <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="f-indicator">{t("practices.field.indicator")}</label>
              <select id="f-indicator" name="indicator" defaultValue={query.indicator ?? ""}>
                <option value="">{t("practices.all")}</option>
                {indicators.map((i) => (
                  <option key={i.number} value={i.number}>
                    {t("browse.indicatorChip", {
                      number: i.number,
                      name: en ? i.titleEn : i.title,
                    })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-domain">{t("practices.field.domain")}</label>
              <select id="f-domain" name="domain" defaultValue={query.domain ?? ""}>
                <option value="">{t("practices.all")}</option>
                {domains.map((d) => (
                  <option key={d.number} value={d.number}>
                    {t("browse.domainOption", {
                      number: d.number,
                      name: en ? d.titleEn : d.title,
                    })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-dimension">{t("practices.field.dimension")}</label>
              <select id="f-dimension" name="dimension" defaultValue={query.dimension ?? ""}>
                <option value="">{t("practices.all")}</option>
                {dimensions.map((d) => (
                  <option key={d.key} value={d.key}>
                    {dataLabel(t, `dimension.${d.key}`, d.key)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-province">{t("practices.field.province")}</label>
              <select id="f-province" name="province" defaultValue={query.province ?? ""}>
                <option value="">{t("practices.all")}</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-region">{t("browse.field.region")}</label>
              <select id="f-region" name="region" defaultValue={query.region ?? ""}>
                <option value="">{t("practices.all")}</option>
                {regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-sector">{t("practices.field.sector")}</label>
              <select id="f-sector" name="sector" defaultValue={query.sector ?? ""}>
                <option value="">{t("practices.all")}</option>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(`practice.sector.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-stage">{t("practices.field.stage")}</label>
              <select id="f-stage" name="stage" defaultValue={query.stage ?? ""}>
                <option value="">{t("practices.all")}</option>
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {t(stageLabelKey(s))}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-sort">{t("practices.field.sort")}</label>
              <select id="f-sort" name="sort" defaultValue={query.sort}>
                <option value="newest">{t("practices.sort.newest")}</option>
                <option value="replicated">{t("practices.sort.replicated")}</option>
                <option value="viewed">{t("practices.sort.viewed")}</option>
              </select>
            </div>
            <button type="submit" className="button">
              {t("regions.apply")}
            </button>
          </Form>
        </FilterDisclosure>
        <IgnoredFiltersNotice ignored={ignored} labels={FILTER_LABELS} />
        <p className="result-count" aria-live="polite">
          {t("practices.count", { count: total })}
        </p>
      </div>
      {items.length === 0 ? (
        <EmptyResult message={t("practices.empty")} clearTo="/practices" />
      ) : (
        <ul className="card-grid wide">
          {items.map((practice) => (
            <PracticeCard key={practice.id} practice={practice} />
          ))}
        </ul>
      )}
      <Pagination
        page={query.page}
        pageCount={Math.max(1, Math.ceil(total / query.limit))}
        searchParams={searchParams}
      />
      <p>
        <a href="/practices/feed.atom">{t("practices.feed")}</a>
      </p>
    </div>
  );
}
