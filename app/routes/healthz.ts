import { checkHealth } from "~/modules/health/health.server";

/** GET /healthz — 200 when the database answers, 503 and the failing part when it does not. */
export async function loader() {
  const report = await checkHealth();
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
