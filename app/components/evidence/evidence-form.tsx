import { ErrorSummary, summaryItems } from "~/components/error-summary";
import { Field, SelectField, TextAreaField } from "~/components/form-field";
import { IndicatorPicker, type IndicatorGroup } from "~/components/indicator-picker";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { EvidenceFormAnswer, EvidenceFormValues } from "~/modules/evidence/evidence-form";
import { EVIDENCE_LIMITS, VISIBILITIES } from "~/modules/evidence/evidence.schema";
import { PersonalDataWarning } from "./personal-data-warning";
import { UploadProgress } from "./upload-progress";
import { useUploadForm } from "./use-upload-form";

const FIELD_ORDER = [
  "title",
  "description",
  "indicators",
  "level",
  "effectiveDate",
  "expiresOn",
  "visibility",
];

/**
 * The evidence record form (new and edit): fields, links, several files at once with a progress
 * bar, and the personal data warning with its confirmation when the server asks for it. A plain
 * multipart form without JavaScript; with it, sent by the upload script.
 */
export function EvidenceForm({
  action,
  initial,
  pageAnswer,
  indicatorGroups,
  maturityLevels,
}: {
  action: string;
  initial: EvidenceFormValues;
  pageAnswer?: EvidenceFormAnswer;
  indicatorGroups: IndicatorGroup[];
  maturityLevels: Array<{ level: number; name: string; nameEn: string }>;
}) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  const upload = useUploadForm();
  const answer = upload.answer ?? pageAnswer;
  const values = answer?.values ?? initial;
  const errors = answer?.errors ?? {};
  const linkRows = [...values.links, { url: "", label: "" }, { url: "", label: "" }].slice(
    0,
    Math.max(2, Math.min(values.links.length + 1, EVIDENCE_LIMITS.links)),
  );
  return (
    <form
      method="post"
      action={action}
      encType="multipart/form-data"
      onSubmit={upload.onSubmit}
      noValidate
      className="evidence-form"
    >
      <input type="hidden" name="intent" value="save" />
      <ErrorSummary
        items={summaryItems(errors, FIELD_ORDER)}
        formError={answer?.formError}
        formErrorParams={answer?.formErrorParams}
      >
        {answer?.fileReason ? (
          <p>{t(answer.fileReason.message, answer.fileReason.params)}</p>
        ) : null}
        {answer?.pendingFiles ? (
          <p>{t("evidence.pd.pending", { files: answer.pendingFiles.join(", ") })}</p>
        ) : null}
      </ErrorSummary>
      <Field
        name="title"
        label="evidence.field.title"
        defaultValue={values.title}
        error={errors.title}
        limit={EVIDENCE_LIMITS.titleMax}
        required
      />
      <TextAreaField
        name="description"
        label="evidence.field.description"
        defaultValue={values.description}
        error={errors.description}
        limit={EVIDENCE_LIMITS.descriptionMax}
        rows={4}
      />
      <IndicatorPicker
        groups={indicatorGroups}
        selected={values.indicators}
        legend="evidence.field.indicators"
        error={errors.indicators}
      />
      <SelectField
        name="level"
        label="evidence.field.level"
        defaultValue={values.level}
        error={errors.level}
      >
        <option value="">{t("evidence.field.levelChoose")}</option>
        {maturityLevels.map((m) => (
          <option key={m.level} value={m.level}>
            {t("evidence.field.levelOption", { level: m.level, name: en ? m.nameEn : m.name })}
          </option>
        ))}
      </SelectField>
      <div className="evidence-dates">
        <Field
          name="effectiveDate"
          type="date"
          label="evidence.field.effectiveDate"
          hint="evidence.field.effectiveDateHint"
          defaultValue={values.effectiveDate}
          error={errors.effectiveDate}
          required
        />
        <Field
          name="expiresOn"
          type="date"
          label="evidence.field.expiresOn"
          defaultValue={values.expiresOn}
          error={errors.expiresOn}
        />
      </div>
      <fieldset className="field" aria-describedby="visibility-hint">
        <legend>{t("evidence.visibility.label")}</legend>
        <p id="visibility-hint" className="field-hint">
          {t("evidence.visibility.hint")}
        </p>
        {errors.visibility ? <p className="field-error">{t(errors.visibility)}</p> : null}
        {VISIBILITIES.map((visibility, i) => (
          <label key={visibility} className="radio-option">
            <input
              type="radio"
              name="visibility"
              value={visibility}
              id={i === 0 ? "field-visibility" : undefined}
              defaultChecked={values.visibility === visibility}
            />{" "}
            {t(`evidence.visibility.${visibility}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field evidence-links">
        <legend>{t("evidence.field.links")}</legend>
        <p className="field-hint">{t("evidence.field.linksHint")}</p>
        {linkRows.map((link, i) => (
          <div key={i} className="evidence-link-row">
            <LinkInput
              name="linkUrl"
              index={i}
              type="url"
              label={t("evidence.field.linkUrl", { number: i + 1 })}
              defaultValue={link.url}
              error={errors[`linkUrl-${i}`]}
            />
            <LinkInput
              name="linkLabel"
              index={i}
              type="text"
              label={t("evidence.field.linkLabel", { number: i + 1 })}
              defaultValue={link.label}
              error={errors[`linkLabel-${i}`]}
            />
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="field-files">{t("evidence.field.files")}</label>
        <input id="field-files" name="files" type="file" multiple aria-describedby="files-hint" />
        <p id="files-hint" className="field-hint">
          {t("evidence.field.filesHint", { max: EVIDENCE_LIMITS.filesPerSave })}
        </p>
      </div>
      {answer?.personalData ? <PersonalDataWarning warning={answer.personalData} /> : null}
      <UploadProgress progress={upload.progress} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={upload.progress !== null}>
          {t("evidence.save")}
        </button>
      </div>
    </form>
  );
}

function LinkInput({
  name,
  index,
  type,
  label,
  defaultValue,
  error,
}: {
  name: "linkUrl" | "linkLabel";
  index: number;
  type: "url" | "text";
  label: string;
  defaultValue: string;
  error?: MessageKey;
}) {
  const t = useTranslate();
  const id = `field-${name}-${index}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
