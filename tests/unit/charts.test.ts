// Server-rendered charts: figures in the reader's number format inside the SVG, hostile labels
// escaped and nothing executable left, a graph node per region and an arrow per pair, and the same
// SVG on every render.
import { describe, expect, it } from "vitest";
import { translator } from "../../app/i18n/translate";
import type { Language } from "../../app/i18n/languages";
import { barChart, stackedBarChart } from "../../app/modules/charts/bar-charts.server";
import { indexLineChart } from "../../app/modules/charts/index-line-chart.server";
import { replicationGraph } from "../../app/modules/charts/replication-graph.server";
import {
  clearChartCache,
  renderChartSvg,
  renderChartSvgUncached,
} from "../../app/modules/charts/render.server";
import { assertSafeSvg, sanitizeSvg } from "../../app/modules/charts/svg-sanitize.server";

const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  "</text><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject>",
];

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

/** Every tag of the SVG; text is escaped, so these are the only places markup can hide. */
function tags(svg: string): string[] {
  return svg.match(/<[^>]+>/g) ?? [];
}

function expectInert(svg: string) {
  for (const tag of tags(svg)) {
    expect(tag).not.toMatch(/^<\/?(script|style|foreignObject|iframe|img|image|use|a)\b/i);
    expect(tag).not.toMatch(/\s(on[a-z]+|style|href|xlink:href)\s*=/i);
    expect(tag).not.toMatch(/javascript:/i);
  }
}

function indexChart(language: Language) {
  return indexLineChart({
    id: "idx",
    points: [
      { year: 2020, index: 3.52, series: "official", source: "KemenPAN-RB", isDemo: false },
      { year: 2021, index: 3.1, series: "official", source: "KemenPAN-RB", isDemo: false },
      { year: 2021, index: 3.86, series: "self", source: "Penilaian mandiri", isDemo: true },
    ],
    t: translator(language),
    language,
  });
}

function graph(
  regions: Array<{ code: string; name: string }>,
  edges: Array<[string, string, number]>,
) {
  return replicationGraph({
    id: "net",
    regions: regions.map((r) => ({ ...r, label: r.name })),
    edges: edges.map(([sourceCode, targetCode, count]) => ({ sourceCode, targetCode, count })),
    scopeRegionCount: regions.length,
    t: translator("id"),
    language: "id",
  });
}

