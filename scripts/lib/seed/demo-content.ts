// Demo content (content/practices/*.md, all marked demo: true, each with a demo contact), imported
// once per database in demo mode, with demo PDF attachments for some practices
// (./demo-attachments.ts). Uses the app's own importer, so DATABASE_URL must point at the database
// already.
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "../embedded-database";

export const DEMO_PRACTICES_DIR = path.join(PROJECT_ROOT, "content", "practices");
export const DEMO_SOFTWARE_DIR = path.join(PROJECT_ROOT, "content", "software");
// v2: the practices gained their demo contacts and some their demo attachments; a database
// imported before that imports again (an upsert by slug: contacts added, content unchanged).
const MARKER = "demo_practices_imported_v2";

export async function importDemoContentOnce(databaseUrl: string): Promise<{
  imported: boolean;
  created: number;
  attachments: number;
  problems: number;
  /** Demo evidence records added (once per database, ./demo-evidence.ts). */
  evidence: number;
}> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const marked = await client.query(`SELECT 1 FROM "SystemSetting" WHERE key = $1`, [MARKER]);
    if (marked.rowCount) {
      const evidence = await seedDemoEvidence(databaseUrl);
      await seedDemoTracker(client);
      return { imported: false, created: 0, attachments: 0, problems: 0, evidence };
    }
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = databaseUrl;
    const { importPracticeFolder } =
      await import("../../../app/modules/practices/practice-import.server");
    const report = await importPracticeFolder(DEMO_PRACTICES_DIR);
    const { importSoftwareFolder } =
      await import("../../../app/modules/software/software-import.server");
    const software = await importSoftwareFolder(DEMO_SOFTWARE_DIR);
    const { attachDemoDocuments } = await import("./demo-attachments");
    const attachments = await attachDemoDocuments();
    for (const problem of software.problems)
      console.warn(`[demo content] ${problem.file}: ${problem.path}: ${problem.message}`);
    if (previous !== undefined) process.env.DATABASE_URL = previous;
    for (const problem of report.problems)
      console.warn(`[demo content] ${problem.file}: ${problem.field}: ${problem.message}`);
    await client.query(
      `INSERT INTO "SystemSetting" (key, value, "updatedAt") VALUES ($1, now()::text, now()) ON CONFLICT DO NOTHING`,
      [MARKER],
    );
    const evidence = await seedDemoEvidence(databaseUrl);
    await seedDemoTracker(client);
    return {
      imported: true,
      evidence,
      created: report.created.length + software.created.length,
      attachments: attachments.added,
      problems: report.problems.length + software.problems.length,
    };
  } finally {
    await client.end();
  }
}

/** The demo evidence (its own marker), with the app's database pointed at `databaseUrl`. */
async function seedDemoEvidence(databaseUrl: string): Promise<number> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  try {
    const { seedDemoEvidenceOnce } = await import("./demo-evidence");
    return (await seedDemoEvidenceOnce()).records;
  } finally {
    if (previous !== undefined) process.env.DATABASE_URL = previous;
  }
}

/** The demo study visits and commitments (its own marker, ./demo-tracker.ts), in one transaction. */
async function seedDemoTracker(client: pg.Client): Promise<number> {
  const { seedDemoTrackerOnce } = await import("./demo-tracker");
  await client.query("BEGIN");
  try {
    const visits = await seedDemoTrackerOnce(client);
    await client.query("COMMIT");
    return visits;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
