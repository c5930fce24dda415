import { Form, Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { PubliccodeProblem } from "~/modules/software/publiccode";
import { problemMessage } from "~/modules/software/problem-message";
import { splitList } from "~/modules/practices/practice.schema";
import {
  CONFIRM_SAME_REPOSITORY_FIELD,
  SOFTWARE_FIELD_ORDER,
  SOFTWARE_LIMITS,
  type SameRepositoryEntry,
  type SoftwareFormValues,
} from "~/modules/software/software-form";
import type { FieldErrors } from "~/utils/forms";
import { ErrorSummary, summaryItems } from "./error-summary";
import { Field, SelectField, TextAreaField } from "./form-field";
import { IndicatorPicker, type IndicatorGroup } from "./indicator-picker";

export const EMPTY_SOFTWARE: SoftwareFormValues = {
  publiccode: "",
  indicators: "",
  tech: "",
  requirements: "",
  readme: "",
};

/**
 * Why the form was refused, at the top and focused: the portal fields that are wrong (linked) and
 * every publiccode.yml problem with its path and line.
 */
export function PubliccodeProblems({
  formError,
  problems,
  errors,
}: {
  formError?: MessageKey;
  problems?: PubliccodeProblem[];
  errors?: FieldErrors;
}) {
  const t = useTranslate();
  if (!formError) return null;
  return (
    <ErrorSummary items={summaryItems(errors ?? {}, SOFTWARE_FIELD_ORDER)} formError={formError}>
      {problems?.length ? (
        <ul className="publiccode-errors">
          {problems.map((e) => (
            <li key={`${e.path}-${e.line}-${e.key}`}>
              <a href="#field-publiccode">
                <span className="code">{e.path || "—"}</span>
                {e.line ? ` (${t("software.new.line", { line: e.line })})` : ""}
              </a>
              : {problemMessage(t, e)}
            </li>
          ))}
        </ul>
      ) : null}
    </ErrorSummary>
  );
}

/** The publish and edit form: publiccode.yml pasted or uploaded, and the portal's own fields. */
export function SoftwareForm({
  values,
  regions,
  submitLabel,
  intents,
  sameRepository,
  indicatorGroups,
  errors = {},
}: {
  values: SoftwareFormValues;
  indicatorGroups: IndicatorGroup[];
  /** The portal fields that were refused. */
  errors?: FieldErrors;
  /** Regions to publish for (publishing only: an entry keeps its region). */
  regions?: Array<{ code: string; name: string }>;
  submitLabel: MessageKey;
  /** Several submit buttons, each sending `intent` (e.g. save, submit, check) instead of one. */
  intents?: Array<{ value: string; label: MessageKey; primary?: boolean }>;
  /** Another entry with the same repository: saving then needs the confirmation checkbox. */
  sameRepository?: SameRepositoryEntry;
}) {
  const t = useTranslate();
  return (
    <Form method="post" encType="multipart/form-data" className="stack practice-form">
      {regions ? (
        <SelectField
          name="regionCode"
          label="practice.form.region"
          defaultValue={values.regionCode}
          error={errors.regionCode}
        >
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="field">
        <label htmlFor="field-publiccode">{t("software.new.paste")}</label>
        <textarea
          id="field-publiccode"
          name="publiccode"
          rows={16}
          defaultValue={values.publiccode}
          className="code"
        />
      </div>
      <div className="field">
        <label htmlFor="field-file">{t("software.new.upload")}</label>
        <input id="field-file" name="file" type="file" accept=".yml,.yaml,text/yaml,text/plain" />
      </div>
      <IndicatorPicker
        groups={indicatorGroups}
        selected={splitList(values.indicators).map(Number)}
        legend="authoring.software.indicators"
        error={errors.indicators}
      />
      <Field
        name="tech"
        label="software.new.tech"
        placeholder="php, laravel, postgresql"
        defaultValue={values.tech}
        error={errors.tech}
      />
      <Field
        name="requirements"
        label="software.requirements"
        defaultValue={values.requirements}
        error={errors.requirements}
        limit={SOFTWARE_LIMITS.requirements}
      />
      <TextAreaField
        name="readme"
        label="software.form.readme"
        rows={8}
        defaultValue={values.readme}
        error={errors.readme}
        limit={SOFTWARE_LIMITS.readme}
      />
      {sameRepository ? (
        <section className="notice" aria-labelledby="same-repository-title">
          <h2 id="same-repository-title">{t("software.sameRepository.title")}</h2>
          <p>{t("software.sameRepository.lead")}</p>
          <p>
            <Link to={`/software/${sameRepository.slug}`}>{sameRepository.name}</Link> ·{" "}
            <Link to={`/regions/${sameRepository.regionCode}`}>{sameRepository.regionName}</Link>
          </p>
          <p>{t("software.sameRepository.advice")}</p>
          <label className="checkbox">
            <input
              type="checkbox"
              name={CONFIRM_SAME_REPOSITORY_FIELD}
              value={sameRepository.slug}
            />{" "}
            {t("software.sameRepository.confirm")}
          </label>
        </section>
      ) : null}
      {intents ? (
        <p className="actions">
          {intents.map((intent) => (
            <button
              key={intent.value}
              type="submit"
              name="intent"
              value={intent.value}
              className={intent.primary ? "button" : "button secondary"}
            >
              {t(intent.label)}
            </button>
          ))}
        </p>
      ) : (
        <p>
          <button type="submit" className="button">
            {t(submitLabel)}
          </button>
        </p>
      )}
    </Form>
  );
}
