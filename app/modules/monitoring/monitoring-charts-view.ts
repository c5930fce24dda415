import type { ChartView } from "~/modules/charts/chart-view";

/** What <MonitoringCharts> shows: built by monitoringCharts() in a loader. */
export interface MonitoringChartsData {
  activity: ChartView;
  distribution: ChartView;
  commitments: ChartView;
  network: ChartView;
}
