import { Form } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { ErrorSummary } from "~/components/error-summary";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

interface Seen {
  id: string;
  label: string;
  isDemo: boolean;
  followedUp: boolean;
}

/** "Jadikan draf komitmen sekaligus": the things seen, one draft each or one combined. */
export function VisitConvertForm({
  practices,
  software,
  error,
}: {
  practices: Seen[];
  software: Seen[];
  error?: MessageKey;
}) {
  const t = useTranslate();
  const open = [
    ...practices.map((p) => ({ ...p, name: "practiceIds" })),
    ...software.map((s) => ({ ...s, name: "softwareIds" })),
  ].filter((item) => !item.followedUp);
  return (
    <section className="section card" aria-labelledby="convert-title">
      <h2 id="convert-title">{t("visits.convert.title")}</h2>
      <p>{t("visits.convert.intro")}</p>
      {open.length === 0 ? (
        <p className="muted">{t("visits.convert.nothing")}</p>
      ) : (
        <Form method="post" className="stack" noValidate>
          <ErrorSummary items={error ? [{ field: "items", message: error }] : []} />
          <fieldset className="field" id="field-items" tabIndex={-1}>
            <legend>{t("visits.convert.items")}</legend>
            {open.map((item) => (
              <label key={item.id} className="checkbox">
                <input type="checkbox" name={item.name} value={item.id} defaultChecked />
                <span>
                  {item.label} {item.isDemo ? <DemoBadge /> : null}
                </span>
              </label>
            ))}
          </fieldset>
          <fieldset className="field">
            <legend>{t("visits.convert.mode")}</legend>
            <label className="checkbox">
              <input type="radio" name="mode" value="each" defaultChecked />
              <span>{t("visits.convert.each")}</span>
            </label>
            <label className="checkbox">
              <input type="radio" name="mode" value="combined" />
              <span>{t("visits.convert.combined")}</span>
            </label>
          </fieldset>
          <button type="submit" className="button">
            {t("visits.convert.submit")}
          </button>
        </Form>
      )}
    </section>
  );
}
