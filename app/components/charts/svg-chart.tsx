import type { ChartView } from "~/modules/charts/chart-view";
import { ScrollTable } from "~/components/scroll-table";
import { useTranslate } from "~/i18n/use-translate";

/**
 * A server-rendered chart in a <figure>: the SVG (role="img", named by its <title> and <desc>),
 * a caption saying what it counts, and the same figures as a table, for screen readers and for
 * reading without the picture. `table="visible"` shows the table below the chart; "details" puts
 * it in a <details> that opens without JavaScript.
 */
export function SvgChart({
  chart,
  table = "details",
  headingLevel = 3,
}: {
  chart: ChartView;
  table?: "visible" | "details";
  headingLevel?: 2 | 3 | 4;
}) {
  const t = useTranslate();
  const Heading = `h${headingLevel}` as const;
  const data = (
    <ScrollTable label={chart.table.caption}>
      <table className="compact-table">
        <caption className="visually-hidden">{chart.table.caption}</caption>
        <thead>
          <tr>
            {chart.table.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th scope="row" key={j}>
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
  return (
    <figure className="chart" aria-labelledby={`${chart.id}-heading`}>
      <Heading id={`${chart.id}-heading`} className="chart-title">
        {chart.title}
      </Heading>
      {chart.svg ? (
        // The markup comes from renderChartSvg(): parsed and rewritten from an allowlist on the
        // server, then checked by assertSafeSvg() (no script, handler, style or link).
        <div className="chart-drawing" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      ) : (
        <p className="empty-state">{chart.empty}</p>
      )}
      <figcaption className="chart-caption">
        {chart.caption}
        {chart.isDemo ? <span className="muted"> {t("charts.demo")}</span> : null}
      </figcaption>
      {chart.svg && chart.table.rows.length > 0 ? (
        table === "visible" ? (
          data
        ) : (
          <details className="chart-table">
            <summary>{t("charts.showTable")}</summary>
            {data}
          </details>
        )
      ) : null}
    </figure>
  );
}
