import { Link } from "@remix-run/react";
import { useMemo } from "react";
import { DemoBadge } from "~/components/demo-badge";
import { ScrollTable } from "~/components/scroll-table";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { auditActionLabel } from "~/modules/audit/audit-labels";
import {
  COHORT_COLUMNS,
  cellFormats,
  cellText,
  columnLabel,
  type CohortRow,
} from "~/modules/monitoring/cohort-columns";
import type { RegionMonitoring } from "~/modules/monitoring/region-monitoring.server";

/** Columns the drill-down's heading already says (code, name, province). */
const SHOWN_ELSEWHERE = new Set(["code", "name", "province"]);

/** The region's figures: the same columns, labels and formats as its row in the cohort table. */
export function RegionFigures({ row, year }: { row: CohortRow; year: number }) {
  const t = useTranslate();
  const language = useLanguage();
  const formats = useMemo(() => cellFormats(localeOf(language)), [language]);
  return (
    <dl className="facts monitoring-figures">
      {COHORT_COLUMNS.filter((c) => !SHOWN_ELSEWHERE.has(c.id)).map((column) => (
        <div key={column.id}>
          <dt>{columnLabel(t, column, year)}</dt>
          <dd>{cellText(t, formats, column, row)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function RegionActivity({
  lastEvent,
  members,
}: {
  lastEvent: RegionMonitoring["lastEvent"];
  members: RegionMonitoring["members"];
}) {
  const t = useTranslate();
  const language = useLanguage();
  const formats = useMemo(() => cellFormats(localeOf(language)), [language]);
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  });
  return (
    <section aria-labelledby="drill-activity" className="monitoring-section">
      <h2 id="drill-activity">{t("monitoring.drill.activityTitle")}</h2>
      <p>
        {lastEvent
          ? t("monitoring.drill.lastEvent", {
              when: when.format(new Date(lastEvent.at)),
              what: auditActionLabel(t, lastEvent.action),
            })
          : t("monitoring.drill.noEvent")}
      </p>
      <p>
        {t("monitoring.drill.members", {
          active: members.active,
          total: members.total,
          secretaries: members.secretaries,
        })}
      </p>
      {members.list && members.list.length > 0 ? (
        <ScrollTable label={t("monitoring.drill.membersTable")}>
          <table className="compact-table">
            <thead>
              <tr>
                <th scope="col">{t("monitoring.drill.memberName")}</th>
                <th scope="col">{t("monitoring.drill.memberRole")}</th>
                <th scope="col">{t("monitoring.drill.memberSeen")}</th>
              </tr>
            </thead>
            <tbody>
              {members.list.map((m, i) => (
                <tr key={`${m.name}-${i}`}>
                  <th scope="row">{m.name}</th>
                  <td>{t(m.role === "SECRETARY" ? "role.secretary" : "role.developer")}</td>
                  <td>
                    {m.lastSeenAt
                      ? formats.date.format(new Date(m.lastSeenAt))
                      : t("monitoring.never")}
                    {m.active ? ` (${t("monitoring.drill.memberActive")})` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}

type CommitmentRows = RegionMonitoring["commitments"]["adopted"];

export function RegionCommitments({
  commitments,
}: {
  commitments: RegionMonitoring["commitments"];
}) {
  const t = useTranslate();
  return (
    <section aria-labelledby="drill-commitments" className="monitoring-section">
      <h2 id="drill-commitments">{t("monitoring.drill.commitmentsTitle")}</h2>
      <CommitmentTable
        id="drill-adopted"
        title={t("monitoring.drill.adoptedTitle")}
        count={t("monitoring.drill.adoptedCount", {
          count: commitments.adopted.length,
          stalled: commitments.adopted.filter((c) => c.stalledSince).length,
        })}
        otherRegion={t("monitoring.drill.mentor")}
        rows={commitments.adopted}
      />
      <CommitmentTable
        id="drill-mentored"
        title={t("monitoring.drill.mentoredTitle")}
        count={t("monitoring.drill.mentoredCount", {
          count: commitments.mentored.length,
          stalled: commitments.mentored.filter((c) => c.stalledSince).length,
        })}
        otherRegion={t("monitoring.drill.adopter")}
        rows={commitments.mentored}
      />
    </section>
  );
}

function CommitmentTable({
  id,
  title,
  count,
  otherRegion,
  rows,
}: {
  id: string;
  title: string;
  count: string;
  otherRegion: string;
  rows: CommitmentRows;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const formats = useMemo(() => cellFormats(localeOf(language)), [language]);
  const day = (value: string) => formats.date.format(new Date(`${value}T00:00:00+07:00`));
  return (
    <>
      <h3 id={id}>{title}</h3>
      <p className="muted">{count}</p>
      {rows.length > 0 ? (
        <ScrollTable label={title}>
          <table className="compact-table drill-commitments-table">
            <thead>
              <tr>
                <th scope="col">{t("monitoring.alerts.commitment")}</th>
                <th scope="col">{otherRegion}</th>
                <th scope="col">{t("monitoring.drill.status")}</th>
                <th scope="col">{t("monitoring.drill.due")}</th>
                <th scope="col">{t("monitoring.drill.stalled")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/commitments/${c.id}`}>{c.title}</Link>{" "}
                    {c.isDemo ? <DemoBadge /> : null}
                  </th>
                  <td>
                    <Link to={`/monitoring/regions/${c.otherRegion.code}`}>
                      {c.otherRegion.name}
                    </Link>
                  </td>
                  <td>{t(`tracker.status.${c.status}` as MessageKey)}</td>
                  <td>{c.dueOn ? day(c.dueOn) : "—"}</td>
                  <td>
                    {c.stalledSince
                      ? t("monitoring.drill.stalledSince", { day: day(c.stalledSince) })
                      : t("monitoring.drill.notStalled")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </>
  );
}
