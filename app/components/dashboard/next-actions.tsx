// What the secretary should do next, most urgent first: decide what waits for approval, follow up overdue and
// stalled commitments, meet the nearest due dates, complete the year's evidence.
import { Link } from "@remix-run/react";
import { localeOf } from "~/i18n/languages";
import type { Translate } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { NextAction, RegionStanding } from "~/modules/monitoring/region-standing.server";

function sentence(t: Translate, action: NextAction, year: number, date: Intl.DateTimeFormat) {
  switch (action.kind) {
    case "overdue":
    case "stalled":
      return t(`regionStanding.next.${action.kind}`, { count: action.count, title: action.title });
    case "dueSoon":
      return t("regionStanding.next.dueSoon", {
        count: action.count,
        title: action.title,
        date: date.format(new Date(`${action.dueOn}T00:00:00Z`)),
      });
    case "evidenceMissing":
      return t("regionStanding.next.evidenceMissing", { count: action.count });
    case "selfAssessment":
      return t("regionStanding.next.selfAssessment", { year: String(year) });
  }
}

export function NextActions({
  standing,
  waitingCount,
}: {
  standing: RegionStanding;
  /** What waits for the viewer's approval on the dashboard ("Menunggu persetujuan Anda"). */
  waitingCount: number;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const date = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeZone: "UTC",
  });
  return (
    <section className="section next-actions" aria-labelledby="next-actions-title">
      <h2 id="next-actions-title">{t("regionStanding.nextTitle")}</h2>
      {standing.nextActions.length === 0 && waitingCount === 0 ? (
        <p>{t("regionStanding.nextNone", { region: standing.region.name })}</p>
      ) : (
        <ol className="next-action-list">
          {waitingCount > 0 ? (
            <li className="next-action next-action-waiting">
              <a href="#waiting-title">
                {t("regionStanding.next.waiting", { count: waitingCount })}
              </a>
            </li>
          ) : null}
          {standing.nextActions.map((action) => (
            <li key={action.kind} className={`next-action next-action-${action.kind}`}>
              <Link to={action.href}>{sentence(t, action, standing.year, date)}</Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
