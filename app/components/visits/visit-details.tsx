import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import type { VisitPage } from "~/modules/tracker/visit-page.server";
import { useTranslate } from "~/i18n/use-translate";
import type { MessageKey } from "~/i18n/translate";
import { useVisitDay } from "./visit-day";

type Visit = VisitPage["visit"];

/** The facts of a visit and the practices and code seen. */
export function VisitDetails({ visit }: { visit: Visit }) {
  const t = useTranslate();
  const dayText = useVisitDay();
  const texts: Array<{ label: MessageKey; value: string }> = [
    { label: "visits.page.people", value: visit.people },
    { label: "visits.page.topics", value: visit.topics },
    { label: "visits.page.notes", value: visit.notes },
  ];
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t("visits.page.date")}</dt>
          <dd>
            <time dateTime={visit.visitedOn}>{dayText(visit.visitedOn)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("visits.field.host")}</dt>
          <dd>
            <Link to={`/regions/${visit.hostRegion.code}`}>{visit.hostRegion.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("visits.field.visitor")}</dt>
          <dd>
            <Link to={`/regions/${visit.visitorRegion.code}`}>{visit.visitorRegion.name}</Link>
          </dd>
        </div>
        {visit.participantCount !== null ? (
          <div>
            <dt>{t("visits.page.participants")}</dt>
            <dd>{visit.participantCount}</dd>
          </div>
        ) : null}
        {visit.createdBy ? (
          <div>
            <dt>{t("visits.page.recordedBy")}</dt>
            <dd>{visit.createdBy}</dd>
          </div>
        ) : null}
      </dl>
      {texts
        .filter((entry) => entry.value.trim() !== "")
        .map((entry) => (
          <section key={entry.label} className="visit-text">
            <h2 className="h3">{t(entry.label)}</h2>
            <p className="pre-line">{entry.value}</p>
          </section>
        ))}
      <section className="section" aria-labelledby="seen-title">
        <h2 id="seen-title">{t("visits.page.seenTitle")}</h2>
        {visit.practices.length + visit.software.length === 0 ? (
          <p className="empty-state">{t("visits.page.seenEmpty")}</p>
        ) : (
          <ul className="plain-list">
            {visit.practices.map((p) => (
              <li key={p.id}>
                <span className="muted">{t("visits.page.practice")}: </span>
                <Link to={`/practices/${p.slug}`}>{p.title}</Link> {p.isDemo ? <DemoBadge /> : null}
                <span className="muted">
                  {" "}
                  · {t("visits.page.indicators", { count: p.indicatorCount })}
                  {p.followedUp ? ` · ${t("visits.page.followedUp")}` : ""}
                </span>
              </li>
            ))}
            {visit.software.map((s) => (
              <li key={s.id}>
                <span className="muted">{t("visits.page.software")}: </span>
                <Link to={`/software/${s.slug}`}>{s.name}</Link> {s.isDemo ? <DemoBadge /> : null}
                {s.followedUp ? (
                  <span className="muted"> · {t("visits.page.followedUp")}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
