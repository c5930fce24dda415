import { Form } from "@remix-run/react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { FieldErrors } from "~/utils/forms";
import {
  DIMENSIONS,
  SECTIONS,
  SECTORS,
  STAGES,
  stageLabelKey,
  PRACTICE_LIMITS,
  sectionLabelKey,
  type SectionKey,
} from "~/modules/practices/practice.schema";
import { ErrorSummary, summaryItems } from "./error-summary";
import { Field, SelectField, TextAreaField } from "./form-field";
import { IndicatorPicker, type IndicatorGroup } from "./indicator-picker";
import { MarkdownEditor } from "./markdown-editor";
import type { PracticeFormValues } from "~/modules/practices/practice-form";

export type { PracticeFormValues };

export const EMPTY_PRACTICE: PracticeFormValues = {
  title: "",
  summary: "",
  problem: "",
  solution: "",
  results: "",
  challenges: "",
  conditions: "",
  replication: "",
  indicators: [],
  dimensions: [],
  sector: "administrasi",
  stage: "implemented",
  year: new Date().getFullYear(),
  tags: "",
  contacts: "",
};

/** The fields in the order the form shows them: the error summary lists problems in this order. */
export const PRACTICE_FIELD_ORDER = [
  "regionCode",
  "title",
  "summary",
  ...SECTIONS.map((s) => s.key),
  "indicators",
  "dimensions",
  "sector",
  "stage",
  "year",
  "tags",
  "contacts",
  "note",
] as const;

export function PracticeForm(props: {
  values: PracticeFormValues;
  errors: FieldErrors;
  indicatorGroups: IndicatorGroup[];
  regions?: Array<{ code: string; name: string }>;
  showNote?: boolean;
  /** The server's rendering of each section (edit page, or the "Preview" answer). */
  previews?: Partial<Record<SectionKey, string>>;
  /** A refusal of the whole form (e.g. too many saves). */
  formError?: MessageKey;
}) {
  const t = useTranslate();
  const { values, errors } = props;
  return (
    <Form method="post" className="stack practice-form" id="practice-form" noValidate>
      <ErrorSummary
        items={summaryItems(errors, PRACTICE_FIELD_ORDER)}
        formError={props.formError}
      />
      {props.regions ? (
        <SelectField name="regionCode" label="practice.form.region" error={errors.regionCode}>
          {props.regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Field
        name="title"
        label="practice.form.title"
        defaultValue={values.title}
        error={errors.title}
        limit={PRACTICE_LIMITS.title}
        required
      />
      <TextAreaField
        name="summary"
        label="practice.form.summary"
        defaultValue={values.summary}
        error={errors.summary}
        limit={PRACTICE_LIMITS.summary}
        rows={3}
      />
      <p className="field-hint">{t("practice.form.markdownHint")}</p>
      {SECTIONS.map((section) => (
        <MarkdownEditor
          key={section.key}
          name={section.key}
          label={sectionLabelKey(section.key)}
          defaultValue={values[section.key]}
          error={errors[section.key]}
          limit={PRACTICE_LIMITS.section}
          previewHtml={props.previews?.[section.key]}
        />
      ))}
      <IndicatorPicker
        groups={props.indicatorGroups}
        selected={values.indicators}
        legend="practice.form.indicators"
        error={errors.indicators}
      />
      <fieldset className="field">
        <legend>{t("practice.form.dimensions")}</legend>
        <div className="checkbox-grid">
          {DIMENSIONS.map((d) => (
            <label key={d} className="checkbox">
              <input
                type="checkbox"
                name="dimensions"
                value={d}
                defaultChecked={values.dimensions.includes(d)}
              />{" "}
              {t(`dimension.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        name="sector"
        label="practice.sector"
        defaultValue={values.sector}
        error={errors.sector}
      >
        {SECTORS.map((s) => (
          <option key={s} value={s}>
            {t(`practice.sector.${s}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="stage"
        label="practice.stage"
        defaultValue={values.stage}
        error={errors.stage}
      >
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {t(stageLabelKey(s))}
          </option>
        ))}
      </SelectField>
      <Field
        name="year"
        type="number"
        label="practice.form.year"
        defaultValue={String(values.year)}
        error={errors.year}
        min={2000}
        max={2100}
      />
      <Field
        name="tags"
        label="practice.form.tags"
        defaultValue={values.tags}
        error={errors.tags}
      />
      <TextAreaField
        name="contacts"
        label="practice.form.contacts"
        defaultValue={values.contacts}
        error={errors.contacts}
        rows={3}
      />
      {props.showNote ? (
        <Field
          name="note"
          label="practice.form.note"
          defaultValue={values.note}
          error={errors.note}
          limit={PRACTICE_LIMITS.note}
        />
      ) : null}
      <p className="actions">
        <button type="submit" name="intent" value="save" className="button">
          {t("practice.form.save")}
        </button>
        <button type="submit" name="intent" value="preview" className="button secondary">
          {t("practice.form.preview")}
        </button>
      </p>
    </Form>
  );
}
