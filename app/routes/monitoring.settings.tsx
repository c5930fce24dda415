import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { ErrorSummary } from "~/components/error-summary";
import { Field, FormNotice } from "~/components/form-field";
import { FigureHelp } from "~/components/monitoring/figure-help";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { figureDefinitionParams } from "~/modules/monitoring/figures.server";
import {
  getThresholdsView,
  saveThresholds,
} from "~/modules/monitoring/participation-thresholds.server";
import { readFormData } from "~/utils/form-data.server";
import {
  formNotice,
  invalidForm,
  tooManyRequests,
  type FormResult,
} from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** GET /monitoring/settings: the participation thresholds (coordinators: monitoring:configure). */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const view = await getThresholdsView(actor);
  return {
    ...view,
    figureParams: await figureDefinitionParams({ thresholds: view.thresholds }),
    title: translator(languageOf(request))("thresholds.title"),
  };
}

/** POST: new thresholds; bad values are refused field by field and change nothing. */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  await getThresholdsView(actor); // 403 before anything is read from the form
  const form = await readFormData(request);
  const values = {
    activeDays: String(form.get("activeDays") ?? ""),
    lessActiveDays: String(form.get("lessActiveDays") ?? ""),
  };
  const allowance = await spendAllowance(RATE_LIMITS.memberWritesPerAccount, actor.id);
  if (allowance.limited)
    return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes", values);
  const result = await saveThresholds({
    actor,
    raw: values,
    origin: requestOrigin(request, context),
  });
  if (!result.ok) return invalidForm(result.errors, values);
  return formNotice(result.changed ? "thresholds.saved" : "thresholds.unchanged");
}

export default function ThresholdSettingsPage() {
  const { thresholds, isDefault, lastChange, figureParams } = useLoaderData<typeof loader>();
  const answer = useActionData<FormResult>();
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  });
  const errors = answer?.errors ?? {};
  const values = answer?.values;
  return (
    <div className="container section form-card">
      <p>
        <Link to="/monitoring">{t("thresholds.back")}</Link>
      </p>
      <h1>{t("thresholds.title")}</h1>
      <p className="lead">{t("thresholds.intro")}</p>
      <FigureHelp id="status" params={figureParams} />
      <p>
        {lastChange
          ? lastChange.by
            ? t("thresholds.lastChange", {
                at: `${when.format(new Date(lastChange.at))} WIB`,
                by: lastChange.by,
              })
            : t("thresholds.lastChangeUnknown", {
                at: `${when.format(new Date(lastChange.at))} WIB`,
              })
          : isDefault
            ? t("thresholds.default", thresholds)
            : null}
      </p>
      <FormNotice kind="success" message={answer?.notice} />
      <ErrorSummary
        items={Object.entries(errors).flatMap(([field, message]) =>
          message ? [{ field, message }] : [],
        )}
        formError={answer?.formError}
      />
      <Form method="post" className="stack" noValidate>
        <Field
          name="activeDays"
          label="thresholds.field.activeDays"
          inputMode="numeric"
          required
          hint="thresholds.hint"
          defaultValue={values?.activeDays ?? String(thresholds.activeDays)}
          error={errors.activeDays}
        />
        <Field
          name="lessActiveDays"
          label="thresholds.field.lessActiveDays"
          inputMode="numeric"
          required
          defaultValue={values?.lessActiveDays ?? String(thresholds.lessActiveDays)}
          error={errors.lessActiveDays}
        />
        <button type="submit" className="button">
          {t("thresholds.save")}
        </button>
      </Form>
    </div>
  );
}
