// Participation figures as the coordinators and the public read them: every one equals the count
// made directly in SQL on the seeded data (demo practices, code, evidence, commitments), the API
// answers the documented shape for all regions with no personal data, and the CSV holds the same
// rows (read back with exceljs, as a spreadsheet program would).
import ExcelJS from "exceljs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { db, dbPool } from "../../app/db.server";
import { listParticipation, statusOf } from "../../app/modules/monitoring/participation.server";
import { loader as apiLoader } from "../../app/routes/api.participation";
import { loader as csvLoader } from "../../app/routes/api.participation[.]csv";
import { currentYear } from "../../app/utils/calendar";

async function sqlCount(sql: string, params: unknown[]): Promise<Map<string, number>> {
  const { rows } = await dbPool().query<{ key: string; n: number }>(sql, params);
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

describe("participation per region", () => {
  it("equals the counts made directly in SQL", async () => {
    const rows = await listParticipation();
    expect(rows).toHaveLength(await db().region.count());
    const practices = await sqlCount(
      `SELECT "regionCode" AS key, count(*) AS n FROM "Practice" WHERE status = 'PUBLISHED' GROUP BY 1`,
      [],
    );
    const software = await sqlCount(
      `SELECT "regionCode" AS key, count(*) AS n FROM "SoftwareEntry" WHERE status = 'PUBLISHED' GROUP BY 1`,
      [],
    );
    const verified = await sqlCount(
      `SELECT "adopterRegionCode" AS key, count(*) AS n FROM "Commitment" WHERE status = 'VERIFIED' GROUP BY 1`,
      [],
    );
    const active = await sqlCount(
      `SELECT "adopterRegionCode" AS key, count(*) AS n FROM "Commitment"
        WHERE status IN ('COMMITTED', 'IN_PROGRESS', 'IMPLEMENTED') GROUP BY 1`,
      [],
    );
    const evidence = await sqlCount(
      `SELECT r."regionCode" AS key, count(DISTINCT ei."indicatorId") AS n
         FROM "EvidenceRecord" r JOIN "EvidenceIndicator" ei ON ei."evidenceId" = r.id
        WHERE r.year = $1 GROUP BY 1`,
      [currentYear()],
    );
    const indicators = await db().frameworkIndicator.count({
      where: { frameworkId: "permenpanrb-59-2020" },
    });
    // The seed must give these figures something to count.
    expect(practices.size).toBeGreaterThan(1);
    expect(verified.size).toBeGreaterThan(1);
    for (const row of rows) {
      expect([row.code, row.practices]).toEqual([row.code, practices.get(row.code) ?? 0]);
      expect([row.code, row.software]).toEqual([row.code, software.get(row.code) ?? 0]);
      expect([row.code, row.commitments.verified]).toEqual([row.code, verified.get(row.code) ?? 0]);
      expect([row.code, row.commitments.active]).toEqual([row.code, active.get(row.code) ?? 0]);
      expect([row.code, row.evidenceCompleteness]).toEqual([
        row.code,
        Math.round(((evidence.get(row.code) ?? 0) / indicators) * 1000) / 1000,
      ]);
    }
    // Stalled: at least the seeded quiet ones, never more than the active ones.
    expect(rows.some((r) => r.commitments.stalled > 0)).toBe(true);
    expect(rows.every((r) => r.commitments.stalled <= r.commitments.active)).toBe(true);
  });

  it("names the status from the last activity: 30 and 90 days are the bounds", () => {
    const now = new Date("2026-12-04T05:00:00Z");
    const ago = (days: number) => new Date(now.getTime() - days * 86_400_000);
    expect(statusOf(ago(30), now)).toBe("aktif");
    expect(statusOf(ago(31), now)).toBe("kurang-aktif");
    expect(statusOf(ago(90), now)).toBe("kurang-aktif");
    expect(statusOf(ago(91), now)).toBe("tidak-aktif");
    expect(statusOf(null, now)).toBe("tidak-aktif");
  });

  it("is public as JSON in the documented shape and as CSV with the same rows", async () => {
    const response = (await apiLoader()) as Response;
    const body = (await response.json()) as {
      generatedAt: string;
      regions: Array<Record<string, unknown>>;
    };
    expect(Number.isNaN(Date.parse(body.generatedAt))).toBe(false);
    expect(body.regions).toHaveLength(await db().region.count());
    const sumedang = body.regions.find((r) => r.code === "32.11")!;
    expect(Object.keys(sumedang).sort()).toEqual(
      [
        "code",
        "commitments",
        "evidenceCompleteness",
        "name",
        "practices",
        "software",
        "status",
      ].sort(),
    );
    expect(Object.keys(sumedang.commitments as object).sort()).toEqual([
      "active",
      "stalled",
      "verified",
    ]);

    const csv = (await csvLoader()) as Response;
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from(bytes.subarray(3).toString("utf8")));
    const values = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(values.length).toBe(body.regions.length + 1);
    // (A spreadsheet reads "32.11" as a number; the name identifies the row here.)
    const row = values.find((v) => v[2] === sumedang.name)!;
    expect(String(row[1])).toBe("32.11");
    expect(Number(row[4])).toBe(sumedang.practices);
    expect(Number(row[7])).toBe((sumedang.commitments as { verified: number }).verified);
  });
});
