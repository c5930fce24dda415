// The replication network as a graph: a node per region, an arrow per (source -> adopter) pair,
// its width by the number of replications. The layout is ECharts' "circular" one over nodes sorted
// by region code, so the same figures always give the same picture (no force simulation).
import type { Language } from "~/i18n/languages";
import type { Translate } from "~/i18n/translate";
import type { ChartView } from "./chart-view";
import { numberFormatter } from "./format";
import { renderChartSvg } from "./render.server";
import { CHART_MUTED, CHART_PALETTE, CHART_TEXT } from "./theme";

export interface GraphRegion {
  code: string;
  /** Full name, for the table. */
  name: string;
  /** Short label for the drawing (e.g. "Sumedang"). */
  label: string;
}

export interface GraphEdge {
  sourceCode: string;
  targetCode: string;
  count: number;
}

export function replicationGraph(input: {
  id: string;
  regions: GraphRegion[];
  edges: GraphEdge[];
  scopeRegionCount: number;
  t: Translate;
  language: Language;
  isDemo?: boolean;
}): ChartView {
  const { id, t, language } = input;
  const format = numberFormatter(language);
  const byCode = new Map(input.regions.map((r) => [r.code, r]));
  const edges = input.edges
    .filter((e) => e.count > 0 && byCode.has(e.sourceCode) && byCode.has(e.targetCode))
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.sourceCode.localeCompare(b.sourceCode) ||
        a.targetCode.localeCompare(b.targetCode),
    );
  const used = new Set(edges.flatMap((e) => [e.sourceCode, e.targetCode]));
  const nodes = [...used].sort().map((code) => byCode.get(code)!);
  const index = new Map(nodes.map((node, i) => [node.code, i]));
  const total = edges.reduce((sum, e) => sum + e.count, 0);
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.sourceCode, (weight.get(e.sourceCode) ?? 0) + e.count);
    weight.set(e.targetCode, (weight.get(e.targetCode) ?? 0) + e.count);
  }
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const maxWeight = Math.max(1, ...weight.values());
  const title = t("charts.network.title");
  const description = t("charts.network.describe", {
    edges: format(edges.length),
    total: format(total),
  });
  const base = {
    id,
    title,
    caption: t("charts.network.caption", {
      regions: format(input.scopeRegionCount),
      nodes: format(nodes.length),
      edges: format(edges.length),
      total: format(total),
    }),
    description,
    empty: t("charts.network.empty"),
    table: {
      caption: t("charts.tableOf", { title }),
      columns: [
        t("charts.network.colSource"),
        t("charts.network.colAdopter"),
        t("charts.network.colCount"),
      ],
      rows: edges.map((e) => [
        byCode.get(e.sourceCode)!.name,
        byCode.get(e.targetCode)!.name,
        format(e.count),
      ]),
    },
    isDemo: input.isDemo ?? false,
  };
  if (edges.length === 0) return { ...base, svg: null };
  const size = nodes.length > 40 ? 720 : 560;
  const option = {
    series: [
      {
        type: "graph",
        layout: "circular",
        circular: { rotateLabel: true },
        left: 130,
        right: 130,
        top: 110,
        bottom: 110,
        roam: false,
        edgeSymbol: ["none", "arrow"],
        edgeSymbolSize: [0, 8],
        label: {
          show: true,
          position: "right",
          color: CHART_TEXT,
          fontSize: nodes.length > 40 ? 10 : 12,
          // Long names are cut with "…" in the drawing; the table has them whole.
          width: 110,
          overflow: "truncate",
        },
        lineStyle: { color: CHART_MUTED, opacity: 0.8, curveness: 0.2 },
        itemStyle: { color: CHART_PALETTE[0], borderColor: "#ffffff", borderWidth: 1 },
        data: nodes.map((node) => ({
          // The code is the node's identity (two regions may share a short label).
          id: node.code,
          name: node.label,
          symbolSize: 6 + Math.round((10 * (weight.get(node.code) ?? 0)) / maxWeight),
        })),
        links: edges.map((e) => ({
          source: index.get(e.sourceCode),
          target: index.get(e.targetCode),
          value: e.count,
          lineStyle: { width: 1 + Math.round((4 * e.count) / maxCount) },
        })),
      },
    ],
  };
  return {
    ...base,
    svg: renderChartSvg({
      kind: "replication-graph",
      id,
      option,
      width: size,
      height: size,
      language,
      title,
      description,
    }),
  };
}
