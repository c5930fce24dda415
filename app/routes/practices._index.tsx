import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { can } from "~/auth/policy";
import { getSessionUser } from "~/auth/session.server";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import { Pagination } from "~/components/pagination";
import { PracticeCard } from "~/components/practice-card";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { DIMENSIONS, SECTORS, STAGES } from "~/modules/practices/practice.schema";
import {
  listPublishedPractices,
  parsePracticeQuery,
  practiceQuerySchema,
  unpublishedPracticesFor,
} from "~/modules/practices/practice-queries.server";
import { listProvinces } from "~/modules/regions/regions.server";
import { listIndicatorOptions } from "~/modules/spbe/spbe.server";

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
  const parsed = parsePracticeQuery(new URL(request.url).searchParams);
  const query = parsed.success ? parsed.data : practiceQuerySchema.parse({});
  const viewer = await getSessionUser(request);
  const [result, indicators, provinces, unpublished] = await Promise.all([
    listPublishedPractices(query),
    listIndicatorOptions(),
    listProvinces(),
    unpublishedPracticesFor(viewer),
  ]);
  const mayWrite = Boolean(
    viewer &&
    viewer.memberships.some((m) => can(viewer, "record:create", { regionCode: m.regionCode })),
  );
  return {
    ...result,
    query,
    indicators,
    provinces,
    unpublished,
    mayWrite,
    title: t("practices.title"),
    feedTitle: t("practices.feed"),
  };
}

export default function PracticesPage() {
  const { items, total, query, indicators, provinces, unpublished, mayWrite } =
    useLoaderData<typeof loader>();
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
                {t(`practice.status.${p.status}`)}
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
                    {i.number}. {en ? i.titleEn : i.title}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-domain">{t("practices.field.domain")}</label>
              <select id="f-domain" name="domain" defaultValue={query.domain ?? ""}>
                <option value="">{t("practices.all")}</option>
                {[1, 2, 3, 4].map((d) => (
                  <option key={d} value={d}>
                    {t("spbe.domain", { number: d })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="f-dimension">{t("practices.field.dimension")}</label>
              <select id="f-dimension" name="dimension" defaultValue={query.dimension ?? ""}>
                <option value="">{t("practices.all")}</option>
                {DIMENSIONS.map((d) => (
                  <option key={d} value={d}>{`Smart ${d[0]!.toUpperCase()}${d.slice(1)}`}</option>
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
                    {t(`practice.stage.${s}`)}
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
            <input type="hidden" name="region" value={query.region ?? ""} />
            <button type="submit" className="button">
              {t("regions.apply")}
            </button>
          </Form>
        </FilterDisclosure>
        <p className="result-count" aria-live="polite">
          {t("practices.count", { count: total })}
        </p>
      </div>
      {items.length === 0 ? (
        <p className="empty-state">{t("practices.empty")}</p>
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
