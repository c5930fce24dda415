// The bulk-upload form: one ZIP, the level, date and visibility every record gets, and the answer
// (records made with links, entries refused by path, or personal data to confirm).
import { Form, Link } from "@remix-run/react";
import { Field, FormNotice, SelectField } from "~/components/form-field";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { ZipImportAnswer } from "~/modules/evidence/evidence-zip-action.server";

interface Props {
  action: string;
  year: number;
  maxMegabytes: number;
  maturityLevels: Array<{ level: number; name: string; nameEn: string }>;
  answer: ZipImportAnswer | undefined;
}

function PersonalDataList({ check }: { check: NonNullable<ZipImportAnswer["personalData"]> }) {
  const t = useTranslate();
  return (
    <div className="notice">
      <h2>{t("evidence.pd.title")}</h2>
      <ul>
        {check.findings.map((f, i) => (
          <li key={`f${i}`}>
            {f.file === null
              ? t("evidence.pd.inRecord", {
                  kind: t(`evidence.pd.kind.${f.kind}`),
                  match: f.match,
                })
              : f.page === null
                ? t("evidence.pd.inFileNoPage", {
                    kind: t(`evidence.pd.kind.${f.kind}`),
                    match: f.match,
                    file: f.file,
                  })
                : t("evidence.pd.inFile", {
                    kind: t(`evidence.pd.kind.${f.kind}`),
                    match: f.match,
                    file: f.file,
                    page: f.page,
                  })}
          </li>
        ))}
        {check.unchecked.map((u) => (
          <li key={`u${u.file}`}>{t("evidence.pd.unchecked", { file: u.file })}</li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" name="acknowledgePersonalData" value="yes" />
        {t("evidence.field.acknowledge")}
      </label>
    </div>
  );
}

export function ZipImportForm({ action, year, maxMegabytes, maturityLevels, answer }: Props) {
  const t = useTranslate();
  const language = useLanguage();
  const values = answer?.values;
  if (answer?.imported)
    return (
      <div className="notice notice-success" role="status">
        <p>{t("evidenceZip.imported", { count: answer.imported.length })}</p>
        <ul>
          {answer.imported.map((record) => (
            <li key={record.id}>
              <Link to={`/evidence/${record.id}`}>
                {t("evidenceZip.importedRecord", {
                  indicator: record.indicator,
                  title: record.title,
                })}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );
  return (
    <Form method="post" action={action} encType="multipart/form-data" className="stack" noValidate>
      <FormNotice kind="error" message={answer?.formError} />
      {answer?.problems?.length ? (
        <ul className="field-error" aria-label={t("evidenceZip.problemsLabel")}>
          {answer.problems.map((p, i) => (
            <li key={i}>
              <code>{p.path || "ZIP"}</code>: {t(p.message, p.params)}
            </li>
          ))}
        </ul>
      ) : null}
      {answer?.formErrorParams && answer.formError ? (
        <p className="field-error">{t(answer.formError, answer.formErrorParams)}</p>
      ) : null}
      <Field
        name="zip"
        type="file"
        accept=".zip,application/zip"
        label="evidenceZip.field.zip"
        hint="evidenceZip.field.zipHint"
        error={answer?.errors.zip}
        required
      />
      <p className="field-hint">{t("evidenceZip.limits", { maxSize: `${maxMegabytes} MB` })}</p>
      <SelectField
        name="level"
        label="evidence.field.level"
        error={answer?.errors.level}
        defaultValue={values?.level ?? ""}
      >
        <option value="">{t("evidence.field.levelChoose")}</option>
        {maturityLevels.map((m) => (
          <option key={m.level} value={m.level}>
            {m.level}. {language === "en" ? m.nameEn : m.name}
          </option>
        ))}
      </SelectField>
      <Field
        name="effectiveDate"
        type="date"
        label="evidence.field.effectiveDate"
        error={answer?.errors.effectiveDate}
        defaultValue={values?.effectiveDate || `${year}-01-01`}
      />
      <fieldset className="field">
        <legend>{t("evidence.visibility.label")}</legend>
        {(["private", "members", "public"] as const).map((v) => (
          <label key={v} className="checkbox">
            <input
              type="radio"
              name="visibility"
              value={v}
              defaultChecked={(values?.visibility ?? "private") === v}
            />
            {t(`evidence.visibility.${v}`)}
          </label>
        ))}
        <p className="field-hint">{t("evidence.visibility.hint")}</p>
      </fieldset>
      {answer?.personalData ? <PersonalDataList check={answer.personalData} /> : null}
      <button type="submit" className="button">
        {t("evidenceZip.submit")}
      </button>
    </Form>
  );
}
