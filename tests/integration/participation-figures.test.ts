// Every participation figure of a few seeded regions equals what a direct SQL query on the demo
// database counts (raw SQL written here, not the module's queries): the host of most visits, the
// visitors, a region with accepted evidence, a mentor and an adopter of verified replications, a
// region with nothing; one region gets the previous year's official index so its trend is known.
// The self-assessed index also equals the self-assessment page's own computation.
import { beforeAll, describe, expect, it } from "vitest";
import { dbPool } from "../../app/db.server";
import { FIGURE_IDS, FIGURES, figureValue } from "../../app/modules/monitoring/figures";
import {
  listParticipation,
  type RegionParticipation,
} from "../../app/modules/monitoring/participation.server";
import { getSelfAssessmentView } from "../../app/modules/spbe/self-assessment.server";
import { currentYear, todayInWib } from "../../app/utils/calendar";
import { DEMO } from "../support/accounts";
import { actor } from "../support/actors";

const FRAMEWORK = "permenpanrb-59-2020";
const NOW = new Date();
const YEAR = currentYear(NOW);
const TODAY = todayInWib(NOW);

async function one<T>(sql: string, params: unknown[]): Promise<T> {
  const { rows } = await dbPool().query(sql, params);
  return rows[0] as T;
}

async function codes(sql: string): Promise<string[]> {
  const { rows } = await dbPool().query<{ code: string }>(sql);
  return rows.map((r) => r.code);
}

let chosen: string[];
let rows: Map<string, RegionParticipation>;

