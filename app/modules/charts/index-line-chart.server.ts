// The SPBE index over the years as a line chart: the official result and, where the viewer may read
// it, the region's submitted self-assessment. The table beside it has one row per figure.
import type { Language } from "~/i18n/languages";
import type { MessageKey, Translate } from "~/i18n/translate";
import type { ChartView } from "./chart-view";
import { numberFormatter, tickFormatter } from "./format";
import { AXIS_STYLE, renderChartSvg } from "./render.server";
import { CHART_MUTED, CHART_PALETTE } from "./theme";

export interface IndexChartPoint {
  year: number;
  index: number;
  series: "official" | "self";
  /** The official result's source, or the self-assessment's status. */
  source: string;
  isDemo: boolean;
}

const SERIES_LABEL: Record<IndexChartPoint["series"], MessageKey> = {
  official: "charts.index.official",
  self: "charts.index.self",
};

export function indexLineChart(input: {
  id: string;
  points: IndexChartPoint[];
  scaleMax?: number;
  t: Translate;
  language: Language;
}): ChartView {
  const { id, t, language } = input;
  const points = [...input.points].sort(
    (a, b) => a.year - b.year || a.series.localeCompare(b.series),
  );
  const format = numberFormatter(language, 2);
  const title = t("charts.index.title");
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const seriesKeys = (["official", "self"] as const).filter((key) =>
    points.some((p) => p.series === key),
  );
  const description = points
    .map((p) =>
      t("charts.index.describe", {
        series: t(SERIES_LABEL[p.series]),
        year: String(p.year),
        value: format(p.index),
      }),
    )
    .join("; ");
  const table = {
    caption: t("charts.tableOf", { title }),
    columns: [
      t("charts.index.colYear"),
      t("charts.index.colKind"),
      t("charts.index.colIndex"),
      t("charts.index.colSource"),
    ],
    rows: points.map((p) => [
      String(p.year),
      t(SERIES_LABEL[p.series]),
      format(p.index),
      p.isDemo ? `${p.source} (${t("demo.label")})` : p.source,
    ]),
  };
  const base = {
    id,
    title,
    caption: t("charts.index.caption"),
    description,
    empty: t("charts.index.empty"),
    table,
    isDemo: points.some((p) => p.isDemo),
  };
  if (points.length === 0) return { ...base, svg: null };
  const option = {
    grid: { left: 48, right: 24, top: 24, bottom: seriesKeys.length > 1 ? 64 : 40 },
    legend:
      seriesKeys.length > 1
        ? { bottom: 0, textStyle: { color: CHART_MUTED, fontSize: 13 }, itemGap: 24 }
        : undefined,
    xAxis: { type: "category", data: years.map(String), boundaryGap: true, ...AXIS_STYLE },
    yAxis: {
      type: "value",
      min: 0,
      max: input.scaleMax ?? 5,
      interval: 1,
      ...AXIS_STYLE,
      axisLabel: { ...AXIS_STYLE.axisLabel, formatter: tickFormatter(language) },
    },
    series: seriesKeys.map((key) => ({
      type: "line",
      name: t(SERIES_LABEL[key]),
      connectNulls: true,
      symbol: key === "official" ? "circle" : "diamond",
      symbolSize: 10,
      lineStyle: { width: 3, type: key === "official" ? "solid" : "dashed" },
      itemStyle: { color: CHART_PALETTE[key === "official" ? 0 : 1] },
      label: {
        show: true,
        fontSize: 12,
        formatter: (params: { value: number }) => format(params.value),
      },
      // Where both series have a year, the higher figure's label goes above, the lower's below.
      data: years.map((year) => {
        const own = points.find((p) => p.year === year && p.series === key);
        if (!own) return null;
        const other = points.find((p) => p.year === year && p.series !== key);
        const above = other ? own.index >= other.index : key === "official";
        return { value: own.index, label: { position: above ? "top" : "bottom" } };
      }),
    })),
  };
  return {
    ...base,
    svg: renderChartSvg({
      kind: "index-line",
      id,
      option,
      width: 560,
      height: 260,
      language,
      title,
      description,
    }),
  };
}
