// The cohort table as files: /monitoring/regions.csv and /monitoring/regions.xlsx, with the same
// query as the page. Both start with header rows in words (what the table is, the filters, the
// scope, the sort, the row count, when it was made in WIB), then every row (no cap), with the
// columns of COHORT_COLUMNS: the page, the CSV and the XLSX cannot disagree on what a column holds.
import ExcelJS from "exceljs";
import { localeOf, type Language } from "~/i18n/languages";
import { translator, type MessageKey, type Translate } from "~/i18n/translate";
import { PORTAL_TIME_ZONE, todayInWib } from "~/utils/calendar";
import { csvWithBom } from "~/utils/csv";
import {
  COHORT_COLUMNS,
  cohortColumn,
  columnLabel,
  textOf,
  type CohortColumn,
  type CohortRow,
} from "./cohort-columns";
import type { CohortTable } from "./cohort-table.server";

const WIB_OFFSET_MS = 7 * 3600_000;

/** The filters, scope, sort, count and time of making, one sentence each. */
export function exportHeaderLines(
  table: CohortTable,
  language: Language,
  options: { demo: boolean },
): string[] {
  const t = translator(language);
  const { query } = table;
  const province = table.provinces.find((p) => p.code === query.province);
  const cohort = table.cohorts.find((c) => c.slug === query.cohort);
  const filters = [
    province ? t("monitoring.export.filterProvince", { name: province.name }) : null,
    query.status
      ? t("monitoring.export.filterStatus", {
          name: t(`participation.status.${query.status}` as MessageKey),
        })
      : null,
    cohort
      ? t("monitoring.export.filterCohort", {
          name: language === "id" ? cohort.name : cohort.nameEn,
        })
      : null,
  ].filter((line): line is string => line !== null);
  const scope =
    table.scope === "all"
      ? t("monitoring.scope.national")
      : t("monitoring.scope.provinces", {
          names: table.provinces.map((p) => p.name).join(", "),
        });
  const made = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: PORTAL_TIME_ZONE,
  }).format(new Date(table.generatedAt));
  return [
    t("monitoring.export.title"),
    t("monitoring.export.filters", {
      filters: filters.length ? filters.join("; ") : t("monitoring.export.noFilter"),
    }),
    t("monitoring.export.scope", { scope }),
    t("monitoring.export.sort", {
      column: columnLabel(t, cohortColumn(table.sort), table.year),
      dir: t(table.dir === "asc" ? "monitoring.sort.asc" : "monitoring.sort.desc"),
    }),
    t("monitoring.export.rows", { count: table.rows.length }),
    t("monitoring.export.made", { when: made }),
    ...(options.demo ? [t("monitoring.export.demo")] : []),
  ];
}

/** The export's file name, e.g. monitoring-daerah-32-2026-12-07.csv. */
export function exportFileName(table: CohortTable, extension: "csv" | "xlsx"): string {
  const province = table.query.province ? `-${table.query.province}` : "";
  const cohort = table.query.cohort ? `-${table.query.cohort}` : "";
  const status = table.query.status ? `-${table.query.status}` : "";
  const day = todayInWib(new Date(table.generatedAt));
  return `monitoring-daerah${province}${cohort}${status}-${day}.${extension}`;
}

/** A CSV header: percentages are written as shares (0..1), dates in WIB, as the header says. */
function csvHeader(t: Translate, column: CohortColumn, year: number): string {
  const label = columnLabel(t, column, year);
  if (column.kind === "percent") return `${label} (0-1)`;
  if (column.kind === "date") return `${label} (WIB)`;
  return label;
}

function wibTimestamp(iso: string): string {
  const at = new Date(Date.parse(iso) + WIB_OFFSET_MS).toISOString();
  return `${at.slice(0, 10)} ${at.slice(11, 16)}`;
}

function csvValue(t: Translate, column: CohortColumn, row: CohortRow): string | number {
  const value = column.value(row);
  if (value === null) return t("monitoring.never");
  if (column.kind === "date") return wibTimestamp(String(value));
  if (column.kind === "text") return textOf(t, column, String(value));
  return value;
}

export function cohortCsv(table: CohortTable, language: Language, options: { demo: boolean }) {
  const t = translator(language);
  return csvWithBom([
    ...exportHeaderLines(table, language, options).map((line) => [line]),
    [],
    COHORT_COLUMNS.map((column) => csvHeader(t, column, table.year)),
    ...table.rows.map((row) => COHORT_COLUMNS.map((column) => csvValue(t, column, row))),
  ]);
}

const XLSX_FORMATS: Record<CohortColumn["kind"], string | undefined> = {
  number: "0",
  percent: "0.0%",
  date: "yyyy-mm-dd hh:mm",
  text: "@",
};

function xlsxValue(t: Translate, column: CohortColumn, row: CohortRow): ExcelJS.CellValue {
  const value = column.value(row);
  if (value === null) return t("monitoring.never");
  // A date cell has no time zone: it holds the WIB wall-clock time, as the header says.
  if (column.kind === "date") return new Date(Date.parse(String(value)) + WIB_OFFSET_MS);
  if (column.kind === "text") return textOf(t, column, String(value));
  return Number(value);
}

/** The workbook: one sheet, header rows, then a bold header row with a filter, then every row. */
export async function cohortXlsx(
  table: CohortTable,
  language: Language,
  options: { demo: boolean },
): Promise<Buffer> {
  const t = translator(language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Living Lab Layanan Digital";
  workbook.created = new Date(table.generatedAt);
  const sheet = workbook.addWorksheet(t("monitoring.export.sheet"));
  const lines = exportHeaderLines(table, language, options);
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    if (i === 0) cell.font = { bold: true, size: 13 };
  });
  const headerRow = lines.length + 2;
  COHORT_COLUMNS.forEach((column, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = columnLabel(t, column, table.year) + (column.kind === "date" ? " (WIB)" : "");
    cell.font = { bold: true };
    sheet.getColumn(i + 1).width = column.id === "name" || column.id === "province" ? 32 : 16;
  });
  table.rows.forEach((row, r) => {
    COHORT_COLUMNS.forEach((column, c) => {
      const cell = sheet.getCell(headerRow + 1 + r, c + 1);
      cell.value = xlsxValue(t, column, row);
      const format = XLSX_FORMATS[column.kind];
      if (format && !(column.kind === "date" && typeof cell.value === "string"))
        cell.numFmt = format;
    });
  });
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: COHORT_COLUMNS.length },
  };
  sheet.views = [{ state: "frozen", ySplit: headerRow }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