beforeAll(async () => {
  // The previous year's official index for a region that has one: its trend becomes known.
  const withIndex = await one<{ code: string; year: number }>(
    `SELECT "regionCode" AS code, max(year) AS year FROM "SpbeIndexScore"
      WHERE "frameworkId" = $1 AND year <= $2 GROUP BY 1 ORDER BY 1 LIMIT 1`,
    [FRAMEWORK, YEAR],
  );
  await dbPool().query(
    `INSERT INTO "SpbeIndexScore" ("regionCode", "frameworkId", year, index, source, "isDemo")
     SELECT "regionCode", "frameworkId", year - 1, index - 0.35, 'test', true
       FROM "SpbeIndexScore" WHERE "regionCode" = $1 AND "frameworkId" = $2 AND year = $3
     ON CONFLICT DO NOTHING`,
    [withIndex.code, FRAMEWORK, withIndex.year],
  );
  const picks = [
    withIndex.code,
    ...(await codes(
      `SELECT "hostRegionCode" AS code FROM "StudyVisit" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    )),
    ...(await codes(
      `SELECT "visitorRegionCode" AS code FROM "StudyVisit" v
        WHERE EXISTS (SELECT 1 FROM "Commitment" c WHERE c."visitId" = v.id) ORDER BY 1 LIMIT 2`,
    )),
    ...(await codes(
      `SELECT "regionCode" AS code FROM "EvidenceRecord" WHERE "reviewState" = 'ACCEPTED' AND year = ${YEAR} ORDER BY 1 LIMIT 1`,
    )),
    ...(await codes(
      `SELECT "adopterRegionCode" AS code FROM "Commitment" WHERE status = 'VERIFIED' ORDER BY 1 LIMIT 1`,
    )),
    ...(await codes(
      `SELECT "regionCode" AS code FROM "SelfAssessment" WHERE year = ${YEAR} AND status = 'SUBMITTED' ORDER BY 1 LIMIT 1`,
    )),
    ...(await codes(
      `SELECT code FROM "Region" r WHERE NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."regionCode" = r.code) ORDER BY 1 DESC LIMIT 1`,
    )),
  ];
  chosen = [...new Set(picks)];
  const all = await listParticipation({ now: NOW });
  rows = new Map(all.map((r) => [r.code, r]));
});

/** Every figure of one region, counted directly in SQL. */
async function figuresInSql(code: string) {
  const params = [code, FRAMEWORK, YEAR];
  const last = await one<{ at: Date | null }>(
    `SELECT max(at) AS at FROM "AuditEvent" WHERE "regionCode" = $1 AND at <= $2`,
    [code, NOW],
  );
  const days = last.at ? (NOW.getTime() - last.at.getTime()) / 86_400_000 : null;
  const counts = await one<Record<string, number>>(
    `SELECT
       (SELECT count(DISTINCT m."userId") FROM "RegionMembership" m JOIN "User" u ON u.id = m."userId"
         WHERE m."regionCode" = $1 AND u."disabledAt" IS NULL
           AND EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = u.id AND s."lastSeenAt" >= $4::timestamptz - interval '30 days'))::int AS "activeMembers",
       (SELECT count(*) FROM "Practice" WHERE "regionCode" = $1 AND status = 'PUBLISHED')::int AS practices,
       (SELECT count(*) FROM "SoftwareEntry" WHERE "regionCode" = $1 AND status = 'PUBLISHED')::int AS software,
       (SELECT count(*) FROM "Commitment" WHERE "adopterRegionCode" = $1 AND status IN ('COMMITTED','IN_PROGRESS','IMPLEMENTED'))::int AS active,
       (SELECT count(*) FROM "Commitment" WHERE "adopterRegionCode" = $1 AND status = 'VERIFIED')::int AS verified,
       (SELECT count(*) FROM "Commitment" c WHERE c."adopterRegionCode" = $1
          AND c.status IN ('COMMITTED','IN_PROGRESS','IMPLEMENTED')
          AND (c."lastActivityAt" < (($5::date - 29)::timestamp AT TIME ZONE 'Asia/Jakarta')
               OR EXISTS (SELECT 1 FROM "Milestone" ms WHERE ms."commitmentId" = c.id
                           AND ms.state <> 'CONFIRMED' AND ms."dueOn" <= $5::date - 14)))::int AS stalled,
       (SELECT count(*) FROM "Commitment" WHERE "mentorRegionCode" = $1 AND status = 'VERIFIED')::int AS given,
       (SELECT count(*) FROM "FrameworkIndicator" WHERE "frameworkId" = $2)::int AS indicators,
       (SELECT count(DISTINCT ei."indicatorId") FROM "EvidenceRecord" e JOIN "EvidenceIndicator" ei ON ei."evidenceId" = e.id
         WHERE e."regionCode" = $1 AND e."frameworkId" = $2 AND e.year = $3)::int AS "withEvidence",
       (SELECT count(DISTINCT ei."indicatorId") FROM "EvidenceRecord" e JOIN "EvidenceIndicator" ei ON ei."evidenceId" = e.id
         WHERE e."regionCode" = $1 AND e."frameworkId" = $2 AND e.year = $3 AND e."reviewState" = 'ACCEPTED')::int AS accepted,
       (SELECT count(*) FROM "StudyVisit" WHERE "hostRegionCode" = $1)::int AS hosted,
       (SELECT count(*) FROM "StudyVisit" v WHERE v."hostRegionCode" = $1
          AND EXISTS (SELECT 1 FROM "Commitment" c WHERE c."visitId" = v.id AND c.status <> 'CANCELLED'))::int AS "hostedWith",
       (SELECT count(*) FROM "StudyVisit" WHERE "visitorRegionCode" = $1)::int AS made,
       (SELECT count(*) FROM "StudyVisit" v WHERE v."visitorRegionCode" = $1
          AND EXISTS (SELECT 1 FROM "Commitment" c WHERE c."visitId" = v.id AND c.status <> 'CANCELLED'))::int AS "madeWith"`,
    [...params, NOW, TODAY],
  );
  const state = await one<{ status: string } | undefined>(
    `SELECT status FROM "SelfAssessment" WHERE "regionCode" = $1 AND "frameworkId" = $2 AND year = $3`,
    params,
  );
  const official = await one<{ year: number; index: string; trend: string | null } | undefined>(
    `SELECT s.year, s.index::text, (s.index - p.index)::text AS trend FROM "SpbeIndexScore" s
       LEFT JOIN "SpbeIndexScore" p ON p."regionCode" = s."regionCode" AND p."frameworkId" = s."frameworkId" AND p.year = s.year - 1
      WHERE s."regionCode" = $1 AND s."frameworkId" = $2 AND s.year <= $3 ORDER BY s.year DESC LIMIT 1`,
    params,
  );
  const self = await one<{ year: number; index: string } | undefined>(
    `SELECT a.year,
            round(coalesce(sum(l.level * fi.weight), 0)
                  / (SELECT sum(weight) FROM "FrameworkIndicator" WHERE "frameworkId" = $2), 2)::text AS index
       FROM "SelfAssessment" a
       LEFT JOIN "SelfAssessmentLevel" l ON l."assessmentId" = a.id
       LEFT JOIN "FrameworkIndicator" fi ON fi."frameworkId" = a."frameworkId" AND fi.number = l."indicatorNumber"
      WHERE a."regionCode" = $1 AND a."frameworkId" = $2 AND a.year <= $3 AND a.status IN ('SUBMITTED','LOCKED')
      GROUP BY a.id, a.year ORDER BY a.year DESC LIMIT 1`,
    params,
  );
  const shareOf = (n: number, d: number) => Math.round((n / d) * 1000) / 1000;
  return {
    status:
      days === null
        ? "tidak-aktif"
        : days <= 30
          ? "aktif"
          : days <= 90
            ? "kurang-aktif"
            : "tidak-aktif",
    lastActivityAt: last.at?.toISOString() ?? null,
    activeMembers: counts.activeMembers,
    practices: counts.practices,
    software: counts.software,
    "commitments.active": counts.active,
    "commitments.verified": counts.verified,
    "commitments.stalled": counts.stalled,
    evidenceCompleteness: shareOf(counts.withEvidence!, counts.indicators!),
    evidenceAccepted: shareOf(counts.accepted!, counts.indicators!),
    selfAssessment: state?.status ?? "NONE",
    "replications.given": counts.given,
    "replications.received": counts.verified,
    "visits.hosted": counts.hosted,
    "visits.hostedWithCommitment": counts.hostedWith,
    "visits.hostedConversion": counts.hosted ? shareOf(counts.hostedWith!, counts.hosted) : null,
    "visits.made": counts.made,
    "visits.madeWithCommitment": counts.madeWith,
    "visits.madeConversion": counts.made ? shareOf(counts.madeWith!, counts.made) : null,
    "spbeIndex.official": official ? Number(official.index) : null,
    "spbeIndex.officialYear": official?.year ?? null,
    "spbeIndex.selfAssessed": self ? Number(self.index) : null,
    "spbeIndex.selfAssessedYear": self?.year ?? null,
    "spbeIndex.trend": official?.trend != null ? Number(official.trend) : null,
  } satisfies Record<(typeof FIGURE_IDS)[number], unknown>;
}

describe("participation figures", () => {
  it("equal the counts made directly in SQL for the chosen regions", async () => {
    expect(chosen.length).toBeGreaterThanOrEqual(5);
    for (const code of chosen) {
      const row = rows.get(code)!;
      const expected = await figuresInSql(code);
      const actual = Object.fromEntries(FIGURE_IDS.map((id) => [id, figureValue(row, id)]));
      expect([code, actual]).toEqual([code, expected]);
    }
    // The seed gives the new figures something to count in these regions.
    const picked = chosen.map((code) => rows.get(code)!);
    expect(picked.some((r) => r.visits.hosted > 5 && r.visits.hostedWithCommitment > 0)).toBe(true);
    expect(picked.some((r) => r.visits.madeWithCommitment > 0)).toBe(true);
    expect(picked.some((r) => r.evidenceAccepted > 0)).toBe(true);
    expect(picked.some((r) => r.replications.given > 0)).toBe(true);
    expect(picked.some((r) => r.spbeIndex.trend === 0.35)).toBe(true);
    expect(picked.some((r) => r.selfAssessment === "SUBMITTED")).toBe(true);
    expect(picked.some((r) => r.status === "tidak-aktif" && r.lastActivityAt === null)).toBe(true);
  });

  it("computes the self-assessed index as the self-assessment page does", async () => {
    const coordinator = await actor(DEMO.coordinator);
    const withIndex = [...rows.values()]
      .filter((r) => r.spbeIndex.selfAssessed !== null)
      .slice(0, 3);
    expect(withIndex.length).toBe(3);
    for (const row of withIndex) {
      const view = await getSelfAssessmentView(
        row.code,
        row.spbeIndex.selfAssessedYear!,
        coordinator,
      );
      expect([row.code, row.spbeIndex.selfAssessed]).toEqual([
        row.code,
        view.assessment!.result.index,
      ]);
    }
  });

  it("restricted to regions or provinces gives the same rows as the whole table", async () => {
    const some = await listParticipation({ now: NOW, regionCodes: chosen.slice(0, 3) });
    expect(some.map((r) => r.code)).toEqual([...chosen.slice(0, 3)].sort());
    for (const row of some) expect(row).toEqual(rows.get(row.code));
    const province = await listParticipation({ now: NOW, provinceCodes: ["32"] });
    expect(province.map((r) => r.code)).toEqual(
      [...rows.values()].filter((r) => r.provinceCode === "32").map((r) => r.code),
    );
    for (const row of province) expect(row).toEqual(rows.get(row.code));
    expect(await listParticipation({ regionCodes: [] })).toEqual([]);
  });

  it("has a catalogue entry, a label and a definition for every figure of a row", () => {
    const row = rows.get(chosen[0]!)!;
    const leaves = (value: object, prefix = ""): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        inner !== null && typeof inner === "object"
          ? leaves(inner as object, `${prefix}${key}.`)
          : [`${prefix}${key}`],
      );
    const attributes = ["code", "name", "provinceCode"];
    expect(
      leaves(row)
        .filter((k) => !attributes.includes(k))
        .sort(),
    ).toEqual([...FIGURE_IDS].sort());
    expect(FIGURES.filter((f) => f.level === "public").map((f) => f.id)).toEqual([
      "status",
      "practices",
      "software",
      "commitments.active",
      "commitments.verified",
      "commitments.stalled",
      "evidenceCompleteness",
    ]);
  });
});
