// The secretary's dashboard section "Daerah Anda dibanding rekan" on the seeded demo data: the
// region's figures and the cohort and province averages equal what SQL computes directly from the
// tables (published practices and code, commitments under way, verified and stalled by the
// tracker's dates, evidence completeness), each average is named with what it is over, and a
// secretary sees only their own region's members-level figures — another region's secretary does
// not, whatever the URL says.
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbPool } from "../../app/db.server";
import DashboardPage, { loader as dashboardLoader } from "../../app/routes/dashboard";
import { clearStandingCache } from "../../app/modules/monitoring/region-standing.server";
import { addDays } from "../../app/modules/tracker/stalled";
import { stallSettings, startOfPortalDay } from "../../app/modules/tracker/tracker-settings.server";
import { currentYear, todayInWib } from "../../app/utils/calendar";
import { createUser, DEMO, get, sessionFor } from "../support/accounts";
import { renderRoute } from "../support/render-route";

const SUMEDANG = "32.11";
const BANDUNG = "32.73";

interface Standing {
  region: { code: string; name: string };
  activeMembers: number;
  lastActivityAt: string | null;
  comparisons: Array<{ kind: "cohort" | "province"; name: string; regionCount: number }>;
  figures: Array<{ id: string; value: number; averages: number[] }>;
  commitments: { total: number; items: Array<{ id: string }> };
}

async function standingOf(cookie: string, path = "/dashboard"): Promise<Standing | null> {
  const result = await get(dashboardLoader, path, { cookie });
  expect(result.status).toBe(200);
  return (result.body as { standing: Standing | null }).standing;
}

/** Per-region counts from SQL, keyed by region code. */
async function perRegion(sql: string, params: unknown[] = []): Promise<Map<string, number>> {
  const { rows } = await dbPool().query<{ key: string; n: string | number }>(sql, params);
  return new Map(rows.map((r) => [r.key, Number(r.n)]));
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const mean = (codes: string[], counts: Map<string, number>) =>
  round3(codes.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0) / codes.length);

let sumedangCookie: string;
let bandungCookie: string;

beforeAll(async () => {
  clearStandingCache();
  // Sumedang gets members active this week, so its members-level figure differs from Bandung's.
  for (let i = 0; i < 4; i += 1) {
    const user = await createUser({ memberships: [{ regionCode: SUMEDANG, role: "DEVELOPER" }] });
    await sessionFor(user.email);
  }
  sumedangCookie = (await sessionFor(DEMO.sekdaSumedang)).cookie;
  bandungCookie = (await sessionFor(DEMO.sekdaBandung)).cookie;
});

