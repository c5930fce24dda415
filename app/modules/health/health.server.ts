import { dbPool } from "~/db.server";

export interface HealthReport {
  status: "ok" | "error";
  db: "ok" | "unreachable";
}

/** Asks the database for one row, with a short timeout: the answer for load balancers. */
export async function checkHealth(timeoutMs = 2000): Promise<HealthReport> {
  try {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error("timeout")), timeoutMs).unref(),
    );
    await Promise.race([dbPool().query("SELECT 1"), timeout]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "error", db: "unreachable" };
  }
}
