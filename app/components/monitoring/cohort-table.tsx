import { Link } from "@remix-run/react";
import { useMemo } from "react";
import { ScrollTable } from "~/components/scroll-table";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import {
  COHORT_COLUMNS,
  cellFormats,
  cellText,
  columnHelp,
  columnLabel,
  type CohortColumnId,
  type CohortTableRow,
  type SortDirection,
} from "~/modules/monitoring/cohort-columns";
import { cohortQueryString, type CohortQuery } from "~/modules/monitoring/cohort-query";
import type { FigureDefinitionParams } from "~/modules/monitoring/figures";
import { HelpDisclosure } from "./figure-help";

/** Columns that name the region rather than count something: no definition beside their header. */
const SELF_EXPLAINING = new Set(["code", "name", "province"]);

/**
 * The cohort table: one row per region, the columns of COHORT_COLUMNS. Every header is a link
 * that sorts by it (again: the other way round), and says how the table is sorted (aria-sort).
 * Every figure's header has its definition one click away (a "?" beside the sort link).
 * The region's name leads to its drill-down.
 */
export function CohortTable({
  rows,
  query,
  sort,
  dir,
  year,
  params,
}: {
  rows: readonly CohortTableRow[];
  query: CohortQuery;
  sort: CohortColumnId;
  dir: SortDirection;
  year: number;
  /** The figures' definition parameters (thresholds, year): figureDefinitionParams(). */
  params: FigureDefinitionParams;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const formats = useMemo(() => cellFormats(localeOf(language)), [language]);
  return (
    <ScrollTable label={t("monitoring.table.label")}>
      <table className="cohort-table">
        <caption className="visually-hidden">
          {t("monitoring.table.caption", {
            column: columnLabel(
              t,
              COHORT_COLUMNS.find((c) => c.id === sort)!,
              year,
            ),
            dir: t(dir === "asc" ? "monitoring.sort.asc" : "monitoring.sort.desc"),
          })}
        </caption>
        <thead>
          <tr>
            {COHORT_COLUMNS.map((column) => {
              const current = column.id === sort;
              const next: SortDirection = current && dir === "asc" ? "desc" : "asc";
              const numeric = column.kind === "number" || column.kind === "percent";
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={numeric ? "num" : undefined}
                  aria-sort={current ? (dir === "asc" ? "ascending" : "descending") : undefined}
                >
                  <Link
                    to={`/monitoring${cohortQueryString(query, { sort: column.id, dir: next })}`}
                    preventScrollReset
                  >
                    {columnLabel(t, column, year)}
                    <span className="sort-mark" aria-hidden="true">
                      {current ? (dir === "asc" ? " ▲" : " ▼") : ""}
                    </span>
                  </Link>
                  {SELF_EXPLAINING.has(column.id) ? null : (
                    <>
                      {" "}
                      <HelpDisclosure
                        label={columnLabel(t, column, year)}
                        definition={columnHelp(t, column, params)}
                        compact
                      />
                    </>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              {COHORT_COLUMNS.map((column) => {
                const text = cellText(t, formats, column, row);
                if (column.id === "name")
                  return (
                    <th key={column.id} scope="row">
                      <Link to={`/monitoring/regions/${row.code}`}>{text}</Link>
                    </th>
                  );
                const numeric = column.kind === "number" || column.kind === "percent";
                return (
                  <td
                    key={column.id}
                    className={
                      numeric ? "num" : column.id === "code" ? "code" : `cell-${column.kind}`
                    }
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
