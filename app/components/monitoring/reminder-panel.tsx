import { Form, useNavigation } from "@remix-run/react";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { ReminderState } from "~/modules/monitoring/reminders.server";

/** What the reminder action answered. */
export interface ReminderAnswer {
  errors: Partial<Record<string, MessageKey>>;
  notice?: MessageKey;
  formError?: MessageKey;
  recipients?: number;
  nextPossibleAt?: string;
}

/** "Kirim pengingat": when the last reminder went, when the next may, and the button. */
export function ReminderPanel({
  reminder,
  secretaries,
  mayRemind,
  answer,
  intervalDays,
}: {
  reminder: ReminderState;
  secretaries: number;
  mayRemind: boolean;
  answer: ReminderAnswer | undefined;
  intervalDays: number;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const busy = useNavigation().state === "submitting";
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  });
  const next = answer?.nextPossibleAt ?? reminder.nextPossibleAt;
  return (
    <section aria-labelledby="drill-reminder" className="monitoring-section reminder-panel">
      <h2 id="drill-reminder">{t("monitoring.remind.title")}</h2>
      <p>{t("monitoring.remind.lead", { days: intervalDays })}</p>
      {answer?.notice ? (
        <div className="notice notice-success" role="status">
          <p>{t(answer.notice, { count: answer.recipients ?? 0 })}</p>
        </div>
      ) : null}
      {answer?.formError ? (
        <div className="notice notice-error" role="alert">
          <p>
            {t(answer.formError, {
              next: answer.nextPossibleAt ? when.format(new Date(answer.nextPossibleAt)) : "",
              days: intervalDays,
            })}
          </p>
        </div>
      ) : null}
      <p>
        {reminder.lastSentAt
          ? t("monitoring.remind.last", {
              when: when.format(new Date(reminder.lastSentAt)),
              by: reminder.lastSentBy ?? "—",
            })
          : t("monitoring.remind.none")}
      </p>
      {secretaries === 0 ? (
        <p className="notice">{t("monitoring.remind.noSecretary")}</p>
      ) : next ? (
        <p>{t("monitoring.remind.next", { next: when.format(new Date(next)) })}</p>
      ) : null}
      {!mayRemind ? (
        <p className="muted">{t("monitoring.remind.notAllowed")}</p>
      ) : secretaries > 0 && !next ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remind" />
          <button type="submit" className="button" disabled={busy}>
            {t("monitoring.remind.button")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
