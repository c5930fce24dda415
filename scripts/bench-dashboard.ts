// npm run bench:dashboard [-- --commitments 5000 --records 20000 --rounds 30 --export-rounds 10]
// Fills a throw-away embedded PostgreSQL (its own folder and port, removed afterwards) with the
// reference data (514 regions) and a year of synthetic activity: members and sessions, published
// practices and code entries, study visits, evidence records and self-assessments (evidence-data.ts),
// N commitments in every status with milestones, and audit events over 12 months
// (dashboard-data.ts). Then times the server side of the monitoring pages and exports: each target
// is one entry of TARGETS, measured by calling the route's loader in this process with a real
// Request carrying a real session cookie (a coordinator, or the busiest region's secretary, or
// none), reading the whole answer (a Response body, or the loader data serialised as Remix does);
// routes that do not exist in this checkout are listed as not measured. No HTTP, no React render.
// Prints p50/p95/max per target beside its target, and last one line
// `bench:dashboard monitoring_p95_ms=... province_p95_ms=... xlsx_max_ms=... ...`.
import { existsSync } from "node:fs";
import { register } from "node:module";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { seedDashboardBenchData } from "./lib/bench/dashboard-data";
import { seedEvidenceBenchData } from "./lib/bench/evidence-data";
import { fmt, percentile, time } from "./lib/bench/stats";
import { applyMigrations } from "./lib/migrations";
import { seedDatabase } from "./lib/seed/index";
import { startThrowawayCluster } from "./lib/throwaway-database";
import { createSession, SESSION_COOKIE } from "../app/auth/session.server";
import { expectDatabaseShutdown } from "../app/db-shutdown.server";
import { disconnectDb } from "../app/db.server";
import { stopEvidenceExtractionPolling } from "../app/modules/evidence/evidence-extraction.server";
import { listParticipation } from "../app/modules/monitoring/participation.server";
import { clearSharedParticipation } from "../app/modules/monitoring/participation-cache.server";
import { clearStandingCache } from "../app/modules/monitoring/region-standing.server";
import { DEFAULT_FRAMEWORK_ID } from "../app/modules/spbe/spbe.server";

const ROUTES = path.resolve(import.meta.dirname, "../app/routes");
// Route modules import stylesheets as URLs (Vite's `?url`): give them a fixed one here.
register("./lib/bench/asset-url-hooks.mjs", import.meta.url);

const { values } = parseArgs({
  options: {
    commitments: { type: "string", default: "5000" },
    records: { type: "string", default: "20000" },
    rounds: { type: "string", default: "30" },
    "export-rounds": { type: "string", default: "10" },
  },
});
const options = z
  .object({
    commitments: z.coerce.number().int().min(0).max(200_000),
    records: z.coerce.number().int().min(0).max(1_000_000),
    rounds: z.coerce.number().int().min(1).max(1000),
    "export-rounds": z.coerce.number().int().min(1).max(1000),
  })
  .parse(values);

type Viewer = "coordinator" | "secretary" | "anonymous";

interface Target {
  /** Its key in the last line (`<key>_p95_ms` or `<key>_max_ms`). */
  key: string;
  label: string;
  /** A route module under app/routes and the URL it answers, or a module function. */
  route?: { file: string; url: string; params?: Record<string, string> };
  run?: () => Promise<unknown>;
  /** Runs before each timed run, untimed (e.g. forgetting a cache for a cold run). */
  before?: () => void;
  viewer: Viewer;
  rounds: "page" | "export";
  /** The target: p95 (pages) or the slowest run (exports) at most this many ms. */
  goal?: { stat: "p95" | "max"; ms: number };
}

