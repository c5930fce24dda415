// A throw-away embedded PostgreSQL for a test run (scripts/lib/throwaway-database.ts), and a
// one-off client.
import pg from "pg";
export {
  freePort,
  startThrowawayCluster as startTestCluster,
  type ThrowawayCluster as TestCluster,
} from "../../scripts/lib/throwaway-database";

export async function withClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
