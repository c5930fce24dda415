import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { CohortTableRow } from "~/modules/monitoring/cohort-columns";
import { PARTICIPATION_STATUSES } from "~/modules/monitoring/participation-status";

/** The figures at a glance: regions shown, how many in each status, commitments stalled. */
export function MonitoringSummary({
  rows,
  stalled,
}: {
  rows: readonly CohortTableRow[];
  stalled: number;
}) {
  const t = useTranslate();
  const number = new Intl.NumberFormat(localeOf(useLanguage()));
  const items: Array<{ key: string; value: number; label: string }> = [
    { key: "regions", value: rows.length, label: t("monitoring.summary.regions") },
    ...PARTICIPATION_STATUSES.map((s) => ({
      key: s,
      value: rows.filter((r) => r.status === s).length,
      label: t(`monitoring.summary.${s}` as MessageKey),
    })),
    { key: "stalled", value: stalled, label: t("monitoring.summary.stalled") },
  ];
  return (
    <ul className="stat-grid monitoring-summary" aria-label={t("monitoring.summary.label")}>
      {items.map((item) => (
        <li key={item.key}>
          <span className="stat-value">{number.format(item.value)}</span> {item.label}
        </li>
      ))}
    </ul>
  );
}
