import { Form } from "@remix-run/react";
import { ErrorSummary, summaryItems } from "~/components/error-summary";
import { Field, SelectField } from "~/components/form-field";
import { MarkdownEditor } from "~/components/markdown-editor";
import type { MessageKey, MessageParams } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import {
  EMPTY_INDICATOR_ROWS,
  EMPTY_MILESTONE_ROWS,
  type DraftFormValues,
} from "~/modules/tracker/commitment-form";
import type { DraftFormOptions } from "~/modules/tracker/commitment-form.server";
import {
  COMMITMENT_BUDGET_MAX,
  COMMITMENT_PLAN_MAX,
  COMMITMENT_TITLE_MAX,
} from "~/modules/tracker/commitment.schema";
import type { FieldErrors } from "~/utils/forms";
import { IndicatorRows, MilestoneRows } from "./draft-form-rows";

const FIELD_ORDER = [
  "title",
  "adopterRegionCode",
  "mentorRegionCode",
  "practiceId",
  "softwareIds",
  "indicators",
  "responsibleId",
  "startOn",
  "dueOn",
  "plan",
  "budgetSource",
  "visibility",
  "milestones",
] as const;

const VISIBILITIES = ["PRIVATE", "MEMBERS", "PUBLIC"] as const;

/** The chosen code entries first (the prefill's), then the rest by name. */
function softwareFirstChosen<S extends { id: string }>(software: S[], chosen: string[]): S[] {
  return [
    ...software.filter((s) => chosen.includes(s.id)),
    ...software.filter((s) => !chosen.includes(s.id)),
  ];
}

