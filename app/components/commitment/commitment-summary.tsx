import { DemoBadge } from "~/components/demo-badge";
import { StatusBadge } from "~/components/tracker/commitment-badges";
import { useTranslate } from "~/i18n/use-translate";
import type { CommitmentPageView } from "~/modules/tracker/commitment-page-view.server";
import { useDayFormat } from "./use-day-format";

type View = Pick<
  CommitmentPageView,
  "commitment" | "milestones" | "progress" | "stall" | "settings"
>;

/** Title, status, demo and stalled badges, and the progress computed from confirmed milestones. */
export function CommitmentSummary({ view }: { view: View }) {
  const t = useTranslate();
  const format = useDayFormat();
  const { commitment, milestones, progress, stall, settings } = view;
  const confirmed = milestones.filter((m) => m.state === "CONFIRMED").length;
  return (
    <header className="commitment-header">
      <h1>
        {commitment.title} {commitment.isDemo ? <DemoBadge /> : null}
      </h1>
      <p className="commitment-badges" id="status-title">
        <span className="visually-hidden">{t("tracker.page.status")}: </span>
        <StatusBadge status={commitment.status} />
        {stall.stalled ? (
          <span className="badge badge-stalled">{t("tracker.page.stalled")}</span>
        ) : null}
      </p>
      {stall.stalled ? (
        <div className="notice notice-warning" role="note">
          <p>
            {stall.since ? t("tracker.page.stalledSince", { date: format.day(stall.since) }) : null}
          </p>
          <ul className="plain-list">
            {stall.reasons.map((reason) => (
              <li key={reason}>
                {t(`tracker.stalled.${reason}`, {
                  days: reason === "noUpdate" ? settings.stallDays : settings.overdueDays,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {commitment.status === "CANCELLED" && commitment.cancelReason ? (
        <p className="notice">
          {t("tracker.page.cancelReason", { reason: commitment.cancelReason })}
        </p>
      ) : null}
      <div className="commitment-progress">
        <label htmlFor="commitment-progress">
          {t("tracker.page.progress")}: <strong>{progress}%</strong>
        </label>
        <progress id="commitment-progress" max={100} value={progress}>
          {progress}%
        </progress>
        <p className="muted">
          {t("tracker.page.progressText", { confirmed, total: milestones.length })}
        </p>
      </div>
    </header>
  );
}
