import { useTranslate } from "~/i18n/use-translate";
import { COHORT_COLUMNS, columnHelp, columnLabel } from "~/modules/monitoring/cohort-columns";
import type { FigureDefinitionParams } from "~/modules/monitoring/figures";

/** What each column of the cohort table counts, one click away ("Apa artinya?"). */
export function ColumnDefinitions({ params }: { params: FigureDefinitionParams }) {
  const t = useTranslate();
  const year = Number(params.year);
  return (
    <details className="aside-box monitoring-definitions">
      <summary>{t("monitoring.definitions.title")}</summary>
      <dl>
        {COHORT_COLUMNS.map((column) => (
          <div key={column.id}>
            <dt>{columnLabel(t, column, year)}</dt>
            <dd>{columnHelp(t, column, params)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
