// The coordinator's form for a region's official result: the index, its source, and the verified
// level per indicator where known (grouped by domain, one select each).
import { Form, useNavigation } from "@remix-run/react";
import { Field } from "~/components/form-field";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { FrameworkOverview } from "~/modules/spbe/spbe.server";
import { useIndexFormat } from "./use-index-format";

export function OfficialResultForm(props: {
  framework: FrameworkOverview;
  official: { index: number; source: string; levels: Record<number, number> } | null;
  values?: Record<string, string>;
  errors: Partial<Record<string, MessageKey>>;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const format = useIndexFormat();
  const busy = useNavigation().state !== "idle";
  const { framework, official, values, errors } = props;
  const title = (item: { title: string; titleEn: string }) =>
    language === "en" ? item.titleEn : item.title;
  const levelName = (level: number) => {
    const found = framework.maturityLevels.find((m) => m.level === level);
    return found ? (language === "en" ? found.nameEn : found.name) : String(level);
  };
  const levelOf = (n: number) =>
    values?.[`level-${n}`] ?? (official?.levels[n] ? String(official.levels[n]) : "");
  return (
    <Form method="post" className="stack official-form" noValidate>
      <Field
        name="index"
        label="official.field.index"
        hint="official.field.indexHint"
        inputMode="decimal"
        autoComplete="off"
        defaultValue={values?.index ?? (official ? format(official.index) : "")}
        error={errors.index}
      />
      <Field
        name="source"
        label="official.field.source"
        hint="official.field.sourceHint"
        defaultValue={values?.source ?? official?.source ?? ""}
        error={errors.source}
      />
      <fieldset className="field official-levels">
        <legend>{t("official.levels.title")}</legend>
        <p className="field-hint">{t("official.levels.hint")}</p>
        {framework.domains.map((domain) => (
          <div key={domain.number} className="official-domain">
            <h2>
              {t("spbe.domain", { number: domain.number })}. {title(domain)}
            </h2>
            {domain.aspects.flatMap((aspect) =>
              aspect.indicators.map((indicator) => {
                const name = `level-${indicator.number}`;
                const error = errors[name];
                return (
                  <div key={indicator.number} className="field official-level">
                    <label htmlFor={`field-${name}`}>
                      {indicator.number}. {title(indicator)}
                    </label>
                    <select
                      id={`field-${name}`}
                      name={name}
                      defaultValue={levelOf(indicator.number)}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `field-${name}-error` : undefined}
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
                    {error ? (
                      <p id={`field-${name}-error`} className="field-error">
                        {t(error)}
                      </p>
                    ) : null}
                  </div>
                );
              }),
            )}
          </div>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t("official.save")}
      </button>
    </Form>
  );
}
