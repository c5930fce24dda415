// The monitoring charts on the seeded data: each figure they draw and tabulate equals a count made
// directly in SQL, for all regions and for one province's.
import { describe, expect, it } from "vitest";
import { db, dbPool } from "../../app/db.server";
import { monitoringCharts } from "../../app/modules/monitoring/monitoring-charts.server";
import { lastMonths } from "../../app/modules/monitoring/monitoring-chart-data.server";
import { assertSafeSvg } from "../../app/modules/charts/svg-sanitize.server";
import { useLoaderData } from "@remix-run/react";
import { createElement } from "react";
import { MonitoringCharts } from "../../app/components/monitoring/monitoring-charts";
import type { MonitoringChartsData } from "../../app/modules/monitoring/monitoring-charts-view";
import { renderRoute } from "../support/render-route";

const figure = (cell: string | undefined) => Number((cell ?? "").replace(/\D/g, ""));

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await dbPool().query(text, params)).rows as T[];
}

describe("monitoring charts", () => {
  it("count commitments per status and the latest official index as SQL does (all regions)", async () => {
    const charts = await monitoringCharts("all", "id");
    const statuses = await sql<{ status: string; n: number }>(
      `SELECT status::text, count(*)::int AS n FROM "Commitment" GROUP BY 1`,
    );
    const byStatus = new Map(statuses.map((r) => [r.status, r.n]));
    expect(statuses.length).toBeGreaterThan(1);
    const rows = charts.commitments.table.rows;
    expect(rows.map((r) => r[0])).toEqual([
      "Draf",
      "Disepakati",
      "Sedang dikerjakan",
      "Sudah diterapkan",
      "Terverifikasi",
      "Dibatalkan",
    ]);
    const order = ["DRAFT", "COMMITTED", "IN_PROGRESS", "IMPLEMENTED", "VERIFIED", "CANCELLED"];
    expect(rows.map((r) => figure(r[3]))).toEqual(order.map((s) => byStatus.get(s) ?? 0));
    // Not stalled + stalled = total, on every row.
    for (const row of rows) expect(figure(row[1]) + figure(row[2])).toBe(figure(row[3]));

    const [withIndex] = await sql<{ n: number }>(
      `SELECT count(DISTINCT "regionCode")::int AS n FROM "SpbeIndexScore" WHERE "frameworkId" = 'permenpanrb-59-2020'`,
    );
    const drawn = charts.distribution.table.rows.reduce((sum, r) => sum + figure(r[1]), 0);
    expect(withIndex!.n).toBeGreaterThan(0);
    expect(drawn).toBe(withIndex!.n);
    expect(charts.distribution.caption).toContain(`${withIndex!.n} dari 514 daerah`);
    for (const chart of Object.values(charts)) if (chart.svg) assertSafeSvg(chart.svg);
  });

  it("count a province's activity per month and its replication pairs as SQL does", async () => {
    const codes = (
      await db().region.findMany({ where: { provinceCode: "32" }, select: { code: true } })
    ).map((r) => r.code);
    const now = new Date();
    const charts = await monitoringCharts(codes, "en", { now });
    const months = lastMonths(now);
    const activity = await sql<{ month: string; n: number }>(
      `SELECT to_char(date_trunc('month', at AT TIME ZONE 'Asia/Jakarta'), 'YYYY-MM') AS month, count(*)::int AS n
         FROM "AuditEvent"
        WHERE "regionCode" = ANY($1) AND at >= ($2 || '-01 00:00:00+07')::timestamptz AND at <= $3
        GROUP BY 1`,
      [codes, months[0], now],
    );
    expect(activity.length).toBeGreaterThan(0);
    const perMonth = new Map(activity.map((r) => [r.month, r.n]));
    expect(charts.activity.table.rows).toHaveLength(12);
    expect(charts.activity.table.rows.map((r) => figure(r[1]))).toEqual(
      months.map((m) => perMonth.get(m) ?? 0),
    );

    const pairs = await sql<{ mentor: string; adopter: string; n: number }>(
      `SELECT m.name AS mentor, a.name AS adopter, count(*)::int AS n
         FROM "Commitment" c
         JOIN "Region" m ON m.code = c."mentorRegionCode"
         JOIN "Region" a ON a.code = c."adopterRegionCode"
        WHERE c.status = 'VERIFIED' AND c.visibility <> 'PRIVATE'
          AND (c."adopterRegionCode" = ANY($1) OR c."mentorRegionCode" = ANY($1))
        GROUP BY 1, 2`,
      [codes],
    );
    expect(pairs.length).toBeGreaterThan(0);
    const drawn = charts.network.table.rows.map((r) => `${r[0]} > ${r[1]}: ${figure(r[2])}`);
    expect(drawn.sort()).toEqual(pairs.map((p) => `${p.mentor} > ${p.adopter}: ${p.n}`).sort());
    // One node per region in a pair.
    const regions = new Set(pairs.flatMap((p) => [p.mentor, p.adopter]));
    expect(charts.network.caption).toContain(`${regions.size} regions, ${pairs.length} pairs`);
  });

  it("renders as four figures, each an SVG named by its title with its figures in a table", async () => {
    const page = await renderRoute({
      path: "/charts",
      url: "http://localhost/charts",
      loader: async () => ({ charts: await monitoringCharts("all", "en") }),
      Component: () =>
        createElement(MonitoringCharts, {
          charts: useLoaderData<{ charts: MonitoringChartsData }>().charts,
        }),
      language: "en",
    });
    expect(page.status).toBe(200);
    const html = page.html;
    expect(html).toContain('<h2 id="monitoring-charts-title">Charts</h2>');
    expect(html.match(/<figure /g)).toHaveLength(4);
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(4);
    for (const id of ["activity", "distribution", "commitments", "network"]) {
      expect(html).toContain(`aria-labelledby="monitoring-${id}-title monitoring-${id}-desc"`);
    }
    expect(html.match(/<details class="chart-table">/g)).toHaveLength(4);
    expect(html).toContain("<summary>Show the chart&#x27;s figures as a table</summary>");
    // The charts' markup (the router's own hydration script comes after the section).
    const section = html.slice(html.indexOf("<section"), html.lastIndexOf("</section>"));
    expect(section.match(/<script[^>]*>|\son[a-z]+=[^ >]*|\sstyle=[^ >]*/gi)).toBeNull();
  });
});
