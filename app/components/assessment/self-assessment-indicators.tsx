import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { SelfAssessmentView } from "~/modules/spbe/self-assessment.server";
import { useIndexFormat } from "./use-index-format";

type Framework = SelfAssessmentView["framework"];

/** The indicators grouped by domain and aspect: a level and a justification each, or read-only. */
export function SelfAssessmentIndicators({
  framework,
  levels,
  official,
  editable,
  errors,
}: {
  framework: Framework;
  levels: Record<number, { level: number; justification: string }>;
  official: Record<number, number>;
  editable: boolean;
  errors: Partial<Record<string, MessageKey>>;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const format = useIndexFormat();
  const title = (item: { title: string; titleEn: string }) =>
    language === "en" ? item.titleEn : item.title;
  const levelName = (level: number) => {
    const found = framework.maturityLevels.find((m) => m.level === level);
    return found ? (language === "en" ? found.nameEn : found.name) : String(level);
  };
  return (
    <div className="assessment-indicators">
      {framework.domains.map((domain) => (
        <section key={domain.number} aria-labelledby={`domain-${domain.number}`}>
          <h2 id={`domain-${domain.number}`}>
            {t("spbe.domain", { number: domain.number })}. {title(domain)}
          </h2>
          {domain.aspects.map((aspect) => (
            <fieldset key={aspect.number} className="assessment-aspect">
              <legend>
                {t("spbe.aspect", { number: aspect.number })}. {title(aspect)}
              </legend>
              {aspect.indicators.map((indicator) => {
                const current = levels[indicator.number];
                const levelError = errors[`level-${indicator.number}`];
                const justificationError = errors[`justification-${indicator.number}`];
                const officialLevel = official[indicator.number];
                return (
                  <div key={indicator.number} className="assessment-row">
                    <p className="assessment-indicator" id={`indicator-${indicator.number}`}>
                      <a href={`/spbe/indicators/${indicator.number}`}>
                        {indicator.number}. {title(indicator)}
                      </a>{" "}
                      <span className="muted">
                        ({t("assessment.indicatorWeight", { weight: format(indicator.weight) })})
                        {officialLevel
                          ? ` · ${t("assessment.officialLevel", { level: officialLevel })}`
                          : null}
                      </span>
                    </p>
                    {editable ? (
                      <div className="assessment-inputs">
                        <label className="field">
                          <span className="label">{t("assessment.level")}</span>
                          <select
                            id={`field-level-${indicator.number}`}
                            name={`level-${indicator.number}`}
                            defaultValue={current ? String(current.level) : ""}
                            aria-invalid={levelError ? true : undefined}
                            aria-describedby={
                              levelError
                                ? `error-level-${indicator.number}`
                                : `indicator-${indicator.number}`
                            }
                          >
                            <option value="">{t("assessment.levelNone")}</option>
                            {framework.maturityLevels.map((m) => (
                              <option key={m.level} value={m.level}>
                                {t("assessment.levelOption", {
                                  level: m.level,
                                  name: levelName(m.level),
                                })}
                              </option>
                            ))}
                          </select>
                          {levelError ? (
                            <span className="field-error" id={`error-level-${indicator.number}`}>
                              {t(levelError)}
                            </span>
                          ) : null}
                        </label>
                        <label className="field">
                          <span className="label">{t("assessment.justification")}</span>
                          <textarea
                            id={`field-justification-${indicator.number}`}
                            name={`justification-${indicator.number}`}
                            rows={2}
                            defaultValue={current?.justification ?? ""}
                            aria-invalid={justificationError ? true : undefined}
                          />
                          {justificationError ? (
                            <span className="field-error">{t(justificationError)}</span>
                          ) : null}
                        </label>
                      </div>
                    ) : (
                      <p className="assessment-readonly">
                        <strong>
                          {current
                            ? t("assessment.levelOption", {
                                level: current.level,
                                name: levelName(current.level),
                              })
                            : t("assessment.levelNone")}
                        </strong>
                        {current?.justification ? ` — ${current.justification}` : null}
                      </p>
                    )}
                  </div>
                );
              })}
            </fieldset>
          ))}
        </section>
      ))}
    </div>
  );
}