describe("chart builders", () => {
  it("write the index in the reader's number format, in the SVG and in its table", () => {
    const id = indexChart("id");
    expect(texts(id.svg!)).toEqual(expect.arrayContaining(["3,52", "3,10", "3,86", "2020"]));
    expect(id.table.rows.map((row) => row[2])).toEqual(["3,52", "3,10", "3,86"]);
    expect(id.table.rows[2]![3]).toBe("Penilaian mandiri (contoh/demo)");
    expect(id.isDemo).toBe(true);
    const en = indexChart("en");
    expect(texts(en.svg!)).toEqual(expect.arrayContaining(["3.52", "3.10", "3.86"]));
    expect(texts(en.svg!)).not.toContain("3,52");
    expect(en.svg).toContain('<title id="idx-title">SPBE index by year</title>');
  });

  it("name the SVG by its title and description and let it scale (viewBox, no fixed size)", () => {
    const { svg } = indexChart("id");
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="idx-title idx-desc"/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 560 260"/);
    expect(svg!.slice(0, svg!.indexOf(">"))).not.toMatch(/\s(width|height)=/);
    expect(svg).toContain('<desc id="idx-desc">Hasil resmi, 2020: 3,52; Hasil resmi, 2021: 3,10;');
  });

  it("format large counts with the reader's grouping in bar labels", () => {
    const chart = barChart({
      kind: "test-bar",
      id: "bar",
      categories: [
        { label: "Baik", value: 1234 },
        { label: "Cukup", value: 5 },
      ],
      seriesName: "Daerah",
      texts: {
        title: "T",
        caption: "C",
        description: "D",
        empty: "E",
        columns: ["Predikat", "Daerah"],
        tableCaption: "Tabel",
      },
      language: "id",
    });
    expect(texts(chart.svg!)).toContain("1.234");
    expect(chart.table.rows).toEqual([
      ["Baik", "1.234"],
      ["Cukup", "5"],
    ]);
  });

  it("escape hostile region names and labels and leave nothing executable", () => {
    const regions = HOSTILE.map((name, i) => ({ code: `32.${10 + i}`, name }));
    const chart = graph(regions, [
      ["32.10", "32.11", 2],
      ["32.12", "32.13", 1],
    ]);
    const stacked = stackedBarChart({
      kind: "test-stacked",
      id: "st",
      categories: HOSTILE,
      series: [
        { name: HOSTILE[0]!, values: [1, 2, 3, 4] },
        { name: HOSTILE[1]!, values: [1, 0, 0, 1] },
      ],
      totalLabel: "Jumlah",
      texts: {
        title: HOSTILE[1]!,
        caption: "C",
        description: HOSTILE[0]!,
        empty: "E",
        columns: ["S", "A", "B"],
        tableCaption: "T",
      },
      language: "id",
    });
    for (const svg of [chart.svg!, stacked.svg!]) {
      expectInert(svg);
      expect(svg).not.toContain("<script");
      expect(svg).not.toContain("<img");
      expect(svg).not.toContain("<foreignObject");
    }
    // Axis labels, legend, <title> and <desc> carry the whole text, escaped.
    expect(stacked.svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(stacked.svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(stacked.svg).toContain("&lt;/text&gt;&lt;foreignObject&gt;");
    // Graph labels are cut to fit ("…"), still escaped.
    expect(texts(chart.svg!)).toEqual(
      expect.arrayContaining(["&lt;script&gt;alert(1)&lt;/s...", '"&gt;&lt;img src=x oner...']),
    );
  });

  it("draw the replication network with a node per region and an arrow per pair", () => {
    const chart = graph(
      [
        { code: "32.11", name: "Sumedang" },
        { code: "32.73", name: "Kota Bandung" },
        { code: "32.04", name: "Bandung" },
        { code: "35.78", name: "Kota Surabaya" },
        { code: "11.01", name: "Simeulue" }, // in no pair: not drawn
      ],
      [
        ["32.11", "32.73", 3],
        ["32.73", "32.11", 1],
        ["32.11", "32.04", 2],
        ["35.78", "32.11", 1],
      ],
    );
    const svg = chart.svg!;
    const names = texts(svg);
    expect(names.sort()).toEqual(["Bandung", "Kota Bandung", "Kota Surabaya", "Sumedang"]);
    // Nodes are circles (an arc path with a matrix transform), arrows are curved paths (Q).
    expect(svg.match(/<path d="M1 0A1 1 0 1 1 1 -0\.1A1 1 0 0 1 1 0"/g)).toHaveLength(4);
    expect(svg.match(/<path d="M[\d.]+ [\d.]+Q/g)).toHaveLength(4);
    expect(chart.table.rows).toEqual([
      ["Sumedang", "Kota Bandung", "3"],
      ["Sumedang", "Bandung", "2"],
      ["Kota Bandung", "Sumedang", "1"],
      ["Kota Surabaya", "Sumedang", "1"],
    ]);
    expect(chart.caption).toContain("4 daerah, 4 pasangan, 7 replikasi");
  });

  it("render the same SVG every time (no random layout, no per-instance ids)", () => {
    const edges: Array<[string, string, number]> = [
      ["32.11", "32.73", 3],
      ["32.73", "32.04", 1],
    ];
    const regions = [
      { code: "32.11", name: "Sumedang" },
      { code: "32.73", name: "Kota Bandung" },
      { code: "32.04", name: "Bandung" },
    ];
    clearChartCache();
    const first = graph(regions, edges).svg;
    clearChartCache();
    const second = graph([...regions].reverse(), [...edges].reverse()).svg;
    expect(second).toBe(first);
    clearChartCache();
    expect(indexChart("id").svg).toBe(indexChart("id").svg);
    const a = indexChart("id").svg;
    clearChartCache();
    expect(indexChart("id").svg).toBe(a);
  });

  it("give no SVG and an empty-state text when there is nothing to draw", () => {
    const chart = indexLineChart({ id: "x", points: [], t: translator("id"), language: "id" });
    expect(chart.svg).toBeNull();
    expect(chart.empty).toBe("Belum ada nilai indeks SPBE yang tercatat untuk daerah ini.");
    expect(graph([{ code: "32.11", name: "Sumedang" }], []).svg).toBeNull();
  });
});

describe("SVG sanitising", () => {
  it("drops scripts, handlers, styles, links and foreign content from whatever it is given", () => {
    const raw =
      '<svg width="10" height="10" viewBox="0 0 10 10" onload="alert(1)"><script>alert(1)</script>' +
      '<style>*{}</style><a href="javascript:alert(1)"><text>link</text></a>' +
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
      '<image href="http://evil.example/x.png"/><use xlink:href="#a"/>' +
      '<rect fill="url(http://evil.example/#x)" onclick="alert(1)" style="font-size:12px;behavior:url(x)" width="1"/>' +
      '<g clip-path="url(#zr7-c0)"><text font-family="Arial">a &lt; b</text></g></svg>';
    const svg = sanitizeSvg(raw, { idPrefix: "s" });
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect font-size="12" width="1"></rect>' +
        '<g clip-path="url(#s-c0)"><text font-family="Arial">a &lt; b</text></g></svg>',
    );
  });

  it("refuses markup that would put anything executable on the page", () => {
    for (const bad of [
      '<svg viewBox="0 0 1 1"><script>x</script></svg>',
      '<svg viewBox="0 0 1 1" onload="x"></svg>',
      '<svg viewBox="0 0 1 1"><rect style="fill:red"/></svg>',
      '<svg viewBox="0 0 1 1"><a href="javascript:x"></a></svg>',
      "<div></div>",
    ]) {
      expect(() => assertSafeSvg(bad), bad).toThrow(/Unsafe chart SVG/);
    }
    expect(() =>
      assertSafeSvg('<svg viewBox="0 0 1 1"><text>&lt;img onerror=x&gt; javascript:</text></svg>'),
    ).not.toThrow();
  });

  it("serves a repeated render from the cache", () => {
    clearChartCache();
    const request = {
      kind: "test",
      id: "c",
      option: {
        xAxis: { type: "category", data: ["a"] },
        yAxis: {},
        series: [{ type: "bar", data: [1] }],
      },
      width: 200,
      height: 100,
      language: "id" as const,
      title: "T",
      description: "D",
    };
    const first = renderChartSvg(request);
    expect(renderChartSvg(request)).toBe(first);
    expect(renderChartSvgUncached(request)).toBe(first);
  });
});
