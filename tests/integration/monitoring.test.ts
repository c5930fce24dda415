// The coordinators' dashboard (/monitoring) on the seeded data: its figures equal counts made
// directly in SQL; the page, the CSV, the XLSX and GET /api/participation give the same figure for
// the same region; the exports hold the table's rows with the same filters; and only coordinators
// (all regions) and province coordinators (their provinces) get in, by any URL.
import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import { db, dbPool } from "../../app/db.server";
import { COHORT_COLUMNS, type CohortColumnId } from "../../app/modules/monitoring/cohort-columns";
import { cohortTable } from "../../app/modules/monitoring/cohort-table.server";
import { regionMonitoring } from "../../app/modules/monitoring/region-monitoring.server";
import { loader as apiLoader } from "../../app/routes/api.participation";
import MonitoringPage, { loader as pageLoader } from "../../app/routes/monitoring._index";
import { loader as drillLoader } from "../../app/routes/monitoring.regions.$code";
import { loader as csvLoader } from "../../app/routes/monitoring.regions[.]csv";
import { loader as xlsxLoader } from "../../app/routes/monitoring.regions[.]xlsx";
import { currentYear, todayInWib } from "../../app/utils/calendar";
import { createUser, DEMO, get, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";
import { renderRoute } from "../support/render-route";
import { status } from "../support/responses";

const column = (id: CohortColumnId) => COHORT_COLUMNS.findIndex((c) => c.id === id);

async function sqlCount(sql: string, params: unknown[] = []): Promise<Map<string, number>> {
  const { rows } = await dbPool().query<{ key: string; n: number }>(sql, params);
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

/** RFC 4180 as the export writes it: quoted cells, "" for a quote, CRLF lines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else {
      cell += c;
    }
  }
  return rows;
}

/** The data rows of an export: those after the header row that starts with the code column's label. */
function dataRows<T>(rows: T[][], isHeader: (row: T[]) => boolean): T[][] {
  const header = rows.findIndex(isHeader);
  expect(header).toBeGreaterThan(0);
  return rows.slice(header + 1).filter((r) => r.length > 1);
}

async function csvRaw(path: string, cookie: string): Promise<{ bytes: Buffer; headers: Headers }> {
  const request = new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
  const response = (await csvLoader({
    request,
    params: {},
    context: { cspNonce: "test" },
  })) as Response;
  return { bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

async function xlsxRows(path: string, cookie: string) {
  const request = new Request(`http://localhost${path}`, { headers: { Cookie: cookie } });
  const response = (await xlsxLoader({
    request,
    params: {},
    context: { cspNonce: "test" },
  })) as Response;
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="monitoring-daerah.*\.xlsx"$/,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0]!;
  const rows: ExcelJS.Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: ExcelJS.Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell));
    rows[n - 1] = cells;
  });
  return { sheet, rows: [...rows].map((r) => r ?? []) };
}

