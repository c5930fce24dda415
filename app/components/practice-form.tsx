import { Form } from "@remix-run/react";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { FieldErrors } from "~/utils/forms";
import {
  DIMENSIONS,
  SECTIONS,
  SECTORS,
  STAGES,
  sectionLabelKey,
} from "~/modules/practices/practice.schema";
import { Field, FormNotice, SelectField } from "./form-field";
import { MarkdownEditor } from "./markdown-editor";

export interface PracticeFormValues {
  title: string;
  summary: string;
  problem: string;
  solution: string;
  results: string;
  challenges: string;
  conditions: string;
  replication: string;
  indicators: number[];
  dimensions: string[];
  sector: string;
  stage: string;
  year: number;
  tags: string;
  contacts: string;
}

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

export function PracticeForm(props: {
  values: PracticeFormValues;
  errors: FieldErrors;
  indicators: Array<{ number: number; title: string; titleEn: string }>;
  regions?: Array<{ code: string; name: string }>;
  showNote?: boolean;
  preview?: Array<{ key: string; html: string }>;
}) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  const { values, errors } = props;
  return (
    <Form method="post" className="stack practice-form" noValidate>
      {Object.keys(errors).length ? (
        <FormNotice kind="error" message="practice.form.fixErrors" />
      ) : null}
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
        maxLength={150}
        required
      />
      <div className="field">
        <label htmlFor="field-summary">{t("practice.form.summary")}</label>
        <textarea
          id="field-summary"
          name="summary"
          defaultValue={values.summary}
          maxLength={300}
          rows={3}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={errors.summary ? "field-summary-error" : undefined}
        />
        {errors.summary ? (
          <p id="field-summary-error" className="field-error">
            {t(errors.summary)}
          </p>
        ) : null}
      </div>
      <p className="field-hint">{t("practice.form.markdownHint")}</p>
      {SECTIONS.map((section) => (
        <MarkdownEditor
          key={section.key}
          name={section.key}
          label={sectionLabelKey(section.key)}
          defaultValue={values[section.key]}
          error={errors[section.key]}
        />
      ))}
      <fieldset className="field">
        <legend>{t("practice.form.indicators")}</legend>
        <div className="checkbox-grid">
          {props.indicators.map((i) => (
            <label key={i.number} className="checkbox">
              <input
                type="checkbox"
                name="indicators"
                value={i.number}
                defaultChecked={values.indicators.includes(i.number)}
              />{" "}
              {i.number}. {en ? i.titleEn : i.title}
            </label>
          ))}
        </div>
        {errors.indicators ? <p className="field-error">{t(errors.indicators)}</p> : null}
      </fieldset>
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
              Smart {d[0]!.toUpperCase() + d.slice(1)}
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
            {t(`practice.stage.${s}`)}
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
      <div className="field">
        <label htmlFor="field-contacts">{t("practice.form.contacts")}</label>
        <textarea
          id="field-contacts"
          name="contacts"
          defaultValue={values.contacts}
          rows={3}
          aria-invalid={errors.contacts ? true : undefined}
          aria-describedby={errors.contacts ? "field-contacts-error" : undefined}
        />
        {errors.contacts ? (
          <p id="field-contacts-error" className="field-error">
            {t(errors.contacts)}
          </p>
        ) : null}
      </div>
      {props.showNote ? <Field name="note" label="practice.form.note" maxLength={200} /> : null}
      <p className="actions">
        <button type="submit" name="intent" value="save" className="button">
          {t("practice.form.save")}
        </button>
        <button type="submit" name="intent" value="preview" className="button secondary">
          {t("practice.form.preview")}
        </button>
      </p>
      {props.preview ? (
        <section className="aside-box practice-body" aria-labelledby="preview-title">
          <h2 id="preview-title">{t("practice.form.previewTitle")}</h2>
          {props.preview.map((s) => (
            <div key={s.key}>
              <h3>{t(sectionLabelKey(s.key as (typeof SECTIONS)[number]["key"]))}</h3>
              <div dangerouslySetInnerHTML={{ __html: s.html }} />
            </div>
          ))}
        </section>
      ) : null}
    </Form>
  );
}
