// npx tsx scripts/bench-participation.ts [-- --rounds 30 --commitments 5000]
// Times listParticipation (app/modules/monitoring/participation.server.ts), the one computation
// behind every participation page, export and API, on a throw-away embedded PostgreSQL with the
// reference data (514 regions, the SPBE framework) and a year of synthetic activity: a
// self-assessment of every region for three years with official results and 20,000 evidence
// records (the evidence benchmark's data), N commitments with milestones, 2,000 study visits,
// 1,500 members with sessions and 50,000 audit events. Prints p50/p95/p99 for the whole table and
// for one province, then one line `bench:participation all_p95_ms=... province_p95_ms=...`.
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { seedEvidenceBenchData } from "./lib/bench/evidence-data";
import { fmt, summary, time } from "./lib/bench/stats";
import { applyMigrations } from "./lib/migrations";
import { seedDatabase } from "./lib/seed/index";
import { startThrowawayCluster } from "./lib/throwaway-database";
import { disconnectDb } from "../app/db.server";
import { listParticipation } from "../app/modules/monitoring/participation.server";
import { DEFAULT_FRAMEWORK_ID } from "../app/modules/spbe/spbe.server";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "30" },
    commitments: { type: "string", default: "5000" },
  },
});
const options = z
  .object({
    rounds: z.coerce.number().int().min(1).max(1000),
    commitments: z.coerce.number().int().min(0).max(1_000_000),
  })
  .parse(values);

const thisYear = new Date().getUTCFullYear();

/** Visits, commitments (some from visits), milestones, members with sessions, audit events. */
async function seedActivity(client: pg.PoolClient, commitments: number) {
  await client.query(`
    CREATE TEMP TABLE codes AS SELECT row_number() OVER (ORDER BY code) AS n, code FROM "Region";
    INSERT INTO "StudyVisit" (id, "hostRegionCode", "visitorRegionCode", "visitedOn", "updatedAt")
    SELECT gen_random_uuid(), h.code, v.code, current_date - (g % 365), now()
      FROM generate_series(1, 2000) g
      JOIN codes h ON h.n = 1 + (g * 7) % 514
      JOIN codes v ON v.n = 1 + (g * 13 + 5) % 514;
    CREATE TEMP TABLE visits AS SELECT row_number() OVER (ORDER BY id) AS n, id, "hostRegionCode" AS host, "visitorRegionCode" AS visitor FROM "StudyVisit";`);
  await client.query(
    `INSERT INTO "Commitment" (id, title, "adopterRegionCode", "mentorRegionCode", "visitId", status,
                               "lastActivityAt", "updatedAt")
     SELECT gen_random_uuid(), 'Komitmen ' || g,
            coalesce(vi.visitor, a.code), coalesce(vi.host, m.code), vi.id,
            (ARRAY['DRAFT','COMMITTED','IN_PROGRESS','IMPLEMENTED','VERIFIED','CANCELLED'])[1 + g % 6]::"CommitmentStatus",
            now() - ((g % 120) || ' days')::interval, now()
       FROM generate_series(1, $1::int) g
       JOIN codes a ON a.n = 1 + (g * 11) % 514
       JOIN codes m ON m.n = 1 + (g * 17 + 3) % 514
       LEFT JOIN visits vi ON g % 3 = 0 AND vi.n = 1 + (g / 3) % 2000`,
    [commitments],
  );
  await client.query(`
    INSERT INTO "Milestone" (id, "commitmentId", position, title, "dueOn", "updatedAt")
    SELECT gen_random_uuid(), c.id, p, 'Tahap ' || p, current_date - 60 + p * 30, now()
      FROM "Commitment" c CROSS JOIN generate_series(1, 3) p;
    INSERT INTO "User" (id, email, name, "updatedAt")
    SELECT gen_random_uuid(), 'anggota' || g || '@bench.invalid', 'Anggota ' || g, now()
      FROM generate_series(1, 1500) g;
    INSERT INTO "RegionMembership" ("userId", "regionCode", role)
    SELECT u.id, c.code, 'DEVELOPER' FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "User") u
      JOIN codes c ON c.n = 1 + u.n % 514;
    INSERT INTO "Session" (id, "userId", "expiresAt", "lastSeenAt")
    SELECT md5(u.id::text || s), u.id, now() + interval '30 days', now() - ((s * 17 + length(u.email)) % 90 || ' days')::interval
      FROM "User" u CROSS JOIN generate_series(1, 3) s;
    INSERT INTO "AuditEvent" (at, action, "regionCode")
    SELECT now() - ((g % 400) || ' days')::interval - ((g % 1440) || ' minutes')::interval,
           'practice.updated', c.code
      FROM generate_series(1, 50000) g JOIN codes c ON c.n = 1 + (g * 31) % 514 WHERE c.n % 9 <> 0;`);
}

console.log(
  `Participation benchmark: 514 regions, ${options.commitments.toLocaleString("en")} commitments, ${options.rounds} rounds.`,
);
const cluster = await startThrowawayCluster("livinglab-bench-");
const url = cluster.urlFor("postgres");
process.env.DATABASE_URL = url;
const pool = new pg.Pool({ connectionString: url, max: 2 });
pool.on("error", () => undefined);
try {
  await applyMigrations(url);
  await seedDatabase(url, { demo: false });
  const started = performance.now();
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await seedEvidenceBenchData(client, {
      frameworkId: DEFAULT_FRAMEWORK_ID,
      years: [thisYear - 2, thisYear - 1, thisYear],
      records: 20_000,
      regions: 514,
    });
    await seedActivity(client, options.commitments);
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  await pool.query(`VACUUM ANALYZE`);
  console.log(`Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const runs = {
    all: () => listParticipation(),
    province: () => listParticipation({ provinceCodes: ["32"] }),
  };
  const results: Record<string, ReturnType<typeof summary>> = {};
  for (const [name, run] of Object.entries(runs)) {
    const rows = await run(); // warm-up (plans, the thresholds' cache)
    const ms: number[] = [];
    for (let round = 0; round < options.rounds; round += 1) ms.push(await time(run));
    results[name] = summary(ms);
    console.log(
      `${name} (${rows.length} rows): p50 ${fmt(results[name].p50)}, p95 ${fmt(results[name].p95)}, p99 ${fmt(results[name].p99)}`,
    );
  }
  console.log(
    `bench:participation all_p95_ms=${results.all!.p95.toFixed(1)} province_p95_ms=${results.province!.p95.toFixed(1)}`,
  );
} finally {
  await disconnectDb();
  await pool.end();
  await cluster.dispose();
}
