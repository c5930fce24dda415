import { SvgChart } from "~/components/charts/svg-chart";
import { useTranslate } from "~/i18n/use-translate";
import type { MonitoringChartsData } from "~/modules/monitoring/monitoring-charts-view";

/**
 * The four monitoring charts (from monitoringCharts() in the loader) in their own section with an
 * <h2>, two a row on wide screens, one a row on phones.
 */
export function MonitoringCharts({ charts }: { charts: MonitoringChartsData }) {
  const t = useTranslate();
  return (
    <section aria-labelledby="monitoring-charts-title" className="section">
      <h2 id="monitoring-charts-title">{t("charts.monitoring.title")}</h2>
      <div className="chart-grid-list">
        <SvgChart chart={charts.activity} />
        <SvgChart chart={charts.distribution} />
        <SvgChart chart={charts.commitments} />
        <SvgChart chart={charts.network} />
      </div>
    </section>
  );
}
