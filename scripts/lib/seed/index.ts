// The seed: reference data on every run (idempotent upserts), demo data once per database.
import { seedDemoAccounts } from "./demo-accounts";
import pg from "pg";
import {
  DEMO_COHORT_FILE,
  seedCohortFile,
  seedSmartCityDimensions,
} from "./dimensions-and-cohorts";
import { readFrameworkFiles, seedCrosswalks, seedFramework, seedIndexScores } from "./frameworks";
import { seedRegions } from "./regions";
import { seedDemoAssessments } from "./demo-assessments";

export interface SeedSummary {
  provinces: number;
  regions: number;
  indicators: number;
  crosswalkLinks: number;
  indexScores: number;
  dimensions: number;
  demoSeeded: boolean;
  demoAccountsCreated: number;
}

const DEMO_SEEDED_KEY = "demo_data_seeded_at";

/** Applies reference data, and demo data when `demo` is true and it was never seeded here. */
export async function seedDatabase(
  databaseUrl: string,
  options: { demo: boolean },
): Promise<SeedSummary> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { provinces, regions } = await seedRegions(client);
    let indicators = 0;
    for (const framework of await readFrameworkFiles()) {
      indicators += await seedFramework(client, framework);
    }
    const crosswalkLinks = await seedCrosswalks(client);
    const indexScores = await seedIndexScores(client);
    const dimensions = await seedSmartCityDimensions(client);
    let demoSeeded = false;
    let demoAccountsCreated = 0;
    if (options.demo) {
      demoAccountsCreated = await seedDemoAccounts(client);
      const marker = await client.query(
        `INSERT INTO "SystemSetting" (key, value, "updatedAt") VALUES ($1, now()::text, now())
         ON CONFLICT (key) DO NOTHING`,
        [DEMO_SEEDED_KEY],
      );
      if (marker.rowCount === 1) {
        const cohort = await seedCohortFile(client, DEMO_COHORT_FILE);
        await seedDemoAssessments(client, cohort.slug);
        demoSeeded = true;
      }
    }
    await client.query("COMMIT");
    return {
      provinces,
      regions,
      indicators,
      crosswalkLinks,
      indexScores,
      dimensions,
      demoSeeded,
      demoAccountsCreated,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Demo data unless DEMO_DATA says otherwise: on for the embedded database and in development,
 * off for an external database in production. Call it before DATABASE_URL is set for the
 * embedded database. */
export function wantsDemoData(env: Record<string, string | undefined> = process.env): boolean {
  const flag = env.DEMO_DATA?.trim().toLowerCase();
  if (flag === "true" || flag === "1") return true;
  if (flag === "false" || flag === "0") return false;
  return !env.DATABASE_URL || env.NODE_ENV !== "production";
}
