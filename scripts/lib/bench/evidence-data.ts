// Synthetic SPBE data for the evidence benchmark (npm run bench:evidence), written with set-based
// SQL (INSERT ... SELECT over generate_series) into a database that has the reference data
// (regions, the framework): a self-assessment of every region for each year (levels for every
// indicator; older years locked, recent ones submitted or draft), official results for half the
// regions, and N evidence records spread unevenly over regions, years and indicators, each with
// files, versions (stored files), findings, links and reviews in the shapes the real schema holds.
// random() runs after setseed(), so one seed gives the same data.
import type pg from "pg";

export interface EvidenceDataOptions {
  frameworkId: string;
  years: number[];
  records: number;
  /** Regions that get data (the first N by a fixed shuffle); all of them by default. */
  regions?: number;
}

export interface EvidenceDataSummary {
  regions: number;
  assessments: number;
  levels: number;
  officialLevels: number;
  records: number;
  indicatorLinks: number;
  versions: number;
  reviews: number;
  coordinatorId: string;
}

async function count(client: pg.ClientBase, table: string): Promise<number> {
  const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
  return result.rows[0]!.n;
}

export async function seedEvidenceBenchData(
  client: pg.ClientBase,
  options: EvidenceDataOptions,
): Promise<EvidenceDataSummary> {
  const { frameworkId, years, records } = options;
  const first = Math.min(...years);
  const last = Math.max(...years);
  await client.query(`SELECT setseed(0.14)`);
  // The regions in a fixed shuffled order: n = 1 gets the most evidence.
  await client.query(
    `CREATE TEMP TABLE bench_region AS
       SELECT code, row_number() OVER (ORDER BY md5(code)) AS n FROM "Region"`,
  );
  if (options.regions)
    await client.query(`DELETE FROM bench_region WHERE n > $1`, [options.regions]);
  const regions = await count(client, "bench_region");
  await client.query(
    `CREATE TEMP TABLE bench_indicator AS
       SELECT id, number, row_number() OVER (ORDER BY number) AS n
         FROM "FrameworkIndicator" WHERE "frameworkId" = $1`,
    [frameworkId],
  );

  const coordinator = await client.query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, "isCoordinator", "updatedAt")
     VALUES (gen_random_uuid(), 'koordinator@bench.invalid', 'Koordinator Bench', true, now())
     RETURNING id`,
  );
  const coordinatorId = coordinator.rows[0]!.id;

  // Self-assessments: the oldest year locked, the middle one submitted or locked, the latest a
  // draft for half the regions and submitted for the others.
  await client.query(
    `INSERT INTO "SelfAssessment"
       (id, "regionCode", "frameworkId", year, status, "submittedAt", "lockedAt", "updatedAt")
     SELECT gen_random_uuid(), r.code, $1, y, s.status::"SelfAssessmentStatus",
            CASE WHEN s.status <> 'DRAFT' THEN make_date(y, 11, 1) END,
            CASE WHEN s.status = 'LOCKED' THEN make_date(y, 12, 1) END,
            make_date(y, 10, 1)
       FROM bench_region r
      CROSS JOIN generate_series($2::int, $3::int) AS y
      CROSS JOIN LATERAL (SELECT CASE
              WHEN y < $3 - 1 THEN 'LOCKED'
              WHEN y = $3 - 1 THEN CASE WHEN r.n % 3 = 0 THEN 'SUBMITTED' ELSE 'LOCKED' END
              ELSE CASE WHEN r.n % 2 = 0 THEN 'DRAFT' ELSE 'SUBMITTED' END
            END AS status) AS s`,
    [frameworkId, first, last],
  );
  // A level for every indicator around the region's own base level (1, 2, 2, 3 or 3), one up or
  // down, and one more for a sixth of them: about one level in six is 4 or 5, as in the
  // published evaluations, where most regions sit at levels 2 and 3.
  await client.query(
    `INSERT INTO "SelfAssessmentLevel"
       ("assessmentId", "indicatorNumber", level, justification, "updatedAt")
     SELECT a.id, i.number,
            least(5, greatest(1, (ARRAY[1, 2, 2, 3, 3])[1 + r.n % 5] + floor(random() * 3)::int - 1
                                 + (random() < 0.17)::int)),
            'Justifikasi sintetis untuk benchmark.', a."updatedAt"
       FROM "SelfAssessment" a
       JOIN bench_region r ON r.code = a."regionCode"
      CROSS JOIN bench_indicator i
      WHERE a."frameworkId" = $1`,
    [frameworkId],
  );
  // Official results (index and levels) for every other region, for the years before the latest.
  await client.query(
    `INSERT INTO "OfficialIndicatorLevel"
       ("regionCode", "frameworkId", year, "indicatorNumber", level, source)
     SELECT a."regionCode", a."frameworkId", a.year, l."indicatorNumber",
            greatest(1, l.level - floor(random() * 2)::int), 'Benchmark (sintetis)'
       FROM "SelfAssessment" a
       JOIN bench_region r ON r.code = a."regionCode"
       JOIN "SelfAssessmentLevel" l ON l."assessmentId" = a.id
      WHERE a."frameworkId" = $1 AND a.year < $2 AND r.n % 2 = 1`,
    [frameworkId, last],
  );
  await client.query(
    `INSERT INTO "SpbeIndexScore" ("regionCode", "frameworkId", year, index, source)
     SELECT "regionCode", "frameworkId", year, round(avg(level)::numeric, 2), 'Benchmark (sintetis)'
       FROM "OfficialIndicatorLevel" WHERE "frameworkId" = $1
      GROUP BY "regionCode", "frameworkId", year
     ON CONFLICT ("regionCode", "frameworkId", year) DO NOTHING`,
    [frameworkId],
  );

  // Evidence records: region n drawn with random()^2 (a few busy regions, a long tail), a year,
  // one to three indicators, a level, a document date with an optional expiry, mixed visibility
  // and review states.
  await client.query(
    `CREATE TEMP TABLE bench_evidence AS
       SELECT gen_random_uuid() AS id, g AS n,
              1 + floor(power(random(), 2) * $2)::int AS region_n,
              $3 + floor(random() * $5)::int AS year,
              1 + floor(random() * $4)::int AS indicator_n,
              floor(random() * 100)::int AS roll,
              1 + floor(random() * 5)::int AS level,
              floor(random() * 330)::int AS day,
              random() AS r1, random() AS r2, random() AS r3
         FROM generate_series(1, $1::int) AS g`,
    [records, regions, first, await count(client, "bench_indicator"), last - first + 1],
  );
  await client.query(
    `INSERT INTO "EvidenceRecord"
       (id, "regionCode", "frameworkId", year, title, description, level, "effectiveDate",
        "expiresOn", visibility, "reviewState", "reviewedAt", "createdAt", "updatedAt")
     SELECT e.id, r.code, $1, e.year,
            'Bukti dukung sintetis ' || e.n || ' indikator ' || e.indicator_n,
            'Dokumen sintetis untuk benchmark papan bukti dukung.', e.level,
            make_date(e.year, 1, 1) + e.day,
            CASE WHEN e.r1 < 0.3 THEN NULL ELSE make_date(e.year, 1, 1) + e.day + 365 * (1 + (e.roll % 3)) END,
            (CASE WHEN e.r2 < 0.5 THEN 'PRIVATE' WHEN e.r2 < 0.8 THEN 'MEMBERS' ELSE 'PUBLIC' END)::"EvidenceVisibility",
            (CASE WHEN e.r3 < 0.4 THEN 'UNREVIEWED' WHEN e.r3 < 0.85 THEN 'ACCEPTED' ELSE 'NEEDS_REVISION' END)::"EvidenceReviewState",
            CASE WHEN e.r3 >= 0.4 THEN make_date(e.year, 1, 1) + e.day + 20 END,
            make_date(e.year, 1, 1) + e.day + 1, make_date(e.year, 1, 1) + e.day + 2 + (e.roll % 7)
       FROM bench_evidence e JOIN bench_region r ON r.n = e.region_n`,
    [frameworkId],
  );
  // The primary indicator; a second one for 40% of the records, a third for 15%.
  await client.query(
    `INSERT INTO "EvidenceIndicator" ("evidenceId", "indicatorId")
     SELECT e.id, i.id
       FROM bench_evidence e
      CROSS JOIN generate_series(0, 2) AS k
       JOIN bench_indicator i
         ON i.n = 1 + (e.indicator_n - 1 + k) % (SELECT count(*) FROM bench_indicator)
      WHERE k = 0 OR (k = 1 AND e.roll < 40) OR (k = 2 AND e.roll < 15)`,
  );
  // Files: one per record, a second for a fifth of them; a second version for a quarter.
  await client.query(
    `CREATE TEMP TABLE bench_file AS
       SELECT gen_random_uuid() AS id, e.id AS evidence_id, e.year, e.day, f AS position,
              random() < 0.25 AS revised
         FROM bench_evidence e CROSS JOIN generate_series(1, 2) AS f
        WHERE f = 1 OR e.roll % 5 = 0`,
  );
  await client.query(
    `INSERT INTO "EvidenceFile" (id, "evidenceId", "createdAt")
     SELECT id, evidence_id, make_date(year, 1, 1) + day + position FROM bench_file`,
  );
  await client.query(
    `CREATE TEMP TABLE bench_version AS
       SELECT gen_random_uuid() AS id, f.id AS file_id, v AS number,
              make_date(f.year, 1, 1) + f.day + f.position + v AS created,
              1 + floor(random() * 40)::int AS pages, random() AS r
         FROM bench_file f CROSS JOIN generate_series(1, 2) AS v
        WHERE v = 1 OR f.revised`,
  );
  await client.query(
    `INSERT INTO "StoredFile" (sha256, size, "mimeType")
     SELECT encode(sha256(id::text::bytea), 'hex'), 20000 + pages * 3000, 'application/pdf'
       FROM bench_version`,
  );
  await client.query(
    `INSERT INTO "EvidenceFileVersion"
       (id, "fileId", number, sha256, "originalName", "createdAt", "extractionState",
        "extractionAttempts", "extractedAt", "extractionReason", "pageCount", "pagesWithoutText")
     SELECT id, file_id, number, encode(sha256(id::text::bytea), 'hex'),
            'bukti-' || number || '.pdf', created,
            (CASE WHEN r < 0.93 THEN 'DONE' WHEN r < 0.98 THEN 'UNREADABLE' ELSE 'FAILED' END)::"EvidenceExtractionState",
            1, created,
            CASE WHEN r < 0.93 THEN NULL WHEN r < 0.98 THEN 'no-text-layer' ELSE 'corrupt' END,
            CASE WHEN r < 0.93 THEN pages END,
            CASE WHEN r < 0.05 THEN ARRAY[pages] ELSE ARRAY[]::int[] END
       FROM bench_version`,
  );
  await client.query(
    `INSERT INTO "EvidenceFinding" ("versionId", kind, page, match, count)
     SELECT id, 'nik', 1, '3211********0001', 1 FROM bench_version WHERE r < 0.05`,
  );
  await client.query(
    `INSERT INTO "EvidenceLink" (id, "evidenceId", position, url, label)
     SELECT gen_random_uuid(), id, 0, 'https://jdih.example.go.id/dokumen/' || n, 'JDIH'
       FROM bench_evidence WHERE roll % 10 < 3`,
  );
  // A review for each reviewed record (its latest decision); a sent-back-then-accepted history
  // for a tenth of the accepted ones.
  await client.query(
    `INSERT INTO "EvidenceReview" (id, "evidenceId", "reviewerId", decision, comment, "createdAt")
     SELECT gen_random_uuid(), id, $1::uuid, "reviewState", 'Tinjauan sintetis.', "reviewedAt"
       FROM "EvidenceRecord" WHERE "reviewedAt" IS NOT NULL
     UNION ALL
     SELECT gen_random_uuid(), e.id, $1::uuid, 'NEEDS_REVISION', 'Tinjauan sintetis.', e."reviewedAt" - interval '10 days'
       FROM "EvidenceRecord" e JOIN bench_evidence b ON b.id = e.id
      WHERE e."reviewState" = 'ACCEPTED' AND b.roll % 10 = 0`,
    [coordinatorId],
  );
  for (const table of [
    "bench_region",
    "bench_indicator",
    "bench_evidence",
    "bench_file",
    "bench_version",
  ])
    await client.query(`DROP TABLE ${table}`);

  return {
    regions,
    assessments: await count(client, "SelfAssessment"),
    levels: await count(client, "SelfAssessmentLevel"),
    officialLevels: await count(client, "OfficialIndicatorLevel"),
    records: await count(client, "EvidenceRecord"),
    indicatorLinks: await count(client, "EvidenceIndicator"),
    versions: await count(client, "EvidenceFileVersion"),
    reviews: await count(client, "EvidenceReview"),
    coordinatorId,
  };
}
