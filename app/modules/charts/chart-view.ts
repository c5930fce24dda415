// What a page receives for one chart: the SVG (already sanitised on the server) and everything the
// <figure> around it shows: a title, what the chart counts, a summary for screen readers, and the
// same figures as a table, already formatted in the reader's language.

export interface ChartTable {
  caption: string;
  columns: string[];
  /** Cells as shown; the first cell of each row names the row. */
  rows: string[][];
}

export interface ChartView {
  /** Unique on the page: prefixes the ids inside the SVG. */
  id: string;
  /** Safe SVG markup from renderChartSvg(), or null when there is nothing to draw. */
  svg: string | null;
  title: string;
  /** What the chart counts, shown as its caption. */
  caption: string;
  /** A short reading of the figures, the SVG's <desc>. */
  description: string;
  /** Shown instead of the SVG when there is no data. */
  empty: string;
  table: ChartTable;
  isDemo: boolean;
}
