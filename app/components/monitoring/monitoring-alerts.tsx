import { Link } from "@remix-run/react";
import { useMemo } from "react";
import { DemoBadge } from "~/components/demo-badge";
import { ScrollTable } from "~/components/scroll-table";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { cellFormats } from "~/modules/monitoring/cohort-columns";
import type {
  InactiveRegion,
  StalledCommitment,
} from "~/modules/monitoring/monitoring-alerts.server";

/** The dashboard's alerts: quiet regions and stalled commitments, each counted and listed in full. */
export function MonitoringAlerts({
  inactive,
  stalled,
  inactiveAfterDays,
}: {
  inactive: readonly InactiveRegion[];
  stalled: readonly StalledCommitment[];
  inactiveAfterDays: number;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const formats = useMemo(() => cellFormats(localeOf(language)), [language]);
  const never = inactive.filter((r) => r.lastActivityAt === null).length;
  const day = (iso: string) => formats.date.format(new Date(iso));
  return (
    <section aria-labelledby="monitoring-alerts" className="monitoring-section">
      <h2 id="monitoring-alerts">{t("monitoring.alerts.title")}</h2>
      <div className="alert-grid">
        <div className="alert-box">
          <h3>
            {t("monitoring.alerts.inactiveTitle", { days: inactiveAfterDays })}{" "}
            <span className="alert-count">{formats.number.format(inactive.length)}</span>
          </h3>
          <p>
            {t("monitoring.alerts.inactiveCount", {
              count: inactive.length,
              days: inactiveAfterDays,
              quiet: inactive.length - never,
              never,
            })}
          </p>
          {inactive.length > 0 ? (
            <details>
              <summary>{t("monitoring.alerts.inactiveShow", { count: inactive.length })}</summary>
              <ScrollTable label={t("monitoring.alerts.inactiveTable")}>
                <table className="compact-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("monitoring.col.name")}</th>
                      <th scope="col">{t("monitoring.col.status")}</th>
                      <th scope="col">{t("monitoring.col.lastActivity")}</th>
                      <th scope="col" className="num">
                        {t("monitoring.alerts.daysQuiet")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {inactive.map((r) => (
                      <tr key={r.code}>
                        <th scope="row">
                          <Link to={`/monitoring/regions/${r.code}`}>{r.name}</Link>
                        </th>
                        <td>{t(`participation.status.${r.status}` as MessageKey)}</td>
                        <td>{r.lastActivityAt ? day(r.lastActivityAt) : t("monitoring.never")}</td>
                        <td className="num">
                          {r.daysQuiet === null ? "—" : formats.number.format(r.daysQuiet)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            </details>
          ) : null}
        </div>
        <div className="alert-box">
          <h3>
            {t("monitoring.alerts.stalledTitle")}{" "}
            <span className="alert-count">{formats.number.format(stalled.length)}</span>
          </h3>
          <p>{t("monitoring.alerts.stalledCount", { count: stalled.length })}</p>
          {stalled.length > 0 ? (
            <ScrollTable label={t("monitoring.alerts.stalledTable")}>
              <table className="compact-table">
                <thead>
                  <tr>
                    <th scope="col">{t("monitoring.alerts.commitment")}</th>
                    <th scope="col">{t("monitoring.col.name")}</th>
                    <th scope="col">{t("monitoring.alerts.stalledSince")}</th>
                    <th scope="col" className="num">
                      {t("monitoring.alerts.daysStalled")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stalled.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link to={`/commitments/${c.id}`}>{c.title}</Link>{" "}
                        {c.isDemo ? <DemoBadge /> : null}
                        <br />
                        <span className="muted">
                          {c.reasons
                            .map((reason) => t(`monitoring.alerts.reason.${reason}` as MessageKey))
                            .join("; ")}
                        </span>
                      </th>
                      <td>
                        <Link to={`/monitoring/regions/${c.region.code}`}>{c.region.name}</Link>
                      </td>
                      <td>{formats.date.format(new Date(`${c.stalledSince}T00:00:00+07:00`))}</td>
                      <td className="num">{formats.number.format(c.daysStalled)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          ) : null}
        </div>
      </div>
    </section>
  );
}
