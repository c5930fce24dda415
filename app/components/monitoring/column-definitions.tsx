import { useTranslate } from "~/i18n/use-translate";
import { COHORT_COLUMNS, columnLabel } from "~/modules/monitoring/cohort-columns";

/** What each column of the cohort table counts, one click away ("Apa artinya?"). */
export function ColumnDefinitions({ year }: { year: number }) {
  const t = useTranslate();
  return (
    <details className="aside-box monitoring-definitions">
      <summary>{t("monitoring.definitions.title")}</summary>
      <dl>
        {COHORT_COLUMNS.map((column) => (
          <div key={column.id}>
            <dt>{columnLabel(t, column, year)}</dt>
            <dd>{t(column.help, { year: String(year) })}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
