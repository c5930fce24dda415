import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { FormNotice } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import {
  DEFAULT_FREQUENCY,
  frequenciesOf,
  preferencesOf,
  savePreferences,
  TRACKER_KINDS,
} from "~/modules/tracker/notification-preferences.server";
import { readFormData } from "~/utils/form-data.server";
import { formError, formNotice } from "~/utils/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** GET /account/notifications — per kind: immediately, daily digest, weekly digest or off. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const current = await preferencesOf(user.id);
  return {
    title: translator(languageOf(request))("notify.prefs.title"),
    kinds: TRACKER_KINDS.filter((k) => k !== "tracker.coordinatorDigest" || user.isCoordinator).map(
      (kind) => ({
        kind,
        value: current[kind],
        defaultValue: DEFAULT_FREQUENCY[kind],
        options: [...frequenciesOf(kind)],
      }),
    ),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = Object.fromEntries(await readFormData(request));
  // A kind left out of the form (the coordinators' digest for others) keeps its value.
  const current = await preferencesOf(user.id);
  const result = await savePreferences(user.id, { ...current, ...form });
  if (!result.ok) return formError("notify.prefs.invalid");
  return formNotice("notify.prefs.saved");
}

export default function NotificationPreferencesPage() {
  const { kinds } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="container section form-card">
      <h1>{t("notify.prefs.title")}</h1>
      <FormNotice kind="success" message={result?.notice} />
      <FormNotice kind="error" message={result?.formError} />
      <p>{t("notify.prefs.intro")}</p>
      <Form method="post" className="stack">
        {kinds.map(({ kind, value, defaultValue, options }) => (
          <fieldset key={kind} className="preference-choice">
            <legend>
              {t(`notify.kind.${kind}` as MessageKey)}{" "}
              <span className="muted">
                (
                {t("notify.prefs.default", {
                  frequency: t(`notify.frequency.${defaultValue}`),
                })}
                )
              </span>
            </legend>
            <div className="choice-row">
              {options.map((option) => (
                <label key={option}>
                  <input
                    type="radio"
                    name={kind}
                    value={option}
                    defaultChecked={value === option}
                  />{" "}
                  {t(`notify.frequency.${option}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <button type="submit" className="button">
          {t("notify.prefs.save")}
        </button>
      </Form>
    </div>
  );
}
