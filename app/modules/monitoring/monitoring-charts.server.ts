// The four monitoring charts for a set of regions, ready for <MonitoringCharts>: activity per
// month, the SPBE index distribution, commitments by status and the replication network. Call it
// from a loader that has already checked the viewer may read monitoring figures for that set.
import type { Language } from "~/i18n/languages";
import { translator, type MessageKey } from "~/i18n/translate";
import { barChart, stackedBarChart } from "~/modules/charts/bar-charts.server";
import { monthFormatter, numberFormatter } from "~/modules/charts/format";
import { replicationGraph } from "~/modules/charts/replication-graph.server";
import { predicateOf } from "~/modules/spbe/scoring";
import { getFrameworkOverview } from "~/modules/spbe/spbe.server";
import {
  activityPerMonth,
  commitmentsByStatus,
  latestOfficialIndex,
  regionCountOf,
  replicationPairs,
  type RegionScope,
} from "./monitoring-chart-data.server";
import type { MonitoringChartsData } from "./monitoring-charts-view";

export type { RegionScope } from "./monitoring-chart-data.server";

export type { MonitoringChartsData };

export async function monitoringCharts(
  regionCodes: RegionScope,
  language: Language,
  options: { now?: Date; idPrefix?: string } = {},
): Promise<MonitoringChartsData> {
  const now = options.now ?? new Date();
  const prefix = options.idPrefix ?? "monitoring";
  const t = translator(language);
  const count = numberFormatter(language);
  const [regionCount, activity, indexes, commitments, network, framework] = await Promise.all([
    regionCountOf(regionCodes),
    activityPerMonth(regionCodes, now),
    latestOfficialIndex(regionCodes),
    commitmentsByStatus(regionCodes, now),
    replicationPairs(regionCodes),
    getFrameworkOverview(),
  ]);
  const regions = count(regionCount);
  const parts = (rows: string[][]) =>
    rows.map(([label, value]) => t("charts.part", { label: label!, value: value! })).join("; ");

  // Activity per month.
  const month = monthFormatter(language);
  const activityTotal = activity.reduce((sum, m) => sum + m.count, 0);
  const busiest = activity.reduce((best, m) => (m.count > best.count ? m : best), activity[0]!);
  const activityTitle = t("charts.activity.title");
  const activityChart = barChart({
    kind: "monitoring-activity",
    id: `${prefix}-activity`,
    categories: activity.map((m) => ({ label: month(m.month), value: m.count })),
    seriesName: t("charts.activity.series"),
    language,
    texts: {
      title: activityTitle,
      caption: t("charts.activity.caption", {
        regions,
        month: month(activity[activity.length - 1]!.month),
      }),
      description: t("charts.activity.describe", {
        total: count(activityTotal),
        month: month(busiest.month),
        count: count(busiest.count),
      }),
      empty: t("charts.activity.empty"),
      columns: [t("charts.activity.colMonth"), t("charts.activity.colCount")],
      tableCaption: t("charts.tableOf", { title: activityTitle }),
    },
  });

  // SPBE index distribution over the framework's predicate bands.
  const two = numberFormatter(language, 2);
  const bands = [...(framework?.predicates ?? [])].sort((a, b) => a.min - b.min);
  const perBand = bands.map((band) => ({
    label: t("charts.distribution.band", {
      name: language === "id" ? band.name : band.nameEn,
      min: two(band.min),
      max: two(band.max),
    }),
    value: indexes.filter((row) => predicateOf(row.index, bands) === band).length,
  }));
  const distributionTitle = t("charts.distribution.title");
  const distributionChart = barChart({
    kind: "monitoring-distribution",
    id: `${prefix}-distribution`,
    categories: perBand,
    seriesName: t("charts.distribution.series"),
    language,
    horizontal: true,
    isDemo: indexes.some((row) => row.isDemo),
    height: 260,
    texts: {
      title: distributionTitle,
      caption: t("charts.distribution.caption", {
        regions,
        withIndex: count(indexes.length),
        without: count(regionCount - indexes.length),
      }),
      description: t("charts.distribution.describe", {
        parts: parts(perBand.map((b) => [b.label, count(b.value)])),
      }),
      empty: t("charts.distribution.empty"),
      columns: [t("charts.distribution.colBand"), t("charts.distribution.colCount")],
      tableCaption: t("charts.tableOf", { title: distributionTitle }),
    },
  });

  // Commitments by status, stalled apart.
  const statusLabels = commitments.statuses.map((s) =>
    t(`tracker.status.${s.status}` as MessageKey),
  );
  const commitmentsTotal = commitments.statuses.reduce((sum, s) => sum + s.total, 0);
  const commitmentsTitle = t("charts.commitments.title");
  const commitmentsChart = stackedBarChart({
    kind: "monitoring-commitments",
    id: `${prefix}-commitments`,
    categories: statusLabels,
    series: [
      {
        name: t("charts.commitments.onTrack"),
        values: commitments.statuses.map((s) => s.total - s.stalled),
      },
      { name: t("charts.commitments.stalled"), values: commitments.statuses.map((s) => s.stalled) },
    ],
    totalLabel: t("charts.commitments.colTotal"),
    language,
    isDemo: commitments.isDemo,
    texts: {
      title: commitmentsTitle,
      caption: t("charts.commitments.caption", { regions }),
      description: t("charts.commitments.describe", {
        total: count(commitmentsTotal),
        parts: parts(commitments.statuses.map((s, i) => [statusLabels[i]!, count(s.total)])),
      }),
      empty: t("charts.commitments.empty"),
      columns: [
        t("charts.commitments.colStatus"),
        t("charts.commitments.onTrack"),
        t("charts.commitments.stalled"),
      ],
      tableCaption: t("charts.tableOf", { title: commitmentsTitle }),
    },
  });

  const networkChart = replicationGraph({
    id: `${prefix}-network`,
    regions: network.regions,
    edges: network.edges,
    scopeRegionCount: regionCount,
    isDemo: network.isDemo,
    t,
    language,
  });

  return {
    activity: activityChart,
    distribution: distributionChart,
    commitments: commitmentsChart,
    network: networkChart,
  };
}
