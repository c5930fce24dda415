import { listProvinces } from "~/modules/regions/regions.server";

/** GET /api/provinces */
export async function loader() {
  const provinces = await listProvinces();
  return Response.json({ total: provinces.length, items: provinces });
}
