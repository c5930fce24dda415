import { publicParticipation } from "~/modules/monitoring/participation-public.server";

/** GET /api/participation: every region's public participation figures (no personal data). */
export async function loader() {
  return Response.json(await publicParticipation(), {
    headers: { "Cache-Control": "public, max-age=60" },
  });
}
