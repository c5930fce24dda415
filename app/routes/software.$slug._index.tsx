import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import type { PubliccodeData } from "~/modules/software/publiccode";
import { getSoftwareBySlug } from "~/modules/software/software-queries.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.entry.name} · Living Lab` }] : [];

export async function loader({ params }: LoaderFunctionArgs) {
  const entry = await getSoftwareBySlug(params.slug ?? "");
  const data = entry.publiccode as unknown as PubliccodeData;
  return {
    entry: {
      slug: entry.slug,
      name: entry.name,
      url: entry.url,
      landingUrl: entry.landingUrl,
      license: entry.license,
      developmentStatus: entry.developmentStatus,
      softwareType: entry.softwareType,
      platforms: entry.platforms,
      categories: entry.categories,
      tech: entry.tech,
      requirements: entry.requirements,
      isDemo: entry.isDemo,
      region: entry.region,
      indicators: entry.indicators.map((i) => i.indicator),
      releases: entry.releases.map((r) => ({
        ...r,
        releaseDate: r.releaseDate.toISOString().slice(0, 10),
      })),
      adopters: entry.adoptions
        .filter((a) => a.status === "CONFIRMED")
        .map((a) => ({ region: a.region, version: a.version })),
      practices: entry.practices.map((p) => p.practice).filter((p) => p.status === "PUBLISHED"),
      readiness: entry.readiness,
      readmeHtml: entry.readme ? renderMarkdown(entry.readme) : "",
    },
    descriptions: data.descriptions,
    maintenance: data.maintenance,
  };
}

export default function SoftwareEntryPage() {
  const { entry, descriptions, maintenance } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const description = descriptions[language] ?? descriptions.id ?? Object.values(descriptions)[0];
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium" });
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/software">{t("software.title")}</Link>
      </nav>
      <h1>
        {entry.name} {entry.isDemo ? <DemoBadge /> : null}
      </h1>
      {description ? <p className="lead">{description.shortDescription}</p> : null}
      <dl className="facts">
        <div>
          <dt>{t("practice.region")}</dt>
          <dd>
            <Link to={`/regions/${entry.region.code}`}>{entry.region.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("software.field.license")}</dt>
          <dd>{entry.license}</dd>
        </div>
        <div>
          <dt>{t("software.field.status")}</dt>
          <dd>{entry.developmentStatus}</dd>
        </div>
        <div>
          <dt>{t("software.field.type")}</dt>
          <dd>{entry.softwareType}</dd>
        </div>
      </dl>
      <p className="actions">
        <a href={entry.url} rel="noopener noreferrer nofollow">
          {t("software.repository")}
        </a>
        <a href={`/software/${entry.slug}/publiccode.yml`}>publiccode.yml</a>
      </p>
      <div className="practice-layout">
        <article className="practice-body">
          {description?.longDescription ? (
            <section aria-labelledby="about">
              <h2 id="about">{t("software.about")}</h2>
              <p className="question-body">{description.longDescription}</p>
            </section>
          ) : null}
          {description?.features?.length ? (
            <section aria-labelledby="features">
              <h2 id="features">{t("software.features")}</h2>
              <ul>
                {description.features.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {entry.requirements ? (
            <section aria-labelledby="requirements">
              <h2 id="requirements">{t("software.requirements")}</h2>
              <p>{entry.requirements}</p>
            </section>
          ) : null}
          {entry.readmeHtml ? (
            <section aria-labelledby="readme">
              <h2 id="readme">README</h2>
              <div dangerouslySetInnerHTML={{ __html: entry.readmeHtml }} />
            </section>
          ) : null}
          <section aria-labelledby="releases">
            <h2 id="releases">{t("software.releases")}</h2>
            {entry.releases.length === 0 ? (
              <p className="empty-state">{t("software.noReleases")}</p>
            ) : (
              <ul className="plain-list">
                {entry.releases.map((r) => (
                  <li key={r.id}>
                    {r.version} · {date.format(new Date(r.releaseDate))}
                    {r.sha256 ? (
                      <>
                        {" "}
                        · <span className="code">sha256 {r.sha256}</span>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </article>
        <aside>
          <section className="aside-box" aria-labelledby="readiness-title">
            <h2 id="readiness-title">
              {t("readiness.title")}: {t("readiness.score", { score: entry.readiness.score })}
            </h2>
            <ul className="plain-list">
              {entry.readiness.reasons.map((r) => (
                <li key={r.key}>
                  {r.met ? "✓" : "✗"} {t(r.key)}
                </li>
              ))}
            </ul>
          </section>
          <section className="aside-box" aria-labelledby="adopters-title">
            <h2 id="adopters-title">{t("software.usedBy")}</h2>
            {entry.adopters.length === 0 ? (
              <p className="muted">{t("software.noAdopters")}</p>
            ) : (
              <ul className="plain-list">
                {entry.adopters.map((a) => (
                  <li key={a.region.code}>
                    <Link to={`/regions/${a.region.code}`}>{a.region.name}</Link>
                    {a.version ? ` (${a.version})` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {entry.indicators.length ? (
            <section className="aside-box" aria-labelledby="ind-title">
              <h2 id="ind-title">{t("practice.indicators")}</h2>
              <ul className="plain-list">
                {entry.indicators.map((i) => (
                  <li key={i.number}>
                    <Link to={`/spbe/indicators/${i.number}`}>
                      {i.number}. {language === "en" ? i.titleEn : i.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {entry.practices.length ? (
            <section className="aside-box" aria-labelledby="prac-title">
              <h2 id="prac-title">{t("software.practices")}</h2>
              <ul className="plain-list">
                {entry.practices.map((p) => (
                  <li key={p.slug}>
                    <Link to={`/practices/${p.slug}`}>{p.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {maintenance?.contacts?.length ? (
            <section className="aside-box" aria-labelledby="maint-title">
              <h2 id="maint-title">{t("software.maintenance")}</h2>
              <p className="muted">{maintenance.type}</p>
              <ul className="plain-list">
                {maintenance.contacts.map((c) => (
                  <li key={c.name}>
                    {c.name}
                    {c.email ? (
                      <>
                        {" "}
                        · <a href={`mailto:${c.email}`}>{c.email}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {entry.tech.length ? (
            <section className="aside-box" aria-labelledby="tech-title">
              <h2 id="tech-title">{t("software.field.tech")}</h2>
              <p className="chips">
                {entry.tech.map((x) => (
                  <span key={x} className="chip">
                    {x}
                  </span>
                ))}
              </p>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