describe("the region against its cohort and province", () => {
  it("equals the averages computed directly with SQL, each named with what it is over", async () => {
    const standing = (await standingOf(sumedangCookie))!;
    expect(standing.region.code).toBe(SUMEDANG);

    const province = (
      await dbPool().query<{ code: string }>(
        `SELECT code FROM "Region" WHERE "provinceCode" = '32' ORDER BY code`,
      )
    ).rows.map((r) => r.code);
    const cohorts = (
      await dbPool().query<{ slug: string; name: string; codes: string[] }>(
        `SELECT c.slug, c.name, array_agg(DISTINCT x.code) AS codes
           FROM "Cohort" c
           JOIN LATERAL (SELECT "regionCode" AS code FROM "CohortMember" WHERE "cohortSlug" = c.slug
                          UNION SELECT c."hostRegionCode") x ON x.code IS NOT NULL
          WHERE c."hostRegionCode" = $1
             OR EXISTS (SELECT 1 FROM "CohortMember" m WHERE m."cohortSlug" = c.slug AND m."regionCode" = $1)
          GROUP BY c.slug, c.name ORDER BY c.slug`,
        [SUMEDANG],
      )
    ).rows;
    expect(province).toHaveLength(27);
    expect(cohorts.length).toBeGreaterThan(0);
    expect(standing.comparisons).toEqual([
      ...cohorts.map((c) =>
        expect.objectContaining({ kind: "cohort", name: c.name, regionCount: c.codes.length }),
      ),
      expect.objectContaining({ kind: "province", name: "Jawa Barat", regionCount: 27 }),
    ]);

    const today = todayInWib();
    const settings = stallSettings();
    const indicators = await db().frameworkIndicator.count({
      where: { frameworkId: "permenpanrb-59-2020" },
    });
    const evidence = await perRegion(
      `SELECT r."regionCode" AS key, count(DISTINCT ei."indicatorId") AS n
         FROM "EvidenceRecord" r JOIN "EvidenceIndicator" ei ON ei."evidenceId" = r.id
        WHERE r.year = $1 GROUP BY 1`,
      [currentYear()],
    );
    const expected: Record<string, Map<string, number>> = {
      practices: await perRegion(
        `SELECT "regionCode" AS key, count(*) AS n FROM "Practice" WHERE status = 'PUBLISHED' GROUP BY 1`,
      ),
      software: await perRegion(
        `SELECT "regionCode" AS key, count(*) AS n FROM "SoftwareEntry" WHERE status = 'PUBLISHED' GROUP BY 1`,
      ),
      "commitments.active": await perRegion(
        `SELECT "adopterRegionCode" AS key, count(*) AS n FROM "Commitment"
          WHERE status IN ('COMMITTED', 'IN_PROGRESS', 'IMPLEMENTED') GROUP BY 1`,
      ),
      "commitments.verified": await perRegion(
        `SELECT "adopterRegionCode" AS key, count(*) AS n FROM "Commitment" WHERE status = 'VERIFIED' GROUP BY 1`,
      ),
      // The tracker's rule with its dates: quiet since before the WIB day stallDays - 1 ago, or a
      // milestone not confirmed whose due date is overdueDays past.
      "commitments.stalled": await perRegion(
        `SELECT "adopterRegionCode" AS key, count(*) AS n FROM "Commitment" c
          WHERE status IN ('COMMITTED', 'IN_PROGRESS', 'IMPLEMENTED')
            AND ("lastActivityAt" < $1 OR EXISTS (
                  SELECT 1 FROM "Milestone" m WHERE m."commitmentId" = c.id
                     AND m.state <> 'CONFIRMED' AND m."dueOn" <= $2::date))
          GROUP BY 1`,
        [
          startOfPortalDay(addDays(today, -settings.stallDays + 1)),
          addDays(today, -settings.overdueDays),
        ],
      ),
      evidenceCompleteness: new Map(
        [...evidence].map(([code, n]) => [code, round3(n / indicators)]),
      ),
    };
    // The seed gives the averages something to average.
    expect(mean(province, expected.practices!)).toBeGreaterThan(0);
    expect(mean(cohorts[0]!.codes, expected["commitments.verified"]!)).toBeGreaterThan(0);
    expect(standing.figures.map((f) => f.id).sort()).toEqual(Object.keys(expected).sort());
    for (const figure of standing.figures) {
      const counts = expected[figure.id]!;
      const averages = [...cohorts.map((c) => mean(c.codes, counts)), mean(province, counts)];
      expect([figure.id, figure.value]).toEqual([figure.id, counts.get(SUMEDANG) ?? 0]);
      figure.averages.forEach((average, i) =>
        expect([figure.id, i, average]).toEqual([figure.id, i, expect.closeTo(averages[i]!, 3)]),
      );
    }

    // The page names each average with what it is over, in both languages.
    const id = await renderRoute({
      path: "/dashboard",
      url: "http://localhost/dashboard",
      loader: dashboardLoader,
      Component: DashboardPage,
      headers: { Cookie: sumedangCookie },
    });
    expect(id.html).toContain("Daerah Anda dibanding rekan");
    expect(id.html).toContain("rata-rata 27 kabupaten/kota Jawa Barat");
    expect(id.html).toContain(`rata-rata ${cohorts[0]!.codes.length} daerah ${cohorts[0]!.name}`);
    const en = await renderRoute({
      path: "/dashboard",
      url: "http://localhost/dashboard",
      loader: dashboardLoader,
      Component: DashboardPage,
      headers: { Cookie: `${sumedangCookie}; lang=en` },
      language: "en",
    });
    expect(en.html).toContain("average of 27 kabupaten/kota of Jawa Barat");
  });

  it("shows a secretary only their own region's members-level figures", async () => {
    const activeMembers = await perRegion(
      `SELECT m."regionCode" AS key, count(DISTINCT m."userId") AS n
         FROM "RegionMembership" m JOIN "User" u ON u.id = m."userId"
        WHERE u."disabledAt" IS NULL AND EXISTS (
              SELECT 1 FROM "Session" s WHERE s."userId" = m."userId"
                 AND s."lastSeenAt" >= now() - interval '30 days')
        GROUP BY 1`,
    );
    const lastActivity = new Map(
      (
        await dbPool().query<{ key: string; at: Date }>(
          `SELECT "regionCode" AS key, max(at) AS at FROM "AuditEvent"
            WHERE "regionCode" IS NOT NULL AND at <= now() GROUP BY 1`,
        )
      ).rows.map((r) => [r.key, r.at.toISOString()]),
    );
    clearStandingCache();
    const sumedang = (await standingOf(sumedangCookie))!;
    expect(sumedang.activeMembers).toBe(activeMembers.get(SUMEDANG));
    expect(sumedang.activeMembers).toBeGreaterThanOrEqual(5);

    // Bandung's secretary, even asking for Sumedang in the URL, gets Bandung's figures only.
    for (const path of ["/dashboard", `/dashboard?region=${SUMEDANG}`]) {
      const result = await get(dashboardLoader, path, { cookie: bandungCookie });
      const body = result.body as { standing: Standing };
      expect(body.standing.region.code).toBe(BANDUNG);
      expect(body.standing.activeMembers).toBe(activeMembers.get(BANDUNG) ?? 0);
      expect(body.standing.activeMembers).not.toBe(sumedang.activeMembers);
      const text = JSON.stringify(body);
      // One members-level figure in the whole answer (Bandung's), and none of Sumedang's.
      expect(text.match(/"activeMembers"/g)).toHaveLength(1);
      expect(body.standing.lastActivityAt).toBe(lastActivity.get(BANDUNG) ?? null);
      expect(body.standing.commitments.items.length).toBeLessThanOrEqual(
        body.standing.commitments.total,
      );
    }
    const bandungPage = await renderRoute({
      path: "/dashboard",
      url: "http://localhost/dashboard",
      loader: dashboardLoader,
      Component: DashboardPage,
      headers: { Cookie: bandungCookie },
    });
    expect(bandungPage.html).toContain("Kota Bandung dibanding rata-rata");
    expect(bandungPage.html).not.toContain(`${sumedang.activeMembers} anggota aktif`);

    // A coordinator has no region: no standing section.
    const coordinator = (await sessionFor(DEMO.coordinator)).cookie;
    expect(await standingOf(coordinator)).toBeNull();
  });
});
