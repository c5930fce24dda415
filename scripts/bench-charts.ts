// npm run bench:charts [-- --rounds 30]
// Times the server-side SVG render of each chart type (ECharts SSR + sanitising) on synthetic data
// of dashboard size, without the cache and from it, and a dashboard's four monitoring charts
// together. Prints p50/p95/p99 per case; the dashboard target is p95 <= 100 ms for the whole page,
// so the four charts together should stay well below it.
import { parseArgs } from "node:util";
import { z } from "zod";
import { fmt, summary } from "./lib/bench/stats";
import { translator } from "../app/i18n/translate";
import type { Language } from "../app/i18n/languages";
import { barChart, stackedBarChart } from "../app/modules/charts/bar-charts.server";
import { indexLineChart } from "../app/modules/charts/index-line-chart.server";
import { replicationGraph } from "../app/modules/charts/replication-graph.server";
import { clearChartCache } from "../app/modules/charts/render.server";

const TARGET_CACHED_P95_MS = 5;
const TARGET_UNCACHED_P95_MS = 100;

const { values } = parseArgs({ options: { rounds: { type: "string", default: "30" } } });
const rounds = z.coerce.number().int().min(1).max(1000).parse(values.rounds);
const language: Language = "id";
const t = translator(language);
const texts = (title: string) => ({
  title,
  caption: "caption",
  description: "description",
  empty: "empty",
  columns: ["a", "b", "c"],
  tableCaption: "table",
});

function network(nodes: number, edges: number) {
  const regions = Array.from({ length: nodes }, (_, i) => ({
    code: `${String(11 + (i % 38)).padStart(2, "0")}.${String(1 + i).padStart(2, "0")}`,
    name: `Kabupaten Contoh ${i + 1}`,
    label: `Contoh ${i + 1}`,
  }));
  const pairs = Array.from({ length: edges }, (_, i) => ({
    sourceCode: regions[(i * 7) % nodes]!.code,
    targetCode: regions[(i * 13 + 1) % nodes]!.code,
    count: 1 + (i % 4),
  })).filter((e) => e.sourceCode !== e.targetCode);
  return () =>
    replicationGraph({ id: "g", regions, edges: pairs, scopeRegionCount: 514, t, language });
}

const cases: Record<string, () => unknown> = {
  "line: SPBE index, 6 years x 2 series": () =>
    indexLineChart({
      id: "i",
      points: [2020, 2021, 2022, 2023, 2024, 2025].flatMap((year, i) => [
        { year, index: 2 + i * 0.3, series: "official" as const, source: "s", isDemo: false },
        { year, index: 2.4 + i * 0.3, series: "self" as const, source: "s", isDemo: false },
      ]),
      t,
      language,
    }),
  "bar: index distribution, 5 bands": () =>
    barChart({
      kind: "b",
      id: "b",
      categories: ["Kurang", "Cukup", "Baik", "Sangat baik", "Memuaskan"].map((label, i) => ({
        label,
        value: 10 + i * 37,
      })),
      seriesName: "Daerah",
      texts: texts("d"),
      language,
      horizontal: true,
    }),
  "bar: activity, 12 months": () =>
    barChart({
      kind: "a",
      id: "a",
      categories: Array.from({ length: 12 }, (_, i) => ({ label: `Bln ${i + 1}`, value: i * 97 })),
      seriesName: "Kegiatan",
      texts: texts("a"),
      language,
    }),
  "stacked bar: 6 statuses x 2": () =>
    stackedBarChart({
      kind: "s",
      id: "s",
      categories: ["Draf", "Disepakati", "Dikerjakan", "Diterapkan", "Terverifikasi", "Batal"],
      series: [
        { name: "Tidak macet", values: [400, 1200, 900, 600, 1500, 200] },
        { name: "Macet", values: [0, 90, 120, 40, 0, 0] },
      ],
      totalLabel: "Jumlah",
      texts: texts("s"),
      language,
    }),
  "graph: 60 regions, 120 pairs": network(60, 120),
  "graph: 300 regions, 1000 pairs": network(300, 1000),
};

function measure(work: () => unknown, cached: boolean): number[] {
  const samples: number[] = [];
  work(); // warm-up (module load, JIT)
  for (let i = 0; i < rounds; i += 1) {
    if (!cached) clearChartCache();
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return samples;
}

console.log(`Chart renders, ${rounds} rounds each (p50 / p95 / p99):`);
for (const [name, work] of Object.entries(cases)) {
  const cold = summary(measure(work, false));
  const warm = summary(measure(work, true));
  console.log(
    `  ${name.padEnd(36)} uncached ${fmt(cold.p50)} / ${fmt(cold.p95)} / ${fmt(cold.p99)}` +
      `   cached ${fmt(warm.p50)} / ${fmt(warm.p95)}`,
  );
}
const dashboard = () => {
  cases["bar: activity, 12 months"]!();
  cases["bar: index distribution, 5 bands"]!();
  cases["stacked bar: 6 statuses x 2"]!();
  cases["graph: 60 regions, 120 pairs"]!();
};
const cold = summary(measure(dashboard, false));
const warm = summary(measure(dashboard, true));
const verdict = (ms: number, target: number) =>
  `${fmt(ms)} (target <= ${target} ms: ${ms <= target ? "met" : "NOT met"})`;
console.log(
  `  four monitoring charts together: cached p95 ${verdict(warm.p95, TARGET_CACHED_P95_MS)}`,
);
console.log(
  `  four monitoring charts together: uncached p95 ${verdict(cold.p95, TARGET_UNCACHED_P95_MS)}`,
);
