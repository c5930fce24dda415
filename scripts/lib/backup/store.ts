// The file store on disk (docs/decisions/011-file-store.md): FILE_STORE_DIR from the project root,
// else ./data/files; files under <root>/<aa>/<bb>/<sha256>. Temporary uploads (<root>/.tmp) and
// other dot-entries are no stored files.
import { readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { PROJECT_ROOT } from "../embedded-database";

export function fileStoreRoot(env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.FILE_STORE_DIR?.trim();
  return dir ? path.resolve(PROJECT_ROOT, dir) : path.join(PROJECT_ROOT, "data", "files");
}

/** The stored files under `root`, as sorted relative paths; none when the folder is missing. */
export async function listStoredFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string) => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return [];
        throw error;
      },
    );
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) found.push(path.relative(root, full));
    }
  };
  await walk(root);
  return found.sort();
}

/** Every table of the public schema with its exact row count, by name. */
export async function tableRowCounts(client: pg.Client): Promise<Map<string, number>> {
  const { rows } = await client.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const counts = new Map<string, number>();
  for (const { tablename } of rows) {
    const quoted = `"${tablename.replace(/"/g, '""')}"`;
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quoted}`);
    counts.set(tablename, Number(result.rows[0]!.n));
  }
  return counts;
}

/** The newest migration recorded as applied, or null when none is (or no migrations table). */
export async function lastMigration(client: pg.Client): Promise<string | null> {
  const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
  if (!table.rows[0]?.t) return null;
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL
      ORDER BY migration_name DESC LIMIT 1`,
  );
  return rows[0]?.migration_name ?? null;
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