const TARGETS: Target[] = [
  {
    key: "participation",
    label: "listParticipation() (514 rows)",
    run: () => listParticipation(),
    viewer: "anonymous",
    rounds: "page",
  },
  {
    key: "partisipasi",
    label: "GET /partisipasi (loader)",
    route: { file: "partisipasi.tsx", url: "/partisipasi" },
    viewer: "anonymous",
    rounds: "page",
  },
  {
    key: "api_participation",
    label: "GET /api/participation",
    route: { file: "api.participation.ts", url: "/api/participation" },
    viewer: "anonymous",
    rounds: "page",
  },
  {
    key: "api_participation_csv",
    label: "GET /api/participation.csv",
    route: { file: "api.participation[.]csv.ts", url: "/api/participation.csv" },
    viewer: "anonymous",
    rounds: "page",
  },
  {
    key: "dashboard",
    label: "GET /dashboard (secretary, table of the last minute)",
    route: { file: "dashboard.tsx", url: "/dashboard" },
    viewer: "secretary",
    rounds: "page",
    goal: { stat: "p95", ms: 100 },
  },
  {
    key: "dashboard_cold",
    label: "GET /dashboard (participation recomputed)",
    route: { file: "dashboard.tsx", url: "/dashboard" },
    before: clearStandingCache,
    viewer: "secretary",
    rounds: "page",
    goal: { stat: "p95", ms: 100 },
  },
  {
    key: "monitoring",
    label: "GET /monitoring (coordinator, shared table)",
    route: { file: "monitoring._index.tsx", url: "/monitoring" },
    viewer: "coordinator",
    rounds: "page",
    goal: { stat: "p95", ms: 100 },
  },
  {
    key: "monitoring_cold",
    label: "GET /monitoring (participation recomputed)",
    route: { file: "monitoring._index.tsx", url: "/monitoring" },
    before: clearSharedParticipation,
    viewer: "coordinator",
    rounds: "page",
  },
  {
    key: "province",
    label: "GET /provinces/32 (coordinator, shared table)",
    route: { file: "provinces.$code.tsx", url: "/provinces/32", params: { code: "32" } },
    viewer: "coordinator",
    rounds: "page",
    goal: { stat: "p95", ms: 100 },
  },
  {
    key: "province_cold",
    label: "GET /provinces/32 (participation recomputed)",
    route: { file: "provinces.$code.tsx", url: "/provinces/32", params: { code: "32" } },
    before: clearSharedParticipation,
    viewer: "coordinator",
    rounds: "page",
  },
  {
    key: "region",
    label: "GET /monitoring/regions/32.11 (coordinator)",
    route: {
      file: "monitoring.regions.$code.tsx",
      url: "/monitoring/regions/32.11",
      params: { code: "32.11" },
    },
    viewer: "coordinator",
    rounds: "page",
  },
  {
    key: "csv",
    label: "GET /monitoring/regions.csv (514 rows)",
    route: { file: "monitoring.regions[.]csv.ts", url: "/monitoring/regions.csv" },
    viewer: "coordinator",
    rounds: "export",
    goal: { stat: "max", ms: 1000 },
  },
  {
    key: "xlsx",
    label: "GET /monitoring/regions.xlsx (514 rows)",
    route: { file: "monitoring.regions[.]xlsx.ts", url: "/monitoring/regions.xlsx" },
    viewer: "coordinator",
    rounds: "export",
    goal: { stat: "max", ms: 1000 },
  },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaders of many routes
type Loader = (args: any) => Promise<unknown>;

/** Reads the whole answer, as the server would send it; fails on an error status. */
async function consume(result: unknown): Promise<number> {
  if (result instanceof Response) {
    if (result.status >= 400) throw new Error(`answered ${result.status}`);
    return (await result.arrayBuffer()).byteLength;
  }
  return JSON.stringify(result ?? null).length;
}

async function runnerFor(
  target: Target,
  cookies: Record<Viewer, string | null>,
): Promise<(() => Promise<number>) | null> {
  if (target.run) return async () => consume(await target.run!());
  const file = path.join(ROUTES, target.route!.file);
  if (!existsSync(file)) return null;
  const module = (await import(pathToFileURL(file).href)) as { loader?: Loader };
  const loader = module.loader;
  if (!loader) return null;
  const cookie = cookies[target.viewer];
  return async () => {
    const request = new Request(`http://localhost${target.route!.url}`, {
      headers: { "User-Agent": "bench-dashboard", ...(cookie ? { Cookie: cookie } : {}) },
    });
    try {
      return await consume(
        await loader({
          request,
          params: target.route!.params ?? {},
          context: { cspNonce: "bench", clientIp: "127.0.0.1", appendHeader: () => undefined },
        }),
      );
    } catch (thrown) {
      if (thrown instanceof Response) throw new Error(`threw ${thrown.status}`);
      throw thrown;
    }
  };
}

const thisYear = new Date().getUTCFullYear();
console.log(
  `Monitoring benchmark: 514 regions, ${options.commitments.toLocaleString("en")} commitments, ` +
    `${options.records.toLocaleString("en")} evidence records, ${options.rounds} rounds per page, ` +
    `${options["export-rounds"]} per export. Loaders called in-process with a real Request and session.`,
);
const cluster = await startThrowawayCluster("livinglab-bench-dashboard-");
const filesDir = await mkdtemp(path.join(tmpdir(), "livinglab-bench-files-"));
const url = cluster.urlFor("postgres");
process.env.DATABASE_URL = url;
process.env.FILE_STORE_DIR = filesDir;
const pool = new pg.Pool({ connectionString: url, max: 2 });
pool.on("error", () => undefined); // the cluster stops under idle connections at the end
try {
  await applyMigrations(url);
  await seedDatabase(url, { demo: false });
  const started = performance.now();
  const client = await pool.connect();
  let evidence;
  let activity;
  try {
    await client.query("BEGIN");
    evidence = await seedEvidenceBenchData(client, {
      frameworkId: DEFAULT_FRAMEWORK_ID,
      years: [thisYear - 1, thisYear],
      records: options.records,
    });
    activity = await seedDashboardBenchData(client, {
      commitments: options.commitments,
      practices: 1800,
      software: 600,
      visits: 1500,
      auditEvents: 60_000,
    });
    await client.query("COMMIT");
  } finally {
    client.release();
  }
  await pool.query(`VACUUM ANALYZE`);
  await pool.query(`CHECKPOINT`);
  console.log(
    `Seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${activity.users} users, ` +
      `${activity.sessions} sessions, ${activity.practices} practices, ${activity.software} code entries, ` +
      `${activity.visits} visits, ${evidence.assessments} self-assessments, ${evidence.records} evidence records, ` +
      `commitments ${JSON.stringify(activity.commitments)}, ${activity.milestones} milestones, ` +
      `${activity.auditEvents} audit events.`,
  );
  const origin = { ip: "127.0.0.1", userAgent: "bench-dashboard" };
  const cookieOf = async (userId: string) =>
    `${SESSION_COOKIE}=${(await createSession(userId, origin)).token}`;
  const cookies: Record<Viewer, string | null> = {
    coordinator: await cookieOf(evidence.coordinatorId),
    secretary: await cookieOf(activity.busySecretary.id),
    anonymous: null,
  };
  console.log(`Secretary: ${activity.busySecretary.email} (${activity.busySecretary.regionCode}).`);

  const results = new Map<string, { p50: number; p95: number; max: number } | null>();
  console.log(
    `\n${"target".padEnd(54)}${"p50".padStart(10)}${"p95".padStart(10)}${"max".padStart(10)}  goal`,
  );
  let ok = true;
  for (const target of TARGETS) {
    const run = await runnerFor(target, cookies);
    if (!run) {
      results.set(target.key, null);
      console.log(`${target.label.padEnd(54)}${"not measured: no such route here".padStart(30)}`);
      continue;
    }
    let bytes = 0;
    try {
      target.before?.();
      bytes = await run(); // warm-up: plans, caches, module graph
    } catch (error) {
      results.set(target.key, null);
      ok = false;
      console.log(
        `${target.label.padEnd(54)}  FAILED: ${error instanceof Error ? error.message : error}`,
      );
      continue;
    }
    const rounds = target.rounds === "page" ? options.rounds : options["export-rounds"];
    const ms: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      target.before?.();
      ms.push(await time(run));
    }
    const sorted = [...ms].sort((a, b) => a - b);
    const stats = { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
    results.set(target.key, stats);
    let goal = "";
    if (target.goal) {
      const met = stats[target.goal.stat] <= target.goal.ms;
      ok &&= met;
      goal = `${target.goal.stat} <= ${target.goal.ms} ms: ${met ? "met" : "NOT met"}`;
    }
    console.log(
      `${target.label.padEnd(54)}${fmt(stats.p50).padStart(10)}${fmt(stats.p95).padStart(10)}` +
        `${fmt(stats.max).padStart(10)}  ${goal} (${(bytes / 1024).toFixed(0)} KB, ${rounds} runs)`,
    );
  }
  console.log(
    `Memory: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB resident (this process).`,
  );
  // The targets first: the coordinator dashboard, the province page, the exports.
  const first = ["monitoring", "province", "xlsx", "csv"];
  const ordered = [
    ...first.flatMap((key) => TARGETS.filter((t) => t.key === key)),
    ...TARGETS.filter((t) => !first.includes(t.key)),
  ];
  const line = ordered.map((t) => {
    const stat = t.rounds === "export" ? "max" : "p95";
    const s = results.get(t.key);
    return `${t.key}_${stat}_ms=${s ? s[stat].toFixed(1) : "n/a"}`;
  });
  console.log(`bench:dashboard ${line.join(" ")}`);
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 2;
} finally {
  await stopEvidenceExtractionPolling();
  expectDatabaseShutdown();
  await disconnectDb();
  await pool.end();
  await cluster.dispose();
  await rm(filesDir, { recursive: true, force: true });
}
