// Demo self-assessments (labelled demo): the demo cohort's regions and the host over three
// evaluation years, locked, submitted and draft, plus demo official results for the oldest year.
// Levels are made up but deterministic (from the region code), so demo pages and tests are stable.
import type pg from "pg";

export const DEMO_ASSESSMENT_YEARS = [2024, 2025, 2026] as const;
const STATUS_BY_YEAR = { 2024: "LOCKED", 2025: "SUBMITTED", 2026: "DRAFT" } as const;
const FRAMEWORK = "permenpanrb-59-2020";

/** A small deterministic generator (mulberry32) seeded from a string. */
function generator(seed: string): () => number {
  let state = [...seed].reduce(
    (hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619),
    2166136261,
  );
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Levels 1-5 per indicator: a region's base strength, a little better each year. */
export function demoLevels(
  regionCode: string,
  year: number,
  indicators: number[],
): Map<number, number> {
  const random = generator(`${regionCode}`);
  const base = 1.5 + random() * 2.5; // 1.5 .. 4.0
  const yearRandom = generator(`${regionCode}/${year}`);
  const growth = (year - DEMO_ASSESSMENT_YEARS[0]) * 0.3;
  return new Map(
    indicators.map((number) => {
      const level = Math.round(base + growth + (yearRandom() - 0.5) * 2.2);
      return [number, Math.min(5, Math.max(1, level))];
    }),
  );
}

export async function seedDemoAssessments(
  client: pg.ClientBase,
  cohortSlug: string,
): Promise<number> {
  const regions = await client.query<{ code: string }>(
    `SELECT code FROM (
       SELECT "hostRegionCode" AS code FROM "Cohort" WHERE slug = $1
       UNION SELECT "regionCode" FROM "CohortMember" WHERE "cohortSlug" = $1
     ) r WHERE code IS NOT NULL ORDER BY code`,
    [cohortSlug],
  );
  const indicators = (
    await client.query<{ number: number }>(
      `SELECT number FROM "FrameworkIndicator" WHERE "frameworkId" = $1 ORDER BY number`,
      [FRAMEWORK],
    )
  ).rows.map((row) => row.number);
  let count = 0;
  for (const { code } of regions.rows) {
    for (const year of DEMO_ASSESSMENT_YEARS) {
      const status = STATUS_BY_YEAR[year];
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO "SelfAssessment" (id, "regionCode", "frameworkId", year, status, "submittedAt", "lockedAt", "isDemo", "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, $3, $4::"SelfAssessmentStatus",
                 CASE WHEN $4 <> 'DRAFT' THEN make_timestamptz($3, 4, 30, 9, 0, 0, 'UTC') END,
                 CASE WHEN $4 = 'LOCKED' THEN make_timestamptz($3, 6, 15, 9, 0, 0, 'UTC') END,
                 true, now())
         ON CONFLICT ("regionCode", "frameworkId", year) DO NOTHING RETURNING id`,
        [code, FRAMEWORK, year, status],
      );
      const id = inserted.rows[0]?.id;
      if (!id) continue;
      count += 1;
      const levels = demoLevels(code, year, indicators);
      await client.query(
        `INSERT INTO "SelfAssessmentLevel" ("assessmentId", "indicatorNumber", level, justification, "updatedAt")
         SELECT $1, number, level, $2, now() FROM jsonb_to_recordset($3::jsonb) AS x(number int, level int)`,
        [
          id,
          "Contoh data demo: alasan dan bukti dukung ditulis oleh daerah.",
          JSON.stringify([...levels].map(([number, level]) => ({ number, level }))),
        ],
      );
    }
  }
  // Demo official results for the oldest year: a little below the self-assessment, as evaluations
  // tend to be. Real published scores (spbe-index-scores.json) are never replaced.
  const year = DEMO_ASSESSMENT_YEARS[0];
  for (const { code } of regions.rows) {
    const claimed = demoLevels(code, year, indicators);
    const official = new Map(
      [...claimed].map(([number, level]) => [
        number,
        Math.max(1, level - (number % 3 === 0 ? 1 : 0)),
      ]),
    );
    const weights = await client.query<{ number: number; weight: string }>(
      `SELECT number, weight::text FROM "FrameworkIndicator" WHERE "frameworkId" = $1`,
      [FRAMEWORK],
    );
    const index =
      weights.rows.reduce(
        (sum, row) => sum + (official.get(row.number) ?? 0) * Math.round(Number(row.weight) * 1000),
        0,
      ) / 100_000;
    const scored = await client.query(
      `INSERT INTO "SpbeIndexScore" ("regionCode", "frameworkId", year, index, source, "isDemo")
       VALUES ($1, $2, $3, round($4::numeric, 2), 'Data demo: hasil evaluasi rekaan', true)
       ON CONFLICT ("regionCode", "frameworkId", year) DO NOTHING`,
      [code, FRAMEWORK, year, index],
    );
    if ((scored.rowCount ?? 0) === 0) continue;
    await client.query(
      `INSERT INTO "OfficialIndicatorLevel" ("regionCode", "frameworkId", year, "indicatorNumber", level, source, "isDemo")
       SELECT $1, $2, $3, number, level, 'Data demo', true FROM jsonb_to_recordset($4::jsonb) AS x(number int, level int)
       ON CONFLICT DO NOTHING`,
      [
        code,
        FRAMEWORK,
        year,
        JSON.stringify([...official].map(([number, level]) => ({ number, level }))),
      ],
    );
  }
  return count;
}
