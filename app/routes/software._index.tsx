import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { can } from "~/auth/policy";
import { getSessionUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import { EmptyResult, IgnoredFiltersNotice } from "~/components/list-notices";
import { Pagination } from "~/components/pagination";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { DEVELOPMENT_STATUSES } from "~/modules/software/publiccode/vocabularies";
import {
  listSoftware,
  softwareFilterOptions,
  softwareQuerySchema,
} from "~/modules/software/software-queries.server";
import { listIndicatorOptions } from "~/modules/spbe/spbe.server";
import { keepIfOffered, parseListQuery, redirectPastLastPage } from "~/utils/list-query.server";
import { dataLabel } from "~/i18n/translate";

/** The label of each filter, as the notice about an ignored one names it. */
const FILTER_LABELS: Record<string, MessageKey> = {
  q: "practices.field.q",
  category: "software.field.category",
  indicator: "practices.field.indicator",
  license: "software.field.license",
  status: "software.field.status",
  tech: "software.field.tech",
  region: "browse.field.region",
  province: "practices.field.province",
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const mayPublish = Boolean(
    viewer?.memberships.some((m) => can(viewer, "record:create", { regionCode: m.regionCode })),
  );
  const { query, ignored } = parseListQuery(softwareQuerySchema, new URL(request.url).searchParams);
  const [options, indicators] = await Promise.all([
    softwareFilterOptions(),
    listIndicatorOptions(),
  ]);
  keepIfOffered(query, "category", options.categories, ignored);
  keepIfOffered(query, "license", options.licenses, ignored);
  keepIfOffered(query, "tech", options.tech, ignored);
  keepIfOffered(
    query,
    "indicator",
    indicators.map((i) => i.number),
    ignored,
  );
  keepIfOffered(
    query,
    "region",
    options.regions.map((r) => r.code),
    ignored,
  );
  keepIfOffered(
    query,
    "province",
    options.provinces.map((p) => p.code),
    ignored,
  );
  const result = await listSoftware(query);
  redirectPastLastPage(request, query.page, result.total, query.limit);
  return {
    query,
    ignored,
    options,
    indicators,
    total: result.total,
    items: result.items.map((s) => ({
      slug: s.slug,
      name: s.name,
      shortDescription: s.shortDescription,
      license: s.license,
      developmentStatus: s.developmentStatus,
      isDemo: s.isDemo,
      region: s.region,
      confirmedAdopters: s.confirmedAdopters,
      readiness: s.readiness,
      tech: s.tech,
    })),
    mayPublish,
    title: translator(languageOf(request))("software.title"),
  };
}

export default function SoftwarePage() {
  const { items, total, query, ignored, options, indicators, mayPublish } =
    useLoaderData<typeof loader>();
  const t = useTranslate();
  const en = useLanguage() === "en";
  const categoryName = (slug: string) => dataLabel(t, `software.category.${slug}`, slug);
  const [searchParams] = useSearchParams();
  return (
    <div className="container section">
      <h1>{t("software.title")}</h1>
      <p className="lead">{t("software.lead")}</p>
      {mayPublish ? (
        <p>
          <Link className="button" to="/software/new">
            {t("software.share")}
          </Link>
        </p>
      ) : null}
      <div className="list-head">
        <FilterDisclosure
          activeCount={countActive(query, [
            "q",
            "category",
            "indicator",
            "license",
            "status",
            "tech",
            "region",
            "province",
          ])}
        >
          <Form method="get" className="filter-grid" aria-label={t("software.filterLabel")}>
            <div className="field">
              <label htmlFor="s-q">{t("practices.field.q")}</label>
              <input id="s-q" name="q" type="search" defaultValue={query.q ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="s-category">{t("software.field.category")}</label>
              <select id="s-category" name="category" defaultValue={query.category ?? ""}>
                <option value="">{t("practices.all")}</option>
                {options.categories
                  .map((slug) => ({ slug, name: categoryName(slug) }))
                  .sort((a, b) => a.name.localeCompare(b.name, en ? "en" : "id"))
                  .map(({ slug, name }) => (
                    <option key={slug} value={slug}>
                      {name}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-indicator">{t("practices.field.indicator")}</label>
              <select id="s-indicator" name="indicator" defaultValue={query.indicator ?? ""}>
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
              <label htmlFor="s-license">{t("software.field.license")}</label>
              <select id="s-license" name="license" defaultValue={query.license ?? ""}>
                <option value="">{t("practices.all")}</option>
                {options.licenses.map((license) => (
                  <option key={license} value={license}>
                    {license}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-status">{t("software.field.status")}</label>
              <select id="s-status" name="status" defaultValue={query.status ?? ""}>
                <option value="">{t("practices.all")}</option>
                {DEVELOPMENT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`software.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-tech">{t("software.field.tech")}</label>
              <select id="s-tech" name="tech" defaultValue={query.tech ?? ""}>
                <option value="">{t("practices.all")}</option>
                {options.tech.map((tech) => (
                  <option key={tech} value={tech}>
                    {tech}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-region">{t("browse.field.region")}</label>
              <select id="s-region" name="region" defaultValue={query.region ?? ""}>
                <option value="">{t("practices.all")}</option>
                {options.regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-province">{t("practices.field.province")}</label>
              <select id="s-province" name="province" defaultValue={query.province ?? ""}>
                <option value="">{t("practices.all")}</option>
                {options.provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-sort">{t("practices.field.sort")}</label>
              <select id="s-sort" name="sort" defaultValue={query.sort}>
                <option value="newest">{t("practices.sort.newest")}</option>
                <option value="adopted">{t("software.sort.adopted")}</option>
                <option value="readiness">{t("software.sort.readiness")}</option>
              </select>
            </div>
            <button type="submit" className="button">
              {t("regions.apply")}
            </button>
          </Form>
        </FilterDisclosure>
        <IgnoredFiltersNotice ignored={ignored} labels={FILTER_LABELS} />
        <p className="result-count" aria-live="polite">
          {t("software.count", { count: total })}
        </p>
      </div>
      {items.length === 0 ? (
        <EmptyResult message={t("software.empty")} clearTo="/software" />
      ) : (
        <ul className="card-grid wide">
          {items.map((s) => (
            <li key={s.slug} className="card">
              <h2 className="card-title">
                <Link to={`/software/${s.slug}`}>{s.name}</Link> {s.isDemo ? <DemoBadge /> : null}
              </h2>
              <p className="muted">
                {s.region.name} · {s.license} ·{" "}
                {dataLabel(t, `software.status.${s.developmentStatus}`, s.developmentStatus)}
              </p>
              <p>{s.shortDescription}</p>
              <p className="muted">
                {t("software.readinessShort", { score: s.readiness })} ·{" "}
                {t("software.adoptersShort", { count: s.confirmedAdopters })}
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
