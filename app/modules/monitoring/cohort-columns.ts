// The columns of the coordinators' cohort table (/monitoring), as ONE list that the page, the CSV
// and the XLSX all read: a new figure is one more line here and shows everywhere, labelled the
// same. A column that shows a participation figure takes its label and definition from the figure
// catalogue (./figures.ts), so it is named as on every other page. Pure (no database): the page's
// component formats cells with it too.
import type { MessageKey, MessageParams, Translate } from "~/i18n/translate";
import { figure, type FigureId } from "./figures";
import type { RegionParticipation } from "./participation.server";
import { PORTAL_TIME_ZONE } from "~/utils/calendar";

/** One row of the cohort table: a region's participation and the name of its province. */
export type CohortRow = RegionParticipation & { provinceName: string };

/** The fields the table's columns, its sort and its summary read: all the page is sent. */
export const COHORT_TABLE_FIELDS = [
  "code",
  "name",
  "provinceCode",
  "provinceName",
  "status",
  "lastActivityAt",
  "activeMembers",
  "practices",
  "software",
  "commitments",
  "evidenceCompleteness",
] as const satisfies ReadonlyArray<keyof CohortRow>;

/** A row as the page gets it (514 of them: the other figures stay on the server). */
export type CohortTableRow = Pick<CohortRow, (typeof COHORT_TABLE_FIELDS)[number]>;

export function toTableRow(row: CohortRow): CohortTableRow {
  return Object.fromEntries(
    COHORT_TABLE_FIELDS.map((field) => [field, row[field]]),
  ) as CohortTableRow;
}

/** How a column's value is shown and exported. */
export type ColumnKind = "number" | "percent" | "date" | "text";

export interface CohortColumn {
  id: string;
  /** The header (may use {year}). */
  label: MessageKey;
  /** What the figure counts, one click away ("Apa artinya?"). */
  help: MessageKey;
  kind: ColumnKind;
  /** The raw value: a count, a share 0..1, an ISO date (or null: never), a text or a code. */
  value: (row: CohortTableRow) => number | string | null;
  /** For a text column that holds a code: the message that names it. */
  labelOf?: (value: string) => MessageKey;
}

/** A figure's label and definition from the catalogue. */
function fromFigure(id: FigureId): { label: MessageKey; help: MessageKey } {
  const entry = figure(id);
  return { label: entry.label, help: entry.definition };
}

export const COHORT_COLUMNS = [
  {
    id: "code",
    label: "monitoring.col.code",
    help: "monitoring.help.code",
    kind: "text",
    value: (r) => r.code,
  },
  {
    id: "name",
    label: "monitoring.col.name",
    help: "monitoring.help.name",
    kind: "text",
    value: (r) => r.name,
  },
  {
    id: "province",
    label: "monitoring.col.province",
    help: "monitoring.help.province",
    kind: "text",
    value: (r) => r.provinceName,
  },
  {
    id: "status",
    ...fromFigure("status"),
    kind: "text",
    value: (r) => r.status,
    labelOf: (value) => `participation.status.${value}` as MessageKey,
  },
  {
    id: "lastActivity",
    ...fromFigure("lastActivityAt"),
    kind: "date",
    value: (r) => r.lastActivityAt,
  },
  {
    id: "activeMembers",
    ...fromFigure("activeMembers"),
    kind: "number",
    value: (r) => r.activeMembers,
  },
  {
    id: "practices",
    ...fromFigure("practices"),
    kind: "number",
    value: (r) => r.practices,
  },
  {
    id: "software",
    ...fromFigure("software"),
    kind: "number",
    value: (r) => r.software,
  },
  {
    id: "commitmentsActive",
    ...fromFigure("commitments.active"),
    kind: "number",
    value: (r) => r.commitments.active,
  },
  {
    id: "commitmentsStalled",
    ...fromFigure("commitments.stalled"),
    kind: "number",
    value: (r) => r.commitments.stalled,
  },
  {
    id: "commitmentsVerified",
    ...fromFigure("commitments.verified"),
    kind: "number",
    value: (r) => r.commitments.verified,
  },
  {
    id: "evidenceCompleteness",
    ...fromFigure("evidenceCompleteness"),
    kind: "percent",
    value: (r) => r.evidenceCompleteness,
  },
] as const satisfies readonly CohortColumn[];

export type CohortColumnId = (typeof COHORT_COLUMNS)[number]["id"];

export const COHORT_COLUMN_IDS = COHORT_COLUMNS.map((c) => c.id) as [
  CohortColumnId,
  ...CohortColumnId[],
];

export function cohortColumn(id: CohortColumnId): CohortColumn {
  return COHORT_COLUMNS.find((c) => c.id === id)!;
}

/** A column's header in the reader's language. */
export function columnLabel(t: Translate, column: CohortColumn, year: number): string {
  return t(column.label, { year: String(year) });
}

/** What a column counts; `params`: the figures' definition parameters (thresholds, year). */
export function columnHelp(t: Translate, column: CohortColumn, params: MessageParams): string {
  return t(column.help, params);
}

/** Formatters for one language, made once per page or file. */
export function cellFormats(locale: string) {
  return {
    number: new Intl.NumberFormat(locale),
    percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }),
    date: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: PORTAL_TIME_ZONE }),
  };
}

export type CellFormats = ReturnType<typeof cellFormats>;

/** A cell as a person reads it (the page and the CSV): numbers in the locale, dates in WIB. */
export function cellText(
  t: Translate,
  formats: CellFormats,
  column: CohortColumn,
  row: CohortTableRow,
): string {
  const value = column.value(row);
  if (value === null) return t("monitoring.never");
  switch (column.kind) {
    case "number":
      return formats.number.format(Number(value));
    case "percent":
      return formats.percent.format(Number(value));
    case "date":
      return formats.date.format(new Date(String(value)));
    case "text":
      return textOf(t, column, String(value));
  }
}

/** A text column's value as read: a code named in the reader's language, other texts as they are. */
export function textOf(t: Translate, column: CohortColumn, value: string): string {
  return column.labelOf ? t(column.labelOf(value)) : value;
}

export type SortDirection = "asc" | "desc";

/**
 * The rows sorted by one column: numbers and dates by value, texts in Indonesian order; a region
 * with no value (never active) comes last either way; ties keep region code order.
 */
export function sortCohortRows<Row extends CohortTableRow>(
  rows: readonly Row[],
  columnId: CohortColumnId,
  direction: SortDirection,
): Row[] {
  const column = cohortColumn(columnId);
  const sign = direction === "asc" ? 1 : -1;
  const collator = new Intl.Collator("id");
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x === null || y === null) {
      if (x === y) return a.code.localeCompare(b.code);
      return x === null ? 1 : -1;
    }
    let order: number;
    if (column.kind === "number" || column.kind === "percent") order = Number(x) - Number(y);
    else if (column.kind === "date") order = Date.parse(String(x)) - Date.parse(String(y));
    else order = collator.compare(String(x), String(y));
    return order !== 0 ? sign * order : a.code.localeCompare(b.code);
  });
}
