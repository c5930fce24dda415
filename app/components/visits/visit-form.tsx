import { Form } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { ErrorSummary, summaryItems } from "~/components/error-summary";
import { Field, SelectField, TextAreaField } from "~/components/form-field";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

export interface VisitFormValues {
  visitedOn?: string;
  visitorRegionCode?: string;
  people?: string;
  participantCount?: string;
  topics?: string;
  notes?: string;
  practiceIds?: string[];
  softwareIds?: string[];
}

export interface VisitFormAnswer {
  errors: Partial<Record<string, MessageKey>>;
  formError?: MessageKey;
  values?: VisitFormValues;
}

interface Choice {
  id: string;
  label: string;
  isDemo: boolean;
}

export const VISIT_FIELD_ORDER = [
  "visitedOn",
  "visitorRegionCode",
  "people",
  "participantCount",
  "topics",
  "notes",
  "practiceIds",
  "softwareIds",
];

function Choices({
  name,
  legend,
  empty,
  choices,
  checked,
  error,
}: {
  name: string;
  legend: MessageKey;
  empty: MessageKey;
  choices: Choice[];
  checked: string[];
  error?: MessageKey;
}) {
  const t = useTranslate();
  return (
    <fieldset className="field" id={`field-${name}`} tabIndex={-1}>
      <legend>{t(legend)}</legend>
      {error ? <p className="field-error">{t(error)}</p> : null}
      {choices.length === 0 ? (
        <p className="muted">{t(empty)}</p>
      ) : (
        <div className="checkbox-grid">
          {choices.map((choice) => (
            <label key={choice.id} className="checkbox">
              <input
                type="checkbox"
                name={name}
                value={choice.id}
                defaultChecked={checked.includes(choice.id)}
              />
              <span>
                {choice.label} {choice.isDemo ? <DemoBadge /> : null}
              </span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

/** Step 1 (a GET form: works without JavaScript): the host, whose published work can be chosen. */
export function VisitHostPicker({
  regions,
  host,
}: {
  regions: Array<{ code: string; name: string }>;
  host: string;
}) {
  const t = useTranslate();
  return (
    <Form method="get" className="stack card visit-host-picker">
      <h2>{t("visits.new.hostStep")}</h2>
      <div className="field">
        <label htmlFor="host-picker">{t("visits.field.host")}</label>
        <select id="host-picker" name="host" defaultValue={host}>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
        <p className="field-hint">{t("visits.new.hostHint")}</p>
      </div>
      <button type="submit" className="button secondary">
        {t("visits.new.chooseHost")}
      </button>
    </Form>
  );
}

/** The GOV.UK error summary of a refused visit, at the top of the page. */
export function VisitErrorSummary({ answer }: { answer?: VisitFormAnswer }) {
  return (
    <ErrorSummary
      items={summaryItems(answer?.errors ?? {}, VISIT_FIELD_ORDER)}
      formError={answer?.formError}
    />
  );
}

export function VisitForm({
  regions,
  host,
  practices,
  software,
  defaultVisitor,
  answer,
}: {
  regions: Array<{ code: string; name: string }>;
  host: { code: string; name: string };
  practices: Choice[];
  software: Choice[];
  defaultVisitor: string;
  answer?: VisitFormAnswer;
}) {
  const t = useTranslate();
  const errors = answer?.errors ?? {};
  const values = answer?.values ?? {};
  return (
    <Form method="post" className="stack visit-form" noValidate>
      <h2>{t("visits.new.detailsStep")}</h2>
      <input type="hidden" name="hostRegionCode" value={host.code} />
      <p>
        <strong>{t("visits.field.host")}:</strong> {host.name}
      </p>
      <Field
        name="visitedOn"
        type="date"
        label="visits.field.visitedOn"
        required
        defaultValue={values.visitedOn}
        error={errors.visitedOn}
      />
      <SelectField
        name="visitorRegionCode"
        label="visits.field.visitor"
        defaultValue={values.visitorRegionCode ?? defaultVisitor}
        error={errors.visitorRegionCode}
      >
        <option value="">{t("visits.field.chooseVisitor")}</option>
        {regions
          .filter((r) => r.code !== host.code)
          .map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
      </SelectField>
      <TextAreaField
        name="people"
        label="visits.field.people"
        hint="visits.field.peopleHint"
        rows={3}
        limit={2000}
        defaultValue={values.people}
        error={errors.people}
      />
      <Field
        name="participantCount"
        type="number"
        inputMode="numeric"
        min={1}
        label="visits.field.participantCount"
        defaultValue={values.participantCount}
        error={errors.participantCount}
      />
      <Choices
        name="practiceIds"
        legend="visits.field.practices"
        empty="visits.field.noPractices"
        choices={practices}
        checked={values.practiceIds ?? []}
        error={errors.practiceIds}
      />
      <Choices
        name="softwareIds"
        legend="visits.field.software"
        empty="visits.field.noSoftware"
        choices={software}
        checked={values.softwareIds ?? []}
        error={errors.softwareIds}
      />
      <TextAreaField
        name="topics"
        label="visits.field.topics"
        rows={3}
        limit={2000}
        defaultValue={values.topics}
        error={errors.topics}
      />
      <TextAreaField
        name="notes"
        label="visits.field.notes"
        rows={4}
        limit={5000}
        defaultValue={values.notes}
        error={errors.notes}
      />
      <button type="submit" className="button">
        {t("visits.new.submit")}
      </button>
    </Form>
  );
}
