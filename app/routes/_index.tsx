import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { getPortalStats } from "~/modules/reference/portal-stats.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? "Living Lab" },
  { name: "description", content: data?.description ?? "" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(languageOf(request));
  return { stats: await getPortalStats(), title: t("home.metaTitle"), description: t("home.lead") };
}

export default function HomePage() {
  const { stats } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <>
      <section className="hero">
        <div className="container">
          <p className="eyebrow">{t("home.eyebrow")}</p>
          <h1>{t("home.title")}</h1>
          <p className="lead">{t("home.lead")}</p>
          <p className="actions">
            <Link className="button" to="/regions">
              {t("home.ctaRegions")}
            </Link>
            <Link className="button secondary" to="/spbe">
              {t("home.ctaSpbe")}
            </Link>
          </p>
        </div>
      </section>
      <section className="container section" aria-labelledby="figures-title">
        <h2 id="figures-title">{t("home.figuresTitle")}</h2>
        <ul className="stat-grid">
          <li>
            <span className="stat-value">{stats.provinces}</span>
            <span>{t("home.statProvinces")}</span>
          </li>
          <li>
            <span className="stat-value">{stats.regions}</span>
            <span>{t("home.statRegions")}</span>
          </li>
          <li>
            <span className="stat-value">{stats.indicators}</span>
            <span>{t("home.statIndicators")}</span>
          </li>
          {stats.pilotCohort ? (
            <li>
              <span className="stat-value">{stats.pilotCohort.participants}</span>
              <span>
                <Link to={`/regions?cohort=${stats.pilotCohort.slug}`}>{t("home.statPilot")}</Link>
                {stats.pilotCohort.host
                  ? ` ${t("cohort.plusHost", { host: stats.pilotCohort.host.name })}`
                  : null}{" "}
                {stats.pilotCohort.isDemo ? <DemoBadge /> : null}
              </span>
            </li>
          ) : null}
        </ul>
      </section>
      <section className="container section" aria-labelledby="how-title">
        <h2 id="how-title">{t("home.howTitle")}</h2>
        <ol className="steps">
          <li>
            <h3>{t("home.step1Title")}</h3>
            <p>{t("home.step1Body")}</p>
          </li>
          <li>
            <h3>{t("home.step2Title")}</h3>
            <p>{t("home.step2Body")}</p>
          </li>
          <li>
            <h3>{t("home.step3Title")}</h3>
            <p>{t("home.step3Body")}</p>
          </li>
        </ol>
      </section>
      <section className="container section" aria-labelledby="origin-title">
        <h2 id="origin-title">{t("home.originTitle")}</h2>
        <p>{t("home.originBody")}</p>
      </section>
    </>
  );
}
