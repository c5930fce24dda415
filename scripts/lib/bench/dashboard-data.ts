// Synthetic activity for the monitoring benchmark (npm run bench:dashboard), written with set-based
// SQL over generate_series into a database that has the reference data (514 regions) and the
// evidence benchmark's self-assessments and evidence (evidence-data.ts): a year of activity per
// region — members (a secretary and two developers each) with sessions seen over the last 90 days,
// published (and some draft) practices and code entries, study visits, N commitments in every status
// with milestones, and audit events spread over 12 months. Regions are drawn with random()^2, so a
// few are busy and many are quiet, as in the real portal. random() runs after setseed().
import type pg from "pg";

export interface DashboardDataOptions {
  commitments: number;
  practices: number;
  software: number;
  visits: number;
  auditEvents: number;
}

export interface DashboardDataSummary {
  users: number;
  sessions: number;
  practices: number;
  software: number;
  visits: number;
  commitments: Record<string, number>;
  milestones: number;
  auditEvents: number;
  /** A secretary of the busiest region (most commitments as adopter). */
  busySecretary: { id: string; email: string; regionCode: string };
}

async function count(client: pg.ClientBase, table: string): Promise<number> {
  const result = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
  return result.rows[0]!.n;
}

/** A region number 1..N drawn with random()^2 (busy regions first), as a SQL expression. */
const SKEWED_REGION = `1 + floor(power(random(), 2) * (SELECT count(*) FROM bench_r))::int`;

