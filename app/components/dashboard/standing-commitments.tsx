// The region's unfinished commitments (as adopter), most urgent first: overdue and stalled marked
// in words and colour, the next due date, the progress; links to each and to the region's board.
import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { RegionStanding } from "~/modules/monitoring/region-standing.server";

export function StandingCommitments({ standing }: { standing: RegionStanding }) {
  const t = useTranslate();
  const language = useLanguage();
  const date = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeZone: "UTC",
  });
  const percent = new Intl.NumberFormat(localeOf(language), { style: "percent" });
  const { commitments } = standing;
  const board = `/regions/${standing.region.code}/tracker`;
  return (
    <section className="section standing-commitments" aria-labelledby="standing-commitments-title">
      <h2 id="standing-commitments-title">{t("regionStanding.commitmentsTitle")}</h2>
      {commitments.total === 0 ? (
        <p className="empty-state">{t("regionStanding.commitmentsEmpty")}</p>
      ) : (
        <>
          <p>
            {t("regionStanding.commitmentsSummary", {
              total: commitments.total,
              overdue: commitments.overdue,
              stalled: commitments.stalled,
            })}
            {commitments.items.length < commitments.total
              ? ` ${t("regionStanding.commitmentsShown", {
                  shown: commitments.items.length,
                  total: commitments.total,
                })}`
              : null}
          </p>
          <ul className="commitment-list">
            {commitments.items.map((c) => (
              <li
                key={c.id}
                className={`card commitment-row${c.overdue ? " is-overdue" : c.stalled ? " is-stalled" : ""}`}
              >
                <p className="card-title">
                  <Link to={`/commitments/${c.id}`}>{c.title}</Link>{" "}
                  {c.isDemo ? <DemoBadge /> : null}
                </p>
                <p className="commitment-meta">
                  <span className="badge badge-status">{t(`tracker.status.${c.status}`)}</span>
                  {c.overdue ? (
                    <span className="badge badge-overdue">{t("trackerViews.badge.overdue")}</span>
                  ) : null}
                  {c.stalled ? (
                    <span className="badge badge-stalled">{t("trackerViews.badge.stalled")}</span>
                  ) : null}
                  <span>
                    {c.nextDueOn
                      ? t("regionStanding.due", {
                          date: date.format(new Date(`${c.nextDueOn}T00:00:00Z`)),
                        })
                      : t("regionStanding.noDue")}
                  </span>
                  <span className="muted">
                    {t("regionStanding.mentor", { region: c.mentorRegion.name })} ·{" "}
                    {t("regionStanding.progress", { percent: percent.format(c.progress / 100) })}
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      {commitments.asMentor > 0 ? (
        <p>{t("regionStanding.asMentor", { count: commitments.asMentor })}</p>
      ) : null}
      <p>
        <Link to={board}>
          {t("regionStanding.commitmentsAll", { region: standing.region.name })}
        </Link>
      </p>
    </section>
  );
}
