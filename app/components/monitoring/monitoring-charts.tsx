import { SvgChart } from "~/components/charts/svg-chart";
import type { MonitoringChartsData } from "~/modules/monitoring/monitoring-charts-view";

/** The four monitoring charts (from monitoringCharts() in the loader), two a row on wide screens. */
export function MonitoringCharts({
  charts,
  headingLevel = 3,
}: {
  charts: MonitoringChartsData;
  headingLevel?: 2 | 3 | 4;
}) {
  return (
    <div className="chart-grid-list">
      <SvgChart chart={charts.activity} headingLevel={headingLevel} />
      <SvgChart chart={charts.distribution} headingLevel={headingLevel} />
      <SvgChart chart={charts.commitments} headingLevel={headingLevel} />
      <SvgChart chart={charts.network} headingLevel={headingLevel} />
    </div>
  );
}