export async function seedDashboardBenchData(
  client: pg.ClientBase,
  options: DashboardDataOptions,
): Promise<DashboardDataSummary> {
  await client.query(`SELECT setseed(0.16)`);
  await client.query(
    `CREATE TEMP TABLE bench_r AS
       SELECT code, row_number() OVER (ORDER BY md5(code || 'dashboard')) AS n FROM "Region"`,
  );
  // Members: a secretary (k = 1) and two developers per region; two sessions each, last seen
  // within 90 days, so about a third count as active (30 days).
  await client.query(
    `CREATE TEMP TABLE bench_user AS
       SELECT gen_random_uuid() AS id, r.code, r.n, k FROM bench_r r CROSS JOIN generate_series(1, 3) AS k`,
  );
  await client.query(
    `INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
     SELECT id, 'anggota.' || n || '.' || k || '@bench.invalid', 'Anggota ' || n || '-' || k,
            now() - interval '400 days', now()
       FROM bench_user`,
  );
  await client.query(
    `INSERT INTO "RegionMembership" ("userId", "regionCode", role, "createdAt")
     SELECT id, code, (CASE WHEN k = 1 THEN 'SECRETARY' ELSE 'DEVELOPER' END)::"RegionRole",
            now() - interval '400 days'
       FROM bench_user`,
  );
  await client.query(
    `INSERT INTO "Session" (id, "userId", "expiresAt", "createdAt", "lastSeenAt")
     SELECT encode(sha256((u.id::text || '-' || s)::bytea), 'hex'), u.id, now() + interval '30 days',
            now() - interval '120 days', now() - random() * interval '90 days'
       FROM bench_user u CROSS JOIN generate_series(1, 2) AS s`,
  );
  // Practices and code entries: five in six published, the others drafts or submitted.
  await client.query(
    `INSERT INTO "Practice"
       (id, slug, "regionCode", title, summary, sector, stage, year, tags, status, "publishedAt",
        "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench-praktik-' || x.g, r.code, 'Praktik sintetis ' || x.g,
            'Ringkasan praktik sintetis untuk benchmark.', 'pengaduan',
            (ARRAY['IDEA', 'PILOT', 'IMPLEMENTED', 'SCALED'])[1 + x.g % 4]::"PracticeStage", 2025,
            ARRAY['bench'],
            (CASE WHEN x.g % 6 = 0 THEN 'DRAFT' WHEN x.g % 12 = 1 THEN 'SUBMITTED' ELSE 'PUBLISHED' END)::"PracticeStatus",
            CASE WHEN x.g % 6 <> 0 AND x.g % 12 <> 1 THEN now() - x.age END,
            now() - x.age - interval '10 days', now() - x.age
       FROM (SELECT g, ${SKEWED_REGION} AS rn, random() * interval '365 days' AS age
               FROM generate_series(1, $1::int) AS g) x
       JOIN bench_r r ON r.n = x.rn`,
    [options.practices],
  );
  await client.query(
    `INSERT INTO "SoftwareEntry"
       (id, slug, "regionCode", name, url, platforms, categories, "developmentStatus",
        "softwareType", license, "shortDescription", publiccode, tech, status, "publishedAt",
        "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench-kode-' || x.g, r.code, 'Aplikasi sintetis ' || x.g,
            'https://git.example.go.id/bench/' || x.g, ARRAY['web'], ARRAY['it-development'],
            'stable', 'standalone/web', 'MIT', 'Aplikasi sintetis untuk benchmark.', '{}'::jsonb,
            ARRAY['php'],
            (CASE WHEN x.g % 6 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"PracticeStatus",
            CASE WHEN x.g % 6 <> 0 THEN now() - x.age END, now() - x.age - interval '10 days',
            now() - x.age
       FROM (SELECT g, ${SKEWED_REGION} AS rn, random() * interval '365 days' AS age
               FROM generate_series(1, $1::int) AS g) x
       JOIN bench_r r ON r.n = x.rn`,
    [options.software],
  );
  await client.query(
    `INSERT INTO "StudyVisit" (id, "hostRegionCode", "visitorRegionCode", "visitedOn", "updatedAt")
     SELECT gen_random_uuid(), h.code, v.code, current_date - x.days, now()
       FROM (SELECT g, ${SKEWED_REGION} AS hn, 1 + floor(random() * (SELECT count(*) FROM bench_r))::int AS vn,
                    floor(random() * 365)::int AS days
               FROM generate_series(1, $1::int) AS g) x
       JOIN bench_r h ON h.n = x.hn
       JOIN bench_r v
         ON v.n = CASE WHEN x.vn = x.hn THEN x.vn % (SELECT count(*) FROM bench_r) + 1 ELSE x.vn END`,
    [options.visits],
  );
  // Commitments in every status: adopters spread widely, mentors skewed (a few regions are
  // replicated often); due dates from four months ago to eight months ahead; last activity within
  // 120 days, so some are stalled; visibility mixed.
  await client.query(
    `CREATE TEMP TABLE bench_commitment AS
       SELECT gen_random_uuid() AS id, g,
              1 + floor(random() * (SELECT count(*) FROM bench_r))::int AS an,
              ${SKEWED_REGION} AS mn,
              (ARRAY['DRAFT', 'COMMITTED', 'IN_PROGRESS', 'IN_PROGRESS', 'IMPLEMENTED', 'VERIFIED',
                     'VERIFIED', 'CANCELLED'])[1 + floor(random() * 8)::int] AS status,
              floor(random() * 360)::int - 120 AS due_in,
              random() * interval '120 days' AS quiet,
              random() AS r
         FROM generate_series(1, $1::int) AS g`,
    [options.commitments],
  );
  await client.query(
    `INSERT INTO "Commitment"
       (id, title, "adopterRegionCode", "mentorRegionCode", status, visibility, "startOn", "dueOn",
        plan, "approvedAt", "verifiedAt", "cancelledAt", "cancelReason", "lastActivityAt",
        "createdAt", "updatedAt")
     SELECT c.id, 'Komitmen sintetis ' || c.g, a.code, m.code, c.status::"CommitmentStatus",
            (CASE WHEN c.r < 0.2 THEN 'PRIVATE' WHEN c.r < 0.8 THEN 'MEMBERS' ELSE 'PUBLIC' END)::"EvidenceVisibility",
            current_date - 200 + c.due_in / 4, current_date + c.due_in, 'Rencana sintetis.',
            CASE WHEN c.status <> 'DRAFT' THEN now() - interval '150 days' END,
            CASE WHEN c.status = 'VERIFIED' THEN now() - c.quiet END,
            CASE WHEN c.status = 'CANCELLED' THEN now() - c.quiet END,
            CASE WHEN c.status = 'CANCELLED' THEN 'Dibatalkan (sintetis).' END,
            now() - c.quiet, now() - interval '200 days', now() - c.quiet
       FROM bench_commitment c
       JOIN bench_r a ON a.n = c.an
       JOIN bench_r m
         ON m.n = CASE WHEN c.mn = c.an THEN c.mn % (SELECT count(*) FROM bench_r) + 1 ELSE c.mn END`,
  );
  // Three milestones each, due a third, two thirds and all the way to the commitment's due date;
  // confirmed when the commitment is verified, partly done or confirmed while it is under way.
  await client.query(
    `INSERT INTO "Milestone"
       (id, "commitmentId", position, title, "dueOn", weight, state, "doneAt", "confirmedAt",
        "createdAt", "updatedAt")
     SELECT gen_random_uuid(), c.id, k, 'Tahap ' || k,
            current_date - 120 + (c.due_in + 120) * k / 3, 1,
            (CASE WHEN c.status = 'VERIFIED' OR (c.status = 'IMPLEMENTED' AND k < 3)
                    OR (c.status = 'IN_PROGRESS' AND k = 1) THEN 'CONFIRMED'
                  WHEN c.status = 'IN_PROGRESS' AND k = 2 AND c.r < 0.5 THEN 'DONE'
                  ELSE 'OPEN' END)::"MilestoneState",
            CASE WHEN c.status IN ('VERIFIED', 'IMPLEMENTED', 'IN_PROGRESS') THEN now() - interval '30 days' END,
            CASE WHEN c.status IN ('VERIFIED', 'IMPLEMENTED', 'IN_PROGRESS') THEN now() - interval '25 days' END,
            now() - interval '200 days', now() - c.quiet
       FROM bench_commitment c
       JOIN "Commitment" x ON x.id = c.id
      CROSS JOIN generate_series(1, 3) AS k`,
  );
  // Audit events over the last 12 months, by region (skewed), of the kinds the portal records.
  await client.query(
    `INSERT INTO "AuditEvent" (at, "actorEmail", action, "entityType", "regionCode")
     SELECT now() - x.age, 'anggota@bench.invalid',
            (ARRAY['practice.updated', 'evidence.created', 'commitment.status_changed',
                   'self_assessment.saved', 'auth.login'])[1 + x.g % 5],
            'Bench', r.code
       FROM (SELECT g, ${SKEWED_REGION} AS rn, power(random(), 1.5) * interval '365 days' AS age
               FROM generate_series(1, $1::int) AS g) x
       JOIN bench_r r ON r.n = x.rn`,
    [options.auditEvents],
  );
  const busy = await client.query<{ id: string; email: string; regionCode: string }>(
    `SELECT u.id, u.email, m."regionCode"
       FROM "RegionMembership" m JOIN "User" u ON u.id = m."userId"
      WHERE m.role = 'SECRETARY' AND u.email LIKE '%@bench.invalid'
        AND m."regionCode" = (SELECT "adopterRegionCode" FROM "Commitment"
                               GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
      LIMIT 1`,
  );
  const statuses = await client.query<{ status: string; n: number }>(
    `SELECT status::text, count(*)::int AS n FROM "Commitment" GROUP BY 1 ORDER BY 1`,
  );
  for (const table of ["bench_r", "bench_user", "bench_commitment"])
    await client.query(`DROP TABLE ${table}`);
  return {
    users: await count(client, "User"),
    sessions: await count(client, "Session"),
    practices: await count(client, "Practice"),
    software: await count(client, "SoftwareEntry"),
    visits: await count(client, "StudyVisit"),
    commitments: Object.fromEntries(statuses.rows.map((r) => [r.status, r.n])),
    milestones: await count(client, "Milestone"),
    auditEvents: await count(client, "AuditEvent"),
    busySecretary: busy.rows[0]!,
  };
}
