// The province view /provinces/:code as its visitors meet it, with crafted requests: anyone reads
// the public figures; the members-level figures (active members, last activity) only the
// province's coordinators and Kemendagri coordinators, never another province's coordinator or a
// region's secretary; an unknown or malformed code is a 404 with the page's own message; and the
// province's roll-up equals the counts made directly in SQL on the seeded data.
import { describe, expect, it } from "vitest";
import { db, dbPool } from "../../app/db.server";
import { clearSharedParticipation } from "../../app/modules/monitoring/participation-cache.server";
import type { ProvinceView } from "../../app/modules/monitoring/province.server";
import { statusOf } from "../../app/modules/monitoring/participation.server";
import { stalledWhere } from "../../app/modules/tracker/commitment-queries.server";
import { stallSettings } from "../../app/modules/tracker/tracker-settings.server";
import ProvincePage, { loader } from "../../app/routes/provinces.$code";
import { currentYear, todayInWib } from "../../app/utils/calendar";
import { DEMO, get, sessionFor } from "../support/accounts";
import { renderRoute } from "../support/render-route";

async function view(code: string, email?: string) {
  const cookie = email ? (await sessionFor(email)).cookie : undefined;
  // sessionFor() writes a session without the audited sign-in that would make the shared table
  // compute afresh (ADR 021); the figures here must count it.
  clearSharedParticipation();
  const result = await get(loader, `/provinces/${code}`, { cookie, params: { code } });
  return { status: result.status, body: result.body as ProvinceView & { title: string } };
}

/** Whether a body carries any members-level figure (keys the public figures never have). */
function hasMembersFigures(body: unknown): boolean {
  return /"activeMembers"|"lastActivityAt"|"regionsWithActiveMembers"/.test(JSON.stringify(body));
}

async function sqlOne<T>(sql: string, params: unknown[]): Promise<T> {
  const { rows } = await dbPool().query(sql, params);
  return rows[0] as T;
}

