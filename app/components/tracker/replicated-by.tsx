// "Sudah ditiru oleh": the verified replications of a practice, a code entry or a region, each with
// what it changed on its target indicators and the SPBE index (app/modules/tracker/impact.server.ts).
import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { IndexChange, IndicatorChange } from "~/modules/tracker/impact.server";
import type { ReplicationList } from "~/modules/tracker/replications.server";

type Serialized<T> = T extends Date ? string : T;
type ListData = { [K in keyof ReplicationList]: Serialized<ReplicationList[K]> };

function IndicatorLine({ change }: { change: IndicatorChange }) {
  const t = useTranslate();
  const parts: string[] = [];
  if (change.selfBefore || change.selfAfter) {
    parts.push(
      t("replications.levelSelf", {
        before: String(change.selfBefore?.value ?? change.baselineLevel ?? "–"),
        after: change.selfAfter ? String(change.selfAfter.value) : t("replications.noAfter"),
      }) +
        (change.selfBefore && change.selfAfter
          ? ` ${t("replications.levelYears", { from: String(change.selfBefore.year), to: String(change.selfAfter.year) })}`
          : ""),
    );
  }
  if (change.officialBefore && change.officialAfter) {
    parts.push(
      `${t("replications.levelOfficial", {
        before: String(change.officialBefore.value),
        after: String(change.officialAfter.value),
      })} ${t("replications.levelYears", { from: String(change.officialBefore.year), to: String(change.officialAfter.year) })}`,
    );
  }
  if (parts.length === 0)
    parts.push(
      t("replications.baselineTarget", {
        baseline: String(change.baselineLevel ?? "–"),
        target: String(change.targetLevel),
      }),
    );
  return (
    <li>
      <Link to={`/spbe/indicators/${change.number}`}>
        {t("replications.indicator", { number: String(change.number) })}
      </Link>
      : {parts.join("; ")}
    </li>
  );
}

function IndexLine(props: { change: IndexChange; label: MessageKey }) {
  const t = useTranslate();
  const language = useLanguage();
  const { before, after, gained } = props.change;
  if (!before || !after || gained === null) return null;
  const number = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const signed = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  return (
    <li>
      {t(props.label, {
        before: number.format(before.value),
        after: number.format(after.value),
        gained: signed.format(gained),
      })}{" "}
      {t("replications.levelYears", { from: String(before.year), to: String(after.year) })}
    </li>
  );
}

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
              {item.impact ? (
                <ul className="plain-list impact-list">
                  {item.impact.indicators.map((change) => (
                    <IndicatorLine key={change.number} change={change} />
                  ))}
                  <IndexLine change={item.impact.selfIndex} label="replications.indexSelf" />
                  <IndexLine
                    change={item.impact.officialIndex}
                    label="replications.indexOfficial"
                  />
                </ul>
              ) : null}
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
