import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { SpbeIndexChart } from "~/components/spbe-index-chart";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { MessageKey } from "~/i18n/translate";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { getRegionProfile } from "~/modules/regions/regions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · Living Lab` : "Living Lab" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const code = regionCodeSchema.safeParse(params.code);
  const region = code.success ? await getRegionProfile(code.data) : null;
  if (!region) throw new Response("Not found", { status: 404 });
  return { region };
}

const UPCOMING_SECTIONS: Array<{ title: MessageKey; empty: MessageKey }> = [
  { title: "region.practicesTitle", empty: "region.practicesEmpty" },
  { title: "region.softwareTitle", empty: "region.softwareEmpty" },
  { title: "region.evidenceTitle", empty: "region.evidenceEmpty" },
  { title: "region.trackerTitle", empty: "region.trackerEmpty" },
];

export default function RegionPage() {
  const { region } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/regions">{t("nav.regions")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions?province=${region.province.code}`}>{region.province.name}</Link>
      </nav>
      <h1>{region.name}</h1>
      <dl className="facts">
        <div>
          <dt>{t("region.kind")}</dt>
          <dd>{t(region.kind === "kota" ? "regions.kind.kota" : "regions.kind.kabupaten")}</dd>
        </div>
        <div>
          <dt>{t("region.province")}</dt>
          <dd>{region.province.name}</dd>
        </div>
        <div>
          <dt>{t("region.code")}</dt>
          <dd className="code">{region.code}</dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="cohorts-title">
        <h2 id="cohorts-title">{t("region.cohortsTitle")}</h2>
        {region.cohorts.length === 0 ? (
          <p className="empty-state">{t("region.cohortsEmpty")}</p>
        ) : (
          <ul className="plain-list">
            {region.cohorts.map((cohort) => (
              <li key={`${cohort.slug}-${cohort.role}`}>
                <Link to={`/regions?cohort=${cohort.slug}`}>
                  {language === "id" ? cohort.name : cohort.nameEn}
                </Link>{" "}
                —{" "}
                {t(
                  cohort.role === "host"
                    ? "region.cohortHost"
                    : cohort.basis === "top-spbe-index"
                      ? "region.cohortTopIndex"
                      : "region.cohortMember",
                )}{" "}
                {cohort.isDemo ? <DemoBadge /> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="index-title">
        <h2 id="index-title">{t("region.indexTitle")}</h2>
        <SpbeIndexChart points={region.indexHistory} />
      </section>

      <div className="two-column">
        {UPCOMING_SECTIONS.map((section) => (
          <section key={section.title} className="section card" aria-label={t(section.title)}>
            <h2>{t(section.title)}</h2>
            <p className="empty-state">{t(section.empty)}</p>
          </section>
        ))}
      </div>
    </div>
  );
}