describe("the province page /provinces/:code", () => {
  it("shows an anonymous visitor the public figures of the province's 27 regions only", async () => {
    const { status, body } = await view("32");
    expect(status).toBe(200);
    expect(body.province).toEqual({ code: "32", name: "Jawa Barat" });
    expect(body.regions).toHaveLength(27);
    expect(body.regions.every((r) => r.code.startsWith("32."))).toBe(true);
    expect(body.membersLevel).toBe(false);
    expect(body.membersRollup).toBeNull();
    expect(body.regions.every((r) => r.members === null)).toBe(true);
    expect(hasMembersFigures(body)).toBe(false);
    // The page as sent: the public columns, no members-level one.
    const page = await renderRoute({
      path: "/provinces/:code",
      url: "http://localhost/provinces/32",
      loader,
      Component: ProvincePage,
    });
    expect(page.status).toBe(200);
    expect(page.html).toContain("Provinsi Jawa Barat");
    expect(page.html).toContain("Kabupaten Sumedang");
    expect(page.html).not.toContain('figure-col-label">Anggota aktif<');
    expect(page.html).toContain("hanya terlihat oleh koordinator Kemendagri");
  });

  it("gives the province coordinator of 32 the members-level figures of 32, not of 33", async () => {
    // A fresh session of Sumedang's secretary makes one of its members active.
    await sessionFor(DEMO.sekdaSumedang);
    const own = await view("32", DEMO.provinceJabar);
    expect(own.status).toBe(200);
    expect(own.body.membersLevel).toBe(true);
    const sumedang = own.body.regions.find((r) => r.code === "32.11")!;
    expect(sumedang.members?.activeMembers).toBeGreaterThanOrEqual(1);
    expect(own.body.regions.every((r) => r.members !== null)).toBe(true);
    expect(own.body.membersRollup?.province.activeMembers).toBe(
      own.body.regions.reduce((n, r) => n + (r.members?.activeMembers ?? 0), 0),
    );
    // Not the national members-level figures: those are the Kemendagri coordinators'.
    expect(own.body.membersRollup?.national).toBeNull();
    const page = await renderRoute({
      path: "/provinces/:code",
      url: "http://localhost/provinces/32",
      loader,
      Component: ProvincePage,
      headers: { Cookie: (await sessionFor(DEMO.provinceJabar)).cookie },
    });
    expect(page.html).toContain('figure-col-label">Anggota aktif<');

    const other = await view("33", DEMO.provinceJabar);
    expect(other.status).toBe(200);
    expect(other.body.province.name).toBe("Jawa Tengah");
    expect(other.body.membersLevel).toBe(false);
    expect(hasMembersFigures(other.body)).toBe(false);
  });

  it("does not give a secretary of 32.11 the members-level figures of 32.73 (or of 32)", async () => {
    const { status, body } = await view("32", DEMO.sekdaSumedang);
    expect(status).toBe(200);
    expect(body.membersLevel).toBe(false);
    expect(body.regions.find((r) => r.code === "32.73")?.members).toBeNull();
    expect(hasMembersFigures(body)).toBe(false);
  });

  it("gives a Kemendagri coordinator the province's and the national members-level figures", async () => {
    const { body } = await view("33", DEMO.coordinator);
    expect(body.membersLevel).toBe(true);
    expect(body.membersRollup?.national?.activeMembers).toBeGreaterThanOrEqual(
      body.membersRollup?.province.activeMembers ?? 0,
    );
  });

  it("answers an unknown or malformed province code with a 404 and the page's message", async () => {
    for (const code of ["99", "3", "320", "3a", "32.11", "%00"]) {
      const { status, body } = await view(code);
      expect([code, status]).toEqual([code, 404]);
      expect([code, body]).toEqual([code, { message: "province.notFound" }]);
    }
  });

  it("rolls up exactly what SQL counts for province 32, beside the national figures", async () => {
    const now = new Date();
    const { body } = await view("32");
    const rollup = body.rollup.province;
    const counts = await sqlOne<Record<string, number>>(
      `SELECT
         (SELECT count(*) FROM "Region" WHERE "provinceCode" = $1)::int AS regions,
         (SELECT count(*) FROM "Practice" p JOIN "Region" g ON g.code = p."regionCode"
           WHERE g."provinceCode" = $1 AND p.status = 'PUBLISHED')::int AS practices,
         (SELECT count(*) FROM "SoftwareEntry" s JOIN "Region" g ON g.code = s."regionCode"
           WHERE g."provinceCode" = $1 AND s.status = 'PUBLISHED')::int AS software,
         (SELECT count(*) FROM "Commitment" c JOIN "Region" g ON g.code = c."adopterRegionCode"
           WHERE g."provinceCode" = $1
             AND c.status IN ('COMMITTED', 'IN_PROGRESS', 'IMPLEMENTED'))::int AS active,
         (SELECT count(*) FROM "Commitment" c JOIN "Region" g ON g.code = c."adopterRegionCode"
           WHERE g."provinceCode" = $1 AND c.status = 'VERIFIED')::int AS verified,
         (SELECT count(*) FROM "Practice" WHERE status = 'PUBLISHED')::int AS "nationalPractices",
         (SELECT count(*) FROM "Region")::int AS "nationalRegions"`,
      ["32"],
    );
    // The seed must give the roll-up something to count.
    expect(counts.practices).toBeGreaterThan(0);
    expect(counts.verified).toBeGreaterThan(0);
    expect({
      regions: rollup.regions,
      practices: rollup.sums.practices,
      software: rollup.sums.software,
      active: rollup.sums["commitments.active"],
      verified: rollup.sums["commitments.verified"],
    }).toEqual({
      regions: counts.regions,
      practices: counts.practices,
      software: counts.software,
      active: counts.active,
      verified: counts.verified,
    });
    expect(body.rollup.national.regions).toBe(counts.nationalRegions);
    expect(body.rollup.national.sums.practices).toBe(counts.nationalPractices);

    const stalled = await db().commitment.count({
      where: {
        AND: [
          stalledWhere(todayInWib(now), stallSettings()),
          { adopterRegion: { provinceCode: "32" } },
        ],
      },
    });
    expect(rollup.sums["commitments.stalled"]).toBe(stalled);

    // Average evidence completeness: each region's share of the framework's indicators with
    // evidence this year, averaged over the province's regions (those without any count as 0).
    const { rows: evidence } = await dbPool().query<{ code: string; n: number }>(
      `SELECT g.code, count(DISTINCT ei."indicatorId")::int AS n
         FROM "Region" g
         LEFT JOIN "EvidenceRecord" r ON r."regionCode" = g.code AND r.year = $2
              AND r."frameworkId" = 'permenpanrb-59-2020'
         LEFT JOIN "EvidenceIndicator" ei ON ei."evidenceId" = r.id
        WHERE g."provinceCode" = $1 GROUP BY g.code`,
      ["32", currentYear(now)],
    );
    const indicators = await db().frameworkIndicator.count({
      where: { frameworkId: "permenpanrb-59-2020" },
    });
    expect(evidence.some((r) => r.n > 0)).toBe(true);
    const perRegion = evidence.map((r) => Math.round((r.n / indicators) * 1000) / 1000);
    const average = perRegion.reduce((a, b) => a + b, 0) / perRegion.length;
    expect(rollup.averages.evidenceCompleteness).toBeCloseTo(average, 3);

    // Regions per status, from each region's last audited activity.
    const { rows: activity } = await dbPool().query<{ code: string; last: Date | null }>(
      `SELECT g.code, max(a.at) AS last FROM "Region" g
         LEFT JOIN "AuditEvent" a ON a."regionCode" = g.code AND a.at <= $2
        WHERE g."provinceCode" = $1 GROUP BY g.code`,
      ["32", now],
    );
    const statuses = { aktif: 0, "kurang-aktif": 0, "tidak-aktif": 0 };
    for (const row of activity) statuses[statusOf(row.last, now)] += 1;
    expect(rollup.statuses).toEqual(statuses);
    expect(statuses.aktif + statuses["kurang-aktif"] + statuses["tidak-aktif"]).toBe(27);
  });

  it("rolls up the members-level figures as SQL counts them", async () => {
    await sessionFor(DEMO.devBandung);
    const { body } = await view("32", DEMO.provinceJabar);
    const since = new Date(Date.now() - 30 * 86_400_000);
    const members = await sqlOne<{ active: number; regions: number }>(
      `SELECT coalesce(sum(n), 0)::int AS active, count(*)::int AS regions FROM (
         SELECT m."regionCode", count(DISTINCT m."userId") AS n
           FROM "RegionMembership" m JOIN "User" u ON u.id = m."userId"
           JOIN "Region" g ON g.code = m."regionCode"
          WHERE g."provinceCode" = $1 AND u."disabledAt" IS NULL
            AND EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = m."userId" AND s."lastSeenAt" >= $2)
          GROUP BY m."regionCode") per_region`,
      ["32", since],
    );
    expect(members.regions).toBeGreaterThanOrEqual(2); // Sumedang and Kota Bandung
    expect(body.membersRollup?.province.activeMembers).toBe(members.active);
    expect(body.membersRollup?.province.regionsWithActiveMembers).toBe(members.regions);
  });
});
