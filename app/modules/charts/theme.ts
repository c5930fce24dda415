// Colours and type for server-rendered charts. Every series colour has at least 3:1 contrast on
// white (WCAG 1.4.11, graphical objects) and text at least 4.5:1; the fonts are the portal's own
// system stack, so nothing is fetched. Font names are quoted with single quotes: ECharts writes the
// family into a double-quoted style attribute without escaping it.

export const CHART_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

export const CHART_TEXT = "#1b1f23";
export const CHART_MUTED = "#4a5560";
export const CHART_GRID = "#d3dbd6";

/** Series colours in order: portal green, amber, blue, purple, red, teal, grey. */
export const CHART_PALETTE = [
  "#0b5d3b",
  "#b45309",
  "#1d4ed8",
  "#7e22ce",
  "#b91c1c",
  "#0f766e",
  "#4a5560",
] as const;
