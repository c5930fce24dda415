// Bar charts: one series over categories (a distribution, activity per month) and stacked series
// over categories (commitments by status, split by stalled). Every bar carries its figure as a
// label, and the table holds the same figures in the same format.
import type { Language } from "~/i18n/languages";
import type { ChartTable, ChartView } from "./chart-view";
import { numberFormatter, tickFormatter } from "./format";
import { AXIS_STYLE, renderChartSvg } from "./render.server";
import { CHART_MUTED, CHART_PALETTE } from "./theme";

export interface ChartTexts {
  title: string;
  caption: string;
  description: string;
  empty: string;
  /** Header cells: the category column, then one per series (and a total when stacked). */
  columns: string[];
  tableCaption: string;
}

export interface BarChartInput {
  kind: string;
  id: string;
  categories: Array<{ label: string; value: number }>;
  seriesName: string;
  texts: ChartTexts;
  language: Language;
  isDemo?: boolean;
  width?: number;
  height?: number;
  /** Bars side by side in time order read better as a column chart; long labels as rows. */
  horizontal?: boolean;
}

function view(
  input: { id: string; texts: ChartTexts; isDemo?: boolean },
  table: ChartTable,
  svg: string | null,
): ChartView {
  const { texts } = input;
  return {
    id: input.id,
    svg,
    title: texts.title,
    caption: texts.caption,
    description: texts.description,
    empty: texts.empty,
    table,
    isDemo: input.isDemo ?? false,
  };
}

/** The view of a bar chart drawn from its ECharts option (both bar builders end here). */
function renderedView(
  input: {
    kind: string;
    id: string;
    texts: ChartTexts;
    language: Language;
    isDemo?: boolean;
    height?: number;
  },
  table: ChartTable,
  option: Parameters<typeof renderChartSvg>[0]["option"],
  width: number,
): ChartView {
  return view(
    input,
    table,
    renderChartSvg({
      kind: input.kind,
      id: input.id,
      option,
      width,
      height: input.height ?? 300,
      language: input.language,
      title: input.texts.title,
      description: input.texts.description,
    }),
  );
}

/** Room for the longest category label beside horizontal bars (12 px text, about 7 px a letter). */
function labelRoom(categories: string[], width: number): number {
  const longest = Math.max(0, ...categories.map((c) => c.length));
  return Math.min(Math.round(width * 0.45), 16 + longest * 7);
}

function axes(categories: string[], horizontal: boolean, language: Language) {
  // Many column labels (12 months) are slanted so they never overlap.
  const slanted = !horizontal && categories.length > 6;
  const category = {
    type: "category",
    data: categories,
    ...AXIS_STYLE,
    axisLabel: { ...AXIS_STYLE.axisLabel, interval: 0, rotate: slanted ? 40 : 0 },
    inverse: horizontal,
  };
  const value = {
    type: "value",
    minInterval: 1,
    ...AXIS_STYLE,
    axisLabel: { ...AXIS_STYLE.axisLabel, formatter: tickFormatter(language) },
  };
  return horizontal ? { xAxis: value, yAxis: category } : { xAxis: category, yAxis: value };
}

export function barChart(input: BarChartInput): ChartView {
  const format = numberFormatter(input.language);
  const horizontal = input.horizontal ?? false;
  const table: ChartTable = {
    caption: input.texts.tableCaption,
    columns: input.texts.columns,
    rows: input.categories.map((c) => [c.label, format(c.value)]),
  };
  const total = input.categories.reduce((sum, c) => sum + c.value, 0);
  if (input.categories.length === 0 || total === 0) return view(input, table, null);
  const labels = input.categories.map((c) => c.label);
  const width = input.width ?? 640;
  const option = {
    grid: horizontal
      ? { left: labelRoom(labels, width), right: 48, top: 16, bottom: 32 }
      : { left: 56, right: 16, top: 32, bottom: labels.length > 6 ? 64 : 32 },
    ...axes(labels, horizontal, input.language),
    series: [
      {
        type: "bar",
        name: input.seriesName,
        data: input.categories.map((c) => c.value),
        itemStyle: { color: CHART_PALETTE[0] },
        barMaxWidth: 48,
        label: {
          show: true,
          position: horizontal ? "right" : "top",
          color: CHART_MUTED,
          fontSize: 12,
          formatter: (params: { value: number }) => format(params.value),
        },
      },
    ],
  };
  return renderedView(input, table, option, width);
}

/** Stack parts: green first, then red (e.g. stalled), blue, amber. */
const STACK_COLOURS = [CHART_PALETTE[0], CHART_PALETTE[4], CHART_PALETTE[2], CHART_PALETTE[1]];

export interface StackedBarInput {
  kind: string;
  id: string;
  categories: string[];
  /** One series per stack part; values[i] belongs to categories[i]. */
  series: Array<{ name: string; values: number[] }>;
  /** Header of the total column. */
  totalLabel: string;
  texts: ChartTexts;
  language: Language;
  isDemo?: boolean;
  width?: number;
  height?: number;
}

export function stackedBarChart(input: StackedBarInput): ChartView {
  const format = numberFormatter(input.language);
  const totals = input.categories.map((_, i) =>
    input.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0),
  );
  const table: ChartTable = {
    caption: input.texts.tableCaption,
    columns: [...input.texts.columns, input.totalLabel],
    rows: input.categories.map((category, i) => [
      category,
      ...input.series.map((s) => format(s.values[i] ?? 0)),
      format(totals[i]!),
    ]),
  };
  if (totals.every((n) => n === 0)) return view(input, table, null);
  const width = input.width ?? 640;
  const option = {
    grid: { left: labelRoom(input.categories, width), right: 56, top: 16, bottom: 48 },
    legend: { bottom: 0, textStyle: { color: CHART_MUTED, fontSize: 13 }, itemGap: 24 },
    ...axes(input.categories, true, input.language),
    series: input.series.map((s, index) => ({
      type: "bar",
      name: s.name,
      stack: "total",
      data: s.values,
      barMaxWidth: 32,
      itemStyle: { color: STACK_COLOURS[index % STACK_COLOURS.length], borderColor: "#ffffff" },
      label: {
        show: index === input.series.length - 1,
        position: "right",
        color: CHART_MUTED,
        fontSize: 12,
        formatter: (params: { dataIndex: number }) => format(totals[params.dataIndex] ?? 0),
      },
    })),
  };
  return renderedView(input, table, option, width);
}
