// Renders an ECharts option to SVG on the server (ECharts' SSR mode: no DOM, no canvas), with
// animation off, the portal's fonts and colours, and the result passed through sanitizeSvg().
// Renders are memoised by a hash of (kind, option, size, language, labels) in a bounded LRU: a
// dashboard's charts change only when their figures do.
import { createHash } from "node:crypto";
import { BarChart, GraphChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { Language } from "~/i18n/languages";
import { LruCache } from "./lru";
import { sanitizeSvg } from "./svg-sanitize.server";
import { CHART_FONT, CHART_MUTED, CHART_PALETTE, CHART_TEXT } from "./theme";

// Only what the builders use: smaller to load than the whole of ECharts.
echarts.use([BarChart, GraphChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

export const CHART_CACHE_SIZE = 200;
const cache = new LruCache<string>(CHART_CACHE_SIZE);

export interface RenderRequest {
  /** Which builder made the option: its formatters (functions) are not part of the hash. */
  kind: string;
  id: string;
  option: echarts.EChartsCoreOption;
  width: number;
  height: number;
  language: Language;
  title: string;
  description: string;
}

function cacheKey(request: RenderRequest): string {
  const { kind, id, option, width, height, language, title, description } = request;
  return createHash("sha256")
    .update(JSON.stringify([kind, id, option, width, height, language, title, description]))
    .digest("base64url");
}

function renderUncached(request: RenderRequest): string {
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: request.width,
    height: request.height,
  });
  try {
    chart.setOption({
      animation: false,
      color: [...CHART_PALETTE],
      textStyle: { fontFamily: CHART_FONT, color: CHART_TEXT, fontSize: 13 },
      aria: { enabled: false },
      ...request.option,
    });
    const raw = chart.renderToSVGString();
    return sanitizeSvg(raw, {
      idPrefix: request.id,
      rootAttributes: {
        role: "img",
        "aria-labelledby": `${request.id}-title ${request.id}-desc`,
        focusable: "false",
      },
      labels: [
        { element: "title", id: `${request.id}-title`, text: request.title },
        { element: "desc", id: `${request.id}-desc`, text: request.description },
      ],
    });
  } finally {
    chart.dispose();
  }
}

/** Safe SVG markup for the option (see svg-sanitize.server.ts), from the cache when it can. */
export function renderChartSvg(request: RenderRequest): string {
  const key = cacheKey(request);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const svg = renderUncached(request);
  cache.set(key, svg);
  return svg;
}

/** For benchmarks and tests: render without the cache. */
export function renderChartSvgUncached(request: RenderRequest): string {
  return renderUncached(request);
}

export function clearChartCache(): void {
  cache.clear();
}

export const AXIS_STYLE = {
  axisLabel: { color: CHART_MUTED, fontSize: 12 },
  axisLine: { lineStyle: { color: CHART_MUTED } },
  splitLine: { lineStyle: { color: "#d3dbd6" } },
} as const;