/** The cells of the cohort table's rows in the rendered page, by region code. */
function pageRows(html: string): Map<string, string[]> {
  const table = html.slice(html.indexOf('class="cohort-table"'));
  const body = table.slice(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
  const rows = new Map<string, string[]>();
  for (const row of body.split("</tr>").filter((r) => r.includes("<td"))) {
    const cells = row
      .split(/<\/t[dh]>/)
      .slice(0, -1)
      .map((cell) =>
        cell
          .replace(/<[^>]*>/g, "")
          .replace(/&#x27;/g, "'")
          .replace(/&amp;/g, "&")
          .trim(),
      );
    rows.set(cells[0]!, cells);
  }
  return rows;
}

let coordinator: string;
beforeAll(async () => {
  coordinator = (await sessionFor(DEMO.coordinator)).cookie;
});

describe("the cohort table's figures", () => {
  it("lists every region with the figures SQL counts directly", async () => {
    // A member seen in the last 30 days, so "active members" has something to count.
    await sessionFor(DEMO.sekdaSumedang);
    const table = await cohortTable({
      actor: await actor(DEMO.coordinator),
      searchParams: new URLSearchParams(),
    });
    expect(table.rows).toHaveLength(514);
    expect(table.inScopeCount).toBe(514);
    const year = currentYear();
    const today = todayInWib();
    const practices = await sqlCount(
      `SELECT "regionCode" AS key, count(*) AS n FROM "Practice" WHERE status = 'PUBLISHED' GROUP BY 1`,
    );
    const software = await sqlCount(
      `SELECT "regionCode" AS key, count(*) AS n FROM "SoftwareEntry" WHERE status = 'PUBLISHED' GROUP BY 1`,
    );
    const active = await sqlCount(
      `SELECT "adopterRegionCode" AS key, count(*) AS n FROM "Commitment"
        WHERE status IN ('COMMITTED', 'IN_PROGRESS', 'IMPLEMENTED') GROUP BY 1`,
    );
    const verified = await sqlCount(
      `SELECT "adopterRegionCode" AS key, count(*) AS n FROM "Commitment" WHERE status = 'VERIFIED' GROUP BY 1`,
    );
    // Stalled: under way, and no update since the start (WIB) of the day 29 days before today,
    // or a milestone not confirmed that was due 14 days ago or earlier.
    const stalled = await sqlCount(
      `SELECT c."adopterRegionCode" AS key, count(*) AS n FROM "Commitment" c
        WHERE c.status IN ('COMMITTED', 'IN_PROGRESS', 'IMPLEMENTED')
          AND (c."lastActivityAt" < ($1::date - 29)::timestamp - interval '7 hours'
               OR EXISTS (SELECT 1 FROM "Milestone" m WHERE m."commitmentId" = c.id
                           AND m.state <> 'CONFIRMED' AND m."dueOn" <= $1::date - 14))
        GROUP BY 1`,
      [today],
    );
    const evidence = await sqlCount(
      `SELECT r."regionCode" AS key, count(DISTINCT ei."indicatorId") AS n
         FROM "EvidenceRecord" r JOIN "EvidenceIndicator" ei ON ei."evidenceId" = r.id
        WHERE r.year = $1 GROUP BY 1`,
      [year],
    );
    const indicators = await db().frameworkIndicator.count({
      where: { frameworkId: "permenpanrb-59-2020" },
    });
    const members = await sqlCount(
      `SELECT m."regionCode" AS key, count(DISTINCT m."userId") AS n
         FROM "RegionMembership" m JOIN "User" u ON u.id = m."userId"
        WHERE u."disabledAt" IS NULL AND EXISTS (
              SELECT 1 FROM "Session" s WHERE s."userId" = u.id
                 AND s."lastSeenAt" >= now() - interval '30 days')
        GROUP BY 1`,
    );
    const { rows: lastRows } = await dbPool().query<{ key: string; at: Date }>(
      `SELECT "regionCode" AS key, max(at) AS at FROM "AuditEvent" WHERE "regionCode" IS NOT NULL GROUP BY 1`,
    );
    const last = new Map(lastRows.map((r) => [r.key, r.at]));
    expect(members.get("32.11")).toBeGreaterThan(0);
    expect(practices.size).toBeGreaterThan(5);
    expect(stalled.size).toBeGreaterThan(1);
    expect(verified.size).toBeGreaterThan(1);
    for (const row of table.rows) {
      const expected = {
        practices: practices.get(row.code) ?? 0,
        software: software.get(row.code) ?? 0,
        active: active.get(row.code) ?? 0,
        verified: verified.get(row.code) ?? 0,
        stalled: stalled.get(row.code) ?? 0,
        evidence: Math.round(((evidence.get(row.code) ?? 0) / indicators) * 1000) / 1000,
        members: members.get(row.code) ?? 0,
        last: last.get(row.code)?.toISOString() ?? null,
      };
      expect([row.code, expected]).toEqual([
        row.code,
        {
          practices: row.practices,
          software: row.software,
          active: row.commitments.active,
          verified: row.commitments.verified,
          stalled: row.commitments.stalled,
          evidence: row.evidenceCompleteness,
          members: row.activeMembers,
          last: row.lastActivityAt,
        },
      ]);
    }
    // Several regions named, so a figure that is 0 everywhere could not pass unnoticed.
    const sumedang = table.rows.find((r) => r.code === "32.11")!;
    expect(sumedang.practices).toBe(practices.get("32.11"));
    expect(sumedang.practices).toBeGreaterThan(0);
    expect(sumedang.status).toBe("aktif");
    expect(table.rows.filter((r) => r.commitments.stalled > 0).length).toBe(stalled.size);
  });

  it("gives the same figure on the page, in the CSV, in the XLSX and in the public API", async () => {
    const api = (await (await apiLoader()).json()) as {
      regions: Array<{
        code: string;
        practices: number;
        commitments: { stalled: number; verified: number };
        evidenceCompleteness: number;
      }>;
    };
    const page = await renderRoute({
      path: "/monitoring",
      url: "http://localhost/monitoring",
      loader: pageLoader,
      Component: MonitoringPage,
      headers: { Cookie: coordinator },
    });
    expect(page.status).toBe(200);
    const html = pageRows(page.html);
    expect(html.size).toBe(514);
    const csv = parseCsv(
      (await csvRaw("/monitoring/regions.csv", coordinator)).bytes.toString("utf8"),
    );
    const csvData = dataRows(csv, (r) => r[0] === "Kode");
    const { rows: xlsx } = await xlsxRows("/monitoring/regions.xlsx", coordinator);
    const xlsxData = dataRows(xlsx, (r) => r[0]?.value === "Kode");
    expect(csvData).toHaveLength(514);
    expect(xlsxData).toHaveLength(514);
    const percent = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 1 });
    const withFigures = api.regions.filter(
      (r) => r.practices > 0 || r.commitments.stalled > 0 || r.evidenceCompleteness > 0,
    );
    expect(withFigures.length).toBeGreaterThan(5);
    for (const region of withFigures) {
      const onPage = html.get(region.code)!;
      const inCsv = csvData.find((r) => r[0] === region.code)!;
      const inXlsx = xlsxData.find((r) => r[0]?.value === region.code)!;
      const figures = (read: (id: CohortColumnId) => string | number) => ({
        practices: Number(read("practices")),
        stalled: Number(read("commitmentsStalled")),
        verified: Number(read("commitmentsVerified")),
      });
      const expected = {
        practices: region.practices,
        stalled: region.commitments.stalled,
        verified: region.commitments.verified,
      };
      expect([region.code, figures((id) => onPage[column(id)]!)]).toEqual([region.code, expected]);
      expect([region.code, figures((id) => inCsv[column(id)]!)]).toEqual([region.code, expected]);
      expect([region.code, figures((id) => inXlsx[column(id)]!.value as number)]).toEqual([
        region.code,
        expected,
      ]);
      expect(onPage[column("evidenceCompleteness")]).toBe(
        percent.format(region.evidenceCompleteness),
      );
      expect(Number(inCsv[column("evidenceCompleteness")])).toBe(region.evidenceCompleteness);
      expect(inXlsx[column("evidenceCompleteness")]!.value).toBe(region.evidenceCompleteness);
    }
  });

  it("exports the rows of the table with its filters and sort, every one, with a header in words", async () => {
    const query = "?province=32&sort=practices&dir=desc";
    const table = await cohortTable({
      actor: await actor(DEMO.coordinator),
      searchParams: new URLSearchParams(query),
    });
    expect(table.rows).toHaveLength(27);
    const codes = table.rows.map((r) => r.code);
    expect(table.rows[0]!.practices).toBeGreaterThanOrEqual(table.rows.at(-1)!.practices);

    const { bytes, headers } = await csvRaw(`/monitoring/regions.csv${query}`, coordinator);
    expect(headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(headers.get("content-disposition")).toMatch(
      /^attachment; filename="monitoring-daerah-32-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(bytes.subarray(3).toString("utf8"));
    const head = csv
      .slice(0, 7)
      .map((r) => r[0])
      .join("\n");
    expect(head).toContain("Saringan: provinsi Jawa Barat");
    expect(head).toContain("Jumlah baris: 27");
    expect(head).toMatch(/Dibuat: .+ WIB/);
    expect(dataRows(csv, (r) => r[0] === "Kode").map((r) => r[0])).toEqual(codes);

    // A spreadsheet library opens it (and, being a spreadsheet, reads 32.11 as a number).
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from(bytes.subarray(3).toString("utf8")));
    expect(sheet.rowCount).toBe(csv.length);

    const { rows } = await xlsxRows(`/monitoring/regions.xlsx${query}`, coordinator);
    expect(rows[1]![0]!.value).toBe("Saringan: provinsi Jawa Barat");
    const data = dataRows(rows, (r) => r[0]?.value === "Kode");
    expect(data.map((r) => r[0]!.value)).toEqual(codes);
    // Codes stay text ("32.10" is not 32.1); percentages are numbers shown as percentages.
    const code = data.find((r) => r[0]!.value === "32.10")![0]!;
    expect(code.type).toBe(ExcelJS.ValueType.String);
    const evidence = data[0]![column("evidenceCompleteness")]!;
    expect(typeof evidence.value).toBe("number");
    expect(evidence.numFmt).toBe("0.0%");

    // The status filter and a cohort narrow the exports in the same way as the table.
    const cohortQuery = "?cohort=living-lab-pilot&status=aktif";
    const pilot = await cohortTable({
      actor: await actor(DEMO.coordinator),
      searchParams: new URLSearchParams(cohortQuery),
    });
    expect(pilot.rows.length).toBeGreaterThan(0);
    expect(pilot.rows.length).toBeLessThan(63);
    expect(pilot.rows.every((r) => r.status === "aktif")).toBe(true);
    const pilotCsv = parseCsv(
      (await csvRaw(`/monitoring/regions.csv${cohortQuery}`, coordinator)).bytes.toString("utf8"),
    );
    expect(dataRows(pilotCsv, (r) => r[0] === "Kode").map((r) => r[0])).toEqual(
      pilot.rows.map((r) => r.code),
    );
  });

  it("names an unknown filter value back and ignores only that filter", async () => {
    const table = await cohortTable({
      actor: await actor(DEMO.coordinator),
      searchParams: new URLSearchParams("province=99&status=sangat-aktif&cohort=none&sort=x"),
    });
    expect(table.ignored).toEqual([
      { key: "status", value: "sangat-aktif" },
      { key: "sort", value: "x" },
      { key: "province", value: "99" },
      { key: "cohort", value: "none" },
    ]);
    expect(table.rows).toHaveLength(514);
    const page = await renderRoute({
      path: "/monitoring",
      url: "http://localhost/monitoring?status=sangat-aktif",
      loader: pageLoader,
      Component: MonitoringPage,
      headers: { Cookie: coordinator },
    });
    expect(page.html).toContain("sangat-aktif");
  });

  it("offers Hapus saringan on an empty result", async () => {
    // No region is "kurang aktif" in the seed: its activity is all recent, or there is none.
    const url = "http://localhost/monitoring?province=32&status=kurang-aktif";
    const page = await renderRoute({
      path: "/monitoring",
      url,
      loader: pageLoader,
      Component: MonitoringPage,
      headers: { Cookie: coordinator },
    });
    expect(page.html).toContain("Tidak ada daerah yang cocok dengan saringan ini.");
    expect(page.html).toMatch(/<a[^>]*href="\/monitoring"[^>]*>Hapus saringan<\/a>/);
  });
});

describe("who may see the monitoring figures", () => {
  const urls: Array<{
    loader: Parameters<typeof get>[0];
    path: string;
    params: Record<string, string>;
  }> = [
    { loader: pageLoader, path: "/monitoring?province=32", params: {} },
    { loader: drillLoader, path: "/monitoring/regions/32.11", params: { code: "32.11" } },
    { loader: csvLoader, path: "/monitoring/regions.csv", params: {} },
    { loader: xlsxLoader, path: "/monitoring/regions.xlsx?province=32", params: {} },
  ];

  it("sends an anonymous visitor to sign in, and back afterwards", async () => {
    for (const { loader, path, params } of urls) {
      const answer = await get(loader, path, { params });
      expect([path, answer.status, answer.location]).toEqual([
        path,
        302,
        `/login?redirectTo=${encodeURIComponent(path)}`,
      ]);
    }
  });

  it("refuses a developer and a secretary, even on their own region", async () => {
    for (const email of [DEMO.devSumedang, DEMO.sekdaSumedang, DEMO.sekdaBandung]) {
      const { cookie } = await sessionFor(email);
      for (const { loader, path, params } of urls) {
        const answer = await get(loader, path, { cookie, params });
        expect([email, path, answer.status]).toEqual([email, path, 403]);
      }
    }
    const { cookie } = await sessionFor(DEMO.sekdaSumedang);
    const page = await get(pageLoader, "/monitoring", { cookie });
    expect(page.body).toEqual({ message: "monitoring.error.forbidden" });
  });

  it("shows a province coordinator their province's regions only, in the page and the exports", async () => {
    const user = await createUser({ name: "Koordinator Provinsi Jawa Barat (uji)" });
    const provincial: Actor = {
      id: user.id,
      email: user.email,
      isAdmin: false,
      isCoordinator: false,
      memberships: [],
      provinceCodes: ["32"],
    };
    const table = await cohortTable({ actor: provincial, searchParams: new URLSearchParams() });
    expect(table.rows).toHaveLength(27);
    expect(table.inScopeCount).toBe(27);
    expect(table.rows.every((r) => r.code.startsWith("32."))).toBe(true);
    expect(table.provinces).toEqual([{ code: "32", name: "Jawa Barat" }]);
    // Another province by URL: named back as unknown, the rows stay their own.
    const crafted = await cohortTable({
      actor: provincial,
      searchParams: new URLSearchParams("province=33"),
    });
    expect(crafted.ignored).toEqual([{ key: "province", value: "33" }]);
    expect(crafted.rows.every((r) => r.code.startsWith("32."))).toBe(true);
    const { cohortCsv } = await import("../../app/modules/monitoring/cohort-export.server");
    const csv = parseCsv(cohortCsv(crafted, "id", { demo: true }));
    const rows = dataRows(csv, (r) => r[0] === "Kode");
    expect(rows).toHaveLength(27);
    expect(rows.every((r) => r[0]!.startsWith("32."))).toBe(true);

    expect(await status(regionMonitoring({ actor: provincial, code: "33.01" }))).toBe(403);
    expect((await regionMonitoring({ actor: provincial, code: "32.11" })).region.code).toBe(
      "32.11",
    );
    expect(await status(regionMonitoring({ actor: provincial, code: "99.99" }))).toBe(404);
  });
});
