// "Sudah ditiru oleh": the verified replications of a practice, a code entry or a region, each with
// what it changed on its target indicators and the SPBE index (app/modules/tracker/impact.server.ts).
import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { ImpactLines } from "./commitment-impact";
import type { ReplicationList } from "~/modules/tracker/replications.server";

type Serialized<T> = T extends Date ? string : T;
type ListData = { [K in keyof ReplicationList]: Serialized<ReplicationList[K]> };

export function ReplicatedBy(props: {
  list: ListData;
  /** Whose page: a practice or code entry names adopters; a region names the other party. */
  side: "record" | "adopter" | "mentor";
  title?: MessageKey;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium" });
  const { list } = props;
  const titleId = `replicated-${props.side}`;
  const anyHidden = list.items.some((i) => i.impact && !i.impact.selfAssessedReadable);
  return (
    <section className="aside-box replicated-by" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(props.title ?? "replications.title")}</h2>
      <p className="muted">{t("replications.what")}</p>
      {list.total === 0 ? (
        <p className="empty-state">{t("replications.none")}</p>
      ) : (
        <p>{t("replications.count", { count: String(list.total) })}</p>
      )}
      {list.items.length ? (
        <ul className="plain-list replication-list">
          {list.items.map((item) => (
            <li key={item.id} className="replication">
              <p>
                <strong>
                  {props.side === "mentor" ? (
                    <Link to={`/regions/${item.adopterRegion.code}`}>
                      {item.adopterRegion.name}
                    </Link>
                  ) : props.side === "adopter" ? (
                    <Link to={`/regions/${item.mentorRegion.code}`}>{item.mentorRegion.name}</Link>
                  ) : (
                    <Link to={`/regions/${item.adopterRegion.code}`}>
                      {item.adopterRegion.name}
                    </Link>
                  )}
                </strong>{" "}
                {item.isDemo ? <DemoBadge /> : null}
                <br />
                <Link to={`/commitments/${item.id}`}>{item.title}</Link>
                {item.verifiedAt ? (
                  <span className="muted">
                    {" "}
                    ·{" "}
                    {t("replications.verifiedOn", { date: date.format(new Date(item.verifiedAt)) })}
                  </span>
                ) : null}
              </p>
              {item.impact ? <ImpactLines impact={item.impact} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {list.visible > list.items.length ? (
        <p className="muted">
          {t("replications.shown", {
            shown: String(list.items.length),
            total: String(list.visible),
          })}
        </p>
      ) : null}
      {list.membersOnly > 0 ? (
        <p className="muted">
          {t("replications.membersOnly", { count: String(list.membersOnly) })}
        </p>
      ) : null}
      {anyHidden ? <p className="muted">{t("replications.selfHidden")}</p> : null}
      {list.items.length ? <p className="muted small">{t("replications.impactWhat")}</p> : null}
    </section>
  );
}