/** The draft commitment form (new or edit); its rows grow with "tambah" (a round trip, so it needs no script). */
export function DraftCommitmentForm({
  values,
  errors,
  formError,
  formErrorParams,
  adopters,
  options,
  rows,
  mode = "create",
}: {
  values: DraftFormValues;
  errors: FieldErrors;
  formError?: MessageKey;
  formErrorParams?: MessageParams;
  adopters: Array<{ code: string; name: string }>;
  options: DraftFormOptions;
  /** Rows shown at least (after "tambah"). */
  rows?: { indicators: number; milestones: number };
  /** "edit": an existing draft (its adopting region is fixed), saved as changes. */
  mode?: "create" | "edit";
}) {
  const t = useTranslate();
  const indicatorCount = Math.max(
    values.indicators.length + EMPTY_INDICATOR_ROWS,
    rows?.indicators ?? 0,
  );
  const milestoneCount = Math.max(
    values.milestones.length + EMPTY_MILESTONE_ROWS,
    rows?.milestones ?? 0,
  );
  const fixedAdopter =
    mode === "edit"
      ? (adopters.find((r) => r.code === values.adopterRegionCode) ?? adopters[0])
      : adopters.length === 1
        ? adopters[0]
        : undefined;
  return (
    <Form method="post" className="draft-form">
      {/* Enter in a field saves (the first submit button is the default), not "tambah". */}
      <button
        type="submit"
        name="intent"
        value="save"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
      />
      <ErrorSummary
        items={summaryItems(errors, FIELD_ORDER)}
        formError={formError}
        formErrorParams={formErrorParams}
      />
      <input type="hidden" name="indicatorRows" value={indicatorCount} />
      <input type="hidden" name="milestoneRows" value={milestoneCount} />
      {values.visitId ? <input type="hidden" name="visitId" value={values.visitId} /> : null}
      <Field
        name="title"
        label="tracker.form.title"
        defaultValue={values.title}
        limit={COMMITMENT_TITLE_MAX}
        error={errors.title}
        required
      />
      {fixedAdopter ? (
        <div className="field">
          <p className="field-label">{t("tracker.form.adopter")}</p>
          <p className="field-fixed">{fixedAdopter.name}</p>
          <input type="hidden" name="adopterRegionCode" value={fixedAdopter.code} />
        </div>
      ) : (
        <SelectField
          name="adopterRegionCode"
          label="tracker.form.adopter"
          defaultValue={values.adopterRegionCode}
          error={errors.adopterRegionCode}
        >
          {adopters.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        name="mentorRegionCode"
        label="tracker.form.mentor"
        defaultValue={values.mentorRegionCode}
        error={errors.mentorRegionCode}
      >
        <option value="">{t("tracker.form.choose")}</option>
        {options.regions.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="practiceId"
        label="tracker.form.practice"
        defaultValue={values.practiceId}
        error={errors.practiceId}
      >
        <option value="">{t("tracker.form.choose")}</option>
        {options.practices.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
            {p.isDemo ? ` · ${t("demo.label")}` : ""}
          </option>
        ))}
      </SelectField>
      <fieldset className="field" id="field-softwareIds" tabIndex={-1}>
        <legend>{t("tracker.form.software")}</legend>
        <ul className="plain-list checkbox-list draft-software">
          {softwareFirstChosen(options.software, values.softwareIds).map((s) => (
            <li key={s.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  name="softwareIds"
                  value={s.id}
                  defaultChecked={values.softwareIds.includes(s.id)}
                />
                <span>
                  {s.label}
                  {s.isDemo ? ` · ${t("demo.label")}` : ""}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.softwareIds ? <p className="field-error">{t(errors.softwareIds)}</p> : null}
      </fieldset>
      <fieldset className="field" id="field-indicators" tabIndex={-1}>
        <legend>{t("tracker.form.indicators")}</legend>
        <p className="field-hint">{t("tracker.form.baselineHint")}</p>
        <IndicatorRows
          rows={values.indicators}
          count={indicatorCount}
          indicators={options.indicators}
          errors={errors}
        />
        <button type="submit" name="intent" value="addIndicator" className="button secondary">
          {t("tracker.form.addIndicator")}
        </button>
      </fieldset>
      <SelectField
        name="responsibleId"
        label="tracker.form.responsible"
        defaultValue={values.responsibleId}
        error={errors.responsibleId}
      >
        <option value="">{t("tracker.form.choose")}</option>
        {options.members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <Field
          name="startOn"
          type="date"
          label="tracker.form.start"
          defaultValue={values.startOn}
          error={errors.startOn}
        />
        <Field
          name="dueOn"
          type="date"
          label="tracker.form.due"
          defaultValue={values.dueOn}
          error={errors.dueOn}
        />
      </div>
      <MarkdownEditor
        name="plan"
        label="tracker.form.plan"
        defaultValue={values.plan}
        error={errors.plan}
        limit={COMMITMENT_PLAN_MAX}
      />
      <Field
        name="budgetSource"
        label="tracker.form.budget"
        defaultValue={values.budgetSource}
        limit={COMMITMENT_BUDGET_MAX}
        error={errors.budgetSource}
      />
      <SelectField
        name="visibility"
        label="tracker.form.visibility"
        defaultValue={values.visibility}
        error={errors.visibility}
      >
        {VISIBILITIES.map((v) => (
          <option key={v} value={v}>
            {t(`tracker.visibility.${v}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="field" id="field-milestones" tabIndex={-1}>
        <legend>{t("tracker.form.milestones")}</legend>
        <p className="field-hint">{t("tracker.form.milestonesHint")}</p>
        {errors.milestones ? <p className="field-error">{t(errors.milestones)}</p> : null}
        <MilestoneRows rows={values.milestones} count={milestoneCount} errors={errors} />
        <button type="submit" name="intent" value="addMilestone" className="button secondary">
          {t("tracker.form.addMilestone")}
        </button>
      </fieldset>
      <p>
        <button type="submit" name="intent" value="save" className="button">
          {t(mode === "edit" ? "tracker.form.saveChanges" : "tracker.form.submit")}
        </button>
      </p>
    </Form>
  );
}
