import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { getFrameworkOverview } from "~/modules/spbe/spbe.server";
import { notFound } from "~/utils/app-error";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "SPBE" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const framework = await getFrameworkOverview();
  if (!framework) throw notFound();
  return { framework, title: translator(languageOf(request))("spbe.metaTitle") };
}

export default function SpbePage() {
  const { framework } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const en = language === "en";
  const percent = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 });
  const indicatorCount = framework.domains.reduce(
    (sum, d) => sum + d.aspects.reduce((s, a) => s + a.indicators.length, 0),
    0,
  );
  const totalWeight = framework.domains.reduce((sum, d) => sum + d.weight, 0);
  return (
    <div className="container section">
      <h1>{t("spbe.title")}</h1>
      <p className="lead">{en ? framework.titleEn : framework.title}</p>
      <p className="muted">{framework.regulation}</p>
      <p>
        {t("spbe.summary", {
          domains: framework.domains.length,
          indicators: indicatorCount,
          total: percent.format(totalWeight),
        })}
      </p>
      {framework.note ? <p className="notice">{en ? framework.noteEn : framework.note}</p> : null}

      <section className="section" aria-labelledby="levels-title">
        <h2 id="levels-title">{t("spbe.levelsTitle")}</h2>
        <ol className="level-list">
          {framework.maturityLevels.map((level) => (
            <li key={level.level}>
              <strong>
                {level.level}. {en ? level.nameEn : level.name}
              </strong>{" "}
              — {en ? level.descriptionEn : level.description}
            </li>
          ))}
        </ol>
        <h3>{t("spbe.predicatesTitle")}</h3>
        <table className="compact-table">
          <thead>
            <tr>
              <th scope="col">{t("spbe.predicate")}</th>
              <th scope="col">{t("spbe.indexRange")}</th>
            </tr>
          </thead>
          <tbody>
            {framework.predicates.map((band, index) => (
              <tr key={band.name}>
                <td>{en ? band.nameEn : band.name}</td>
                <td>{index === 0 ? `${band.min} – ${band.max}` : `${band.min} – < ${band.max}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {framework.domains.map((domain) => (
        <section
          key={domain.number}
          className="section"
          aria-labelledby={`domain-${domain.number}`}
        >
          <h2 id={`domain-${domain.number}`}>
            {t("spbe.domain", { number: domain.number })}: {en ? domain.titleEn : domain.title}{" "}
            <span className="weight">{percent.format(domain.weight)} %</span>
          </h2>
          {domain.aspects.map((aspect) => (
            <div key={aspect.number} className="aspect">
              <h3>
                {t("spbe.aspect", { number: aspect.number })}: {en ? aspect.titleEn : aspect.title}{" "}
                <span className="weight">{percent.format(aspect.weight)} %</span>
              </h3>
              <table className="indicator-table">
                <thead>
                  <tr>
                    <th scope="col">{t("spbe.number")}</th>
                    <th scope="col">{t("spbe.indicator")}</th>
                    <th scope="col" className="num">
                      {t("spbe.weight")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {aspect.indicators.map((indicator) => (
                    <tr key={indicator.number}>
                      <td>{indicator.number}</td>
                      <td>
                        <Link to={`/spbe/indicators/${indicator.number}`}>
                          {en ? indicator.titleEn : indicator.title}
                        </Link>
                      </td>
                      <td className="num">{percent.format(indicator.weight)} %</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
