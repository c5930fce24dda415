import { useMemo } from "react";
import { ScrollTable } from "~/components/scroll-table";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { cellFormats } from "~/modules/monitoring/cohort-columns";
import { PARTICIPATION_STATUSES } from "~/modules/monitoring/participation-status";
import type { ProvinceRollup } from "~/modules/monitoring/province-rollups";

/** Per province of the rows shown: regions, per status, sums and average evidence completeness. */
export function ProvinceRollups({
  rollups,
  year,
}: {
  rollups: readonly ProvinceRollup[];
  year: number;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const formats = useMemo(() => cellFormats(localeOf(language)), [language]);
  const n = (value: number) => formats.number.format(value);
  return (
    <section aria-labelledby="monitoring-rollups" className="monitoring-section">
      <h2 id="monitoring-rollups">{t("monitoring.rollups.title")}</h2>
      <p className="muted">{t("monitoring.rollups.lead", { count: rollups.length })}</p>
      <ScrollTable label={t("monitoring.rollups.title")}>
        <table className="rollup-table">
          <thead>
            <tr>
              <th scope="col">{t("monitoring.col.province")}</th>
              <th scope="col" className="num">
                {t("monitoring.rollups.regions")}
              </th>
              {PARTICIPATION_STATUSES.map((s) => (
                <th key={s} scope="col" className="num">
                  {t(`participation.status.${s}` as MessageKey)}
                </th>
              ))}
              <th scope="col" className="num">
                {t("monitoring.col.activeMembers")}
              </th>
              <th scope="col" className="num">
                {t("monitoring.col.practices")}
              </th>
              <th scope="col" className="num">
                {t("monitoring.col.software")}
              </th>
              <th scope="col" className="num">
                {t("monitoring.col.commitmentsActive")}
              </th>
              <th scope="col" className="num">
                {t("monitoring.col.commitmentsStalled")}
              </th>
              <th scope="col" className="num">
                {t("monitoring.col.commitmentsVerified")}
              </th>
              <th scope="col" className="num">
                {t("monitoring.rollups.evidence", { year: String(year) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rollups.map((r) => (
              <tr key={r.provinceCode}>
                <th scope="row">{r.provinceName}</th>
                <td className="num">{n(r.regions)}</td>
                {PARTICIPATION_STATUSES.map((s) => (
                  <td key={s} className="num">
                    {n(r.byStatus[s])}
                  </td>
                ))}
                <td className="num">{n(r.activeMembers)}</td>
                <td className="num">{n(r.practices)}</td>
                <td className="num">{n(r.software)}</td>
                <td className="num">{n(r.commitments.active)}</td>
                <td className="num">{n(r.commitments.stalled)}</td>
                <td className="num">{n(r.commitments.verified)}</td>
                <td className="num">{formats.percent.format(r.averageEvidenceCompleteness)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
