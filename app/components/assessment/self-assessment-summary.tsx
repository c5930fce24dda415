import { DemoBadge } from "~/components/demo-badge";
import { ScrollTable } from "~/components/scroll-table";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { SelfAssessmentView } from "~/modules/spbe/self-assessment.server";
import { useIndexFormat } from "./use-index-format";

/** The index, predicate and domain indexes of a self-assessment, beside last year and the official result. */
export function SelfAssessmentSummary({ view }: { view: SelfAssessmentView }) {
  const t = useTranslate();
  const language = useLanguage();
  const format = useIndexFormat();
  const { assessment, previous, official, year, framework } = view;
  const title = (item: { title: string; titleEn: string }) =>
    language === "en" ? item.titleEn : item.title;
  return (
    <section aria-labelledby="assessment-summary" className="section">
      <h2 id="assessment-summary" className="visually-hidden">
        {t("assessment.index")}
      </h2>
      <dl className="facts assessment-facts">
        <div>
          <dt>{t("assessment.status.label")}</dt>
          <dd>
            {assessment ? t(`assessment.status.${assessment.status}`) : t("assessment.status.none")}
            {assessment?.isDemo ? (
              <>
                {" "}
                <DemoBadge />
              </>
            ) : null}
            {assessment ? (
              <span className="muted block">{t(`assessment.statusHelp.${assessment.status}`)}</span>
            ) : null}
          </dd>
        </div>
        {assessment ? (
          <>
            <div>
              <dt>{t("assessment.index")}</dt>
              <dd>
                <strong className="figure">{format(assessment.result.index)}</strong>
                <span className="muted block">{t("assessment.indexHelp")}</span>
              </dd>
            </div>
            <div>
              <dt>{t("assessment.predicate")}</dt>
              <dd>
                {assessment.result.predicate
                  ? language === "en"
                    ? assessment.result.predicate.nameEn
                    : assessment.result.predicate.name
                  : "–"}
                <span className="muted block">
                  {t("assessment.rated", {
                    rated: assessment.result.rated,
                    total: assessment.result.indicatorCount,
                  })}
                </span>
              </dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t("assessment.previous", { year: String(year - 1) })}</dt>
          <dd>
            {previous
              ? `${format(previous.index)} (${t(`assessment.status.${previous.status}`)})`
              : t("assessment.previousNone", { year: String(year - 1) })}
          </dd>
        </div>
        <div>
          <dt>{t("assessment.official", { year: String(year) })}</dt>
          <dd>
            {official ? (
              <>
                <strong className="figure">{format(official.index)}</strong>
                {official.isDemo ? (
                  <>
                    {" "}
                    <DemoBadge />
                  </>
                ) : null}
                <span className="muted block">{official.source}</span>
              </>
            ) : (
              t("assessment.officialNone")
            )}
          </dd>
        </div>
      </dl>
      {assessment ? (
        <ScrollTable label={t("assessment.domains")}>
          <table>
            <caption>
              {t("assessment.domains")}
              <span className="muted block">{t("assessment.domainIndexHelp")}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("assessment.domainColumn")}</th>
                <th scope="col" className="numeric">
                  {t("assessment.index")}
                </th>
              </tr>
            </thead>
            <tbody>
              {framework.domains.map((domain) => (
                <tr key={domain.number}>
                  <th scope="row">
                    {domain.number}. {title(domain)}
                  </th>
                  <td className="numeric">
                    {format(
                      assessment.result.domains.find((d) => d.number === domain.number)?.index ?? 0,
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}
