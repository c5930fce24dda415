import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { can } from "~/auth/policy";
import { getSessionUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import { Pagination } from "~/components/pagination";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { listSoftware, softwareQuerySchema } from "~/modules/software/software-queries.server";
import { SPBE_INDICATOR_COUNT } from "~/modules/spbe/framework";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const mayPublish = Boolean(
    viewer?.memberships.some((m) => can(viewer, "record:create", { regionCode: m.regionCode })),
  );
  const parsed = softwareQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  const query = parsed.success ? parsed.data : softwareQuerySchema.parse({});
  const result = await listSoftware(query);
  return {
    query,
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
  const { items, total, query, mayPublish } = useLoaderData<typeof loader>();
  const t = useTranslate();
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
              <input
                id="s-category"
                name="category"
                defaultValue={query.category ?? ""}
                placeholder="document-management"
              />
            </div>
            <div className="field">
              <label htmlFor="s-indicator">{t("practices.field.indicator")}</label>
              <input
                id="s-indicator"
                name="indicator"
                type="number"
                min={1}
                max={SPBE_INDICATOR_COUNT}
                defaultValue={query.indicator ?? ""}
              />
            </div>
            <div className="field">
              <label htmlFor="s-license">{t("software.field.license")}</label>
              <input
                id="s-license"
                name="license"
                defaultValue={query.license ?? ""}
                placeholder="AGPL-3.0-or-later"
              />
            </div>
            <div className="field">
              <label htmlFor="s-status">{t("software.field.status")}</label>
              <select id="s-status" name="status" defaultValue={query.status ?? ""}>
                <option value="">{t("practices.all")}</option>
                {["concept", "development", "beta", "stable", "obsolete"].map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="s-tech">{t("software.field.tech")}</label>
              <input
                id="s-tech"
                name="tech"
                defaultValue={query.tech ?? ""}
                placeholder="laravel"
              />
            </div>
            <div className="field">
              <label htmlFor="s-sort">{t("practices.field.sort")}</label>
              <select id="s-sort" name="sort" defaultValue={query.sort}>
                <option value="newest">{t("practices.sort.newest")}</option>
                <option value="adopted">{t("software.sort.adopted")}</option>
                <option value="readiness">{t("software.sort.readiness")}</option>
              </select>
            </div>
            <input type="hidden" name="region" value={query.region ?? ""} />
            <input type="hidden" name="province" value={query.province ?? ""} />
            <button type="submit" className="button">
              {t("regions.apply")}
            </button>
          </Form>
        </FilterDisclosure>
        <p className="result-count" aria-live="polite">
          {t("software.count", { count: total })}
        </p>
      </div>
      {items.length === 0 ? (
        <p className="empty-state">{t("software.empty")}</p>
      ) : (
        <ul className="card-grid wide">
          {items.map((s) => (
            <li key={s.slug} className="card">
              <h2 className="card-title">
                <Link to={`/software/${s.slug}`}>{s.name}</Link> {s.isDemo ? <DemoBadge /> : null}
              </h2>
              <p className="muted">
                {s.region.name} · {s.license} · {s.developmentStatus}
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
