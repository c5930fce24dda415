import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { CommitmentStatus } from "~/modules/tracker/commitment-status";

export function StatusBadge({ status }: { status: CommitmentStatus }) {
  const t = useTranslate();
  return (
    <span className={`badge badge-status status-${status.toLowerCase()}`}>
      {t(`tracker.status.${status}`)}
    </span>
  );
}

/** "Macet" and "Terlambat": computed states, shown in words (not colour alone). */
export function AttentionBadges({ stalled, overdue }: { stalled: boolean; overdue: boolean }) {
  const t = useTranslate();
  return (
    <>
      {stalled ? (
        <span className="badge badge-stalled">{t("trackerViews.badge.stalled")}</span>
      ) : null}
      {overdue ? (
        <span className="badge badge-overdue">{t("trackerViews.badge.overdue")}</span>
      ) : null}
    </>
  );
}

export function ProgressMeter({ percent }: { percent: number }) {
  const t = useTranslate();
  return (
    <span className="progress">
      <meter min={0} max={100} value={percent} aria-hidden="true" />{" "}
      <span>{t("trackerViews.progress", { percent })}</span>
    </span>
  );
}

/** A YYYY-MM-DD day in the reader's language, e.g. "18 Des 2026". */
export function useDayFormat() {
  const language = useLanguage();
  const format = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeZone: "UTC",
  });
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
}
