import {
  participationCsv,
  publicParticipation,
} from "~/modules/monitoring/participation-public.server";

/** GET /api/participation.csv: the same figures as /api/participation, one row per region. */
export async function loader() {
  const data = await publicParticipation();
  return new Response(participationCsv(data), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="partisipasi-${data.generatedAt.slice(0, 10)}.csv"`,
      "Cache-Control": "public, max-age=60",
    },
  });
}
