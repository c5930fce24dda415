import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import {
  seedCrosswalks,
  seedFramework,
  frameworkFileSchema,
} from "../../scripts/lib/seed/frameworks";
import { seedDatabase } from "../../scripts/lib/seed/index";
import { withClient } from "../support/test-database";
import { readFile } from "node:fs/promises";

const url = () => process.env.DATABASE_URL!;

async function counts() {
  return withClient(url(), async (client) => {
    const tables = [
      "Province",
      "Region",
      "Framework",
      "FrameworkDomain",
      "FrameworkAspect",
      "FrameworkIndicator",
      "IndicatorLevel",
      "IndicatorEvidence",
      "MaturityLevel",
      "PredicateBand",
      "SmartCityDimension",
      "Cohort",
      "CohortMember",
      "SpbeIndexScore",
    ];
    const result: Record<string, number> = {};
    for (const table of tables) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
      result[table] = rows[0].n;
    }
    return result;
  });
}

describe("reference data", () => {
  it("holds all 38 provinces and 514 kabupaten/kota with Kemendagri codes and proper names", async () => {
    const c = await counts();
    expect(c.Province).toBe(38);
    expect(c.Region).toBe(514);
    const rows = await withClient(url(), (client) =>
      client.query(
        `SELECT code, name, "shortName", kind, "provinceCode" FROM "Region" WHERE code IN ('32.11', '32.73') ORDER BY code`,
      ),
    );
    expect(rows.rows).toEqual([
      {
        code: "32.11",
        name: "Kabupaten Sumedang",
        shortName: "Sumedang",
        kind: "KABUPATEN",
        provinceCode: "32",
      },
      {
        code: "32.73",
        name: "Kota Bandung",
        shortName: "Bandung",
        kind: "KOTA",
        provinceCode: "32",
      },
    ]);
    const kinds = await withClient(url(), (client) =>
      client.query(`SELECT kind, count(*)::int AS n FROM "Region" GROUP BY kind ORDER BY kind`),
    );
    expect(kinds.rows).toEqual([
      { kind: "KABUPATEN", n: 416 },
      { kind: "KOTA", n: 98 },
    ]);
  });

  it("models PermenPANRB 59/2020: 4 domains, 8 aspects, 47 indicators weighing 100 %, 5 levels each", async () => {
    const c = await counts();
    expect(c.FrameworkDomain).toBe(4);
    expect(c.FrameworkAspect).toBe(8);
    expect(c.FrameworkIndicator).toBe(47);
    expect(c.IndicatorLevel).toBe(47 * 5);
    expect(c.MaturityLevel).toBe(5);
    expect(c.PredicateBand).toBe(5);
    expect(c.SmartCityDimension).toBe(6);
    const weights = await withClient(url(), (client) =>
      client.query(`SELECT d.number, d.weight::float AS domain, sum(i.weight)::float AS indicators
                      FROM "FrameworkDomain" d JOIN "FrameworkAspect" a ON a."domainId" = d.id
                      JOIN "FrameworkIndicator" i ON i."aspectId" = a.id GROUP BY d.number, d.weight ORDER BY d.number`),
    );
    expect(weights.rows.map((row) => row.domain)).toEqual([13, 25, 16.5, 45.5]);
    for (const row of weights.rows) expect(row.indicators).toBeCloseTo(row.domain, 6);
    const eleven = await withClient(url(), (client) =>
      client.query(`SELECT title, weight::float FROM "FrameworkIndicator" WHERE number = 11`),
    );
    expect(eleven.rows[0]).toEqual({ title: "Arsitektur SPBE", weight: 2.5 });
  });

  it("seeds the demo pilot cohort of 62 regions hosted by Kabupaten Sumedang, labelled demo", async () => {
    const cohort = await withClient(url(), (client) =>
      client.query(`SELECT c."isDemo", c."hostRegionCode", count(m.*)::int AS members,
                           count(*) FILTER (WHERE m.basis = 'top-spbe-index')::int AS top
                      FROM "Cohort" c JOIN "CohortMember" m ON m."cohortSlug" = c.slug
                     WHERE c.slug = 'living-lab-pilot' GROUP BY c.slug`),
    );
    expect(cohort.rows[0]).toEqual({ isDemo: true, hostRegionCode: "32.11", members: 62, top: 10 });
  });

  it("is idempotent: seeding again changes no count and keeps a coordinator's cohort edits", async () => {
    await withClient(url(), (client) =>
      client.query(`DELETE FROM "CohortMember" WHERE "regionCode" = '32.73'`),
    );
    const before = await counts();
    const summary = await seedDatabase(url(), { demo: true });
    expect(summary.demoSeeded).toBe(false);
    expect(await counts()).toEqual(before);
    expect(before.CohortMember).toBe(61);
  });

  it("takes a second framework and a crosswalk as data, with no schema change", async () => {
    const fixture = frameworkFileSchema.parse(
      JSON.parse(
        await readFile(
          path.join(PROJECT_ROOT, "tests", "fixtures", "frameworks", "test-framework-2026.json"),
          "utf8",
        ),
      ),
    );
    await withClient(url(), async (client) => {
      await seedFramework(client, fixture);
      await seedCrosswalks(
        client,
        path.join(PROJECT_ROOT, "tests", "fixtures", "frameworks", "crosswalks"),
      );
      const links = await client.query(
        `SELECT "fromIndicatorId", "toIndicatorId", relation FROM "IndicatorCrosswalk" ORDER BY 1`,
      );
      expect(links.rows).toEqual([
        {
          fromIndicatorId: "permenpanrb-59-2020:11",
          toIndicatorId: "test-framework-2026:1",
          relation: "equivalent",
        },
        {
          fromIndicatorId: "permenpanrb-59-2020:42",
          toIndicatorId: "test-framework-2026:2",
          relation: "broader",
        },
      ]);
      const frameworks = await client.query(`SELECT id FROM "Framework" ORDER BY id`);
      expect(frameworks.rows.map((row) => row.id)).toEqual([
        "permenpanrb-59-2020",
        "test-framework-2026",
      ]);
    });
  });

  it("refuses a framework file whose weights do not add up to 100 %", () => {
    const result = frameworkFileSchema.safeParse({
      id: "bad",
      title: "x",
      titleEn: "x",
      regulation: "x",
      year: 2026,
      scaleMax: 1,
      maturityLevels: [],
      predicates: [],
      domains: [
        {
          number: 1,
          title: "d",
          titleEn: "d",
          weight: 50,
          aspects: [
            {
              number: 1,
              title: "a",
              titleEn: "a",
              weight: 50,
              indicators: [
                {
                  number: 1,
                  title: "i",
                  titleEn: "i",
                  weight: 50,
                  description: "x",
                  descriptionEn: "x",
                  levels: [{ level: 1, description: "x", descriptionEn: "x" }],
                  evidence: [{ text: "x", textEn: "x" }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      "indicator weights sum to 50 %, not 100 %",
    );
  });
});
