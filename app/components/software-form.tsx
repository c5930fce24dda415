import { Form, Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { PubliccodeProblem } from "~/modules/software/publiccode";
import { problemMessage } from "~/modules/software/problem-message";
import {
  CONFIRM_SAME_REPOSITORY_FIELD,
  type SameRepositoryEntry,
  type SoftwareFormValues,
} from "~/modules/software/software-form";
import { Field, SelectField } from "./form-field";

export const EMPTY_SOFTWARE: SoftwareFormValues = {
  publiccode: "",
  indicators: "",
  tech: "",
  requirements: "",
  readme: "",
};

/** Why the form was refused, and every publiccode.yml problem with its path and line. */
export function PubliccodeProblems({
  formError,
  errors,
}: {
  formError?: MessageKey;
  errors?: PubliccodeProblem[];
}) {
  const t = useTranslate();
  if (!formError) return null;
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(formError)}</p>
      {errors?.length ? (
        <ul className="publiccode-errors">
          {errors.map((e) => (
            <li key={`${e.path}-${e.line}-${e.key}`}>
              <span className="code">{e.path || "—"}</span>
              {e.line ? ` (${t("software.new.line", { line: e.line })})` : ""}:{" "}
              {problemMessage(t, e)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The publish and edit form: publiccode.yml pasted or uploaded, and the portal's own fields. */
export function SoftwareForm({
  values,
  regions,
  submitLabel,
  intents,
  sameRepository,
}: {
  values: SoftwareFormValues;
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
      <Field
        name="indicators"
        label="software.new.indicators"
        placeholder="32, 37"
        defaultValue={values.indicators}
      />
      <Field
        name="tech"
        label="software.new.tech"
        placeholder="php, laravel, postgresql"
        defaultValue={values.tech}
      />
      <Field name="requirements" label="software.requirements" defaultValue={values.requirements} />
      <div className="field">
        <label htmlFor="field-readme">{t("software.form.readme")}</label>
        <textarea id="field-readme" name="readme" rows={8} defaultValue={values.readme} />
      </div>
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
