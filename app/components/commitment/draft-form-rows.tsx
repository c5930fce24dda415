import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { MilestoneRowValues, IndicatorRowValues } from "~/modules/tracker/commitment-form";
import type { DraftFormOptions } from "~/modules/tracker/commitment-form.server";
import type { FieldErrors } from "~/utils/forms";

function RowError({ id, errors, name }: { id: string; errors: FieldErrors; name: string }) {
  const t = useTranslate();
  const message = errors[name];
  return message ? (
    <p id={`${id}-error`} className="field-error">
      {t(message)}
    </p>
  ) : null;
}

function rowInput(errors: FieldErrors, name: string) {
  const id = `field-${name}`;
  return {
    id,
    name,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-error` : undefined,
  } as const;
}

/** The target indicators: indicator, baseline level (prefilled) and target level, one row each. */
export function IndicatorRows({
  rows,
  count,
  indicators,
  errors,
}: {
  rows: IndicatorRowValues[];
  count: number;
  indicators: DraftFormOptions["indicators"];
  errors: FieldErrors;
}) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  return (
    <>
      {Array.from({ length: count }, (_, i) => {
        const row = rows[i] ?? { indicatorId: "", baselineLevel: "", targetLevel: "" };
        const name = (key: string) => `indicators.${i}.${key}`;
        return (
          <fieldset key={i} className="field draft-row">
            <legend>{t("tracker.form.indicator", { n: i + 1 })}</legend>
            <div className="field draft-row-wide">
              <label htmlFor={`field-${name("indicatorId")}`}>
                {t("tracker.form.indicatorPick")}
              </label>
              <select {...rowInput(errors, name("indicatorId"))} defaultValue={row.indicatorId}>
                <option value="">{t("tracker.form.choose")}</option>
                {indicators.map((indicator) => (
                  <option key={indicator.id} value={indicator.id}>
                    {indicator.number}. {en ? indicator.titleEn : indicator.title}
                  </option>
                ))}
              </select>
              <RowError
                id={`field-${name("indicatorId")}`}
                errors={errors}
                name={name("indicatorId")}
              />
            </div>
            <div className="field">
              <label htmlFor={`field-${name("baselineLevel")}`}>{t("tracker.form.baseline")}</label>
              <input
                {...rowInput(errors, name("baselineLevel"))}
                type="number"
                min={0}
                max={5}
                inputMode="numeric"
                defaultValue={row.baselineLevel}
              />
              <RowError
                id={`field-${name("baselineLevel")}`}
                errors={errors}
                name={name("baselineLevel")}
              />
            </div>
            <div className="field">
              <label htmlFor={`field-${name("targetLevel")}`}>{t("tracker.form.target")}</label>
              <input
                {...rowInput(errors, name("targetLevel"))}
                type="number"
                min={1}
                max={5}
                inputMode="numeric"
                defaultValue={row.targetLevel}
              />
              <RowError
                id={`field-${name("targetLevel")}`}
                errors={errors}
                name={name("targetLevel")}
              />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}

/** The milestones: title, due date and weight, one row each. */
export function MilestoneRows({
  rows,
  count,
  errors,
}: {
  rows: MilestoneRowValues[];
  count: number;
  errors: FieldErrors;
}) {
  const t = useTranslate();
  return (
    <>
      {Array.from({ length: count }, (_, i) => {
        const row = rows[i] ?? { title: "", dueOn: "", weight: "" };
        const name = (key: string) => `milestones.${i}.${key}`;
        return (
          <fieldset key={i} className="field draft-row">
            <legend>{t("tracker.form.milestoneTitle", { n: i + 1 })}</legend>
            <div className="field draft-row-wide">
              <label htmlFor={`field-${name("title")}`}>{t("tracker.form.milestoneName")}</label>
              <input {...rowInput(errors, name("title"))} defaultValue={row.title} />
              <RowError id={`field-${name("title")}`} errors={errors} name={name("title")} />
            </div>
            <div className="field">
              <label htmlFor={`field-${name("dueOn")}`}>{t("tracker.form.milestoneDue")}</label>
              <input {...rowInput(errors, name("dueOn"))} type="date" defaultValue={row.dueOn} />
              <RowError id={`field-${name("dueOn")}`} errors={errors} name={name("dueOn")} />
            </div>
            <div className="field">
              <label htmlFor={`field-${name("weight")}`}>{t("tracker.form.milestoneWeight")}</label>
              <input
                {...rowInput(errors, name("weight"))}
                type="number"
                min={1}
                max={100}
                inputMode="numeric"
                defaultValue={row.weight}
              />
              <RowError id={`field-${name("weight")}`} errors={errors} name={name("weight")} />
            </div>
          </fieldset>
        );
      })}
    </>
  );
}
