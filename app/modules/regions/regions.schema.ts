import { z } from "zod";

/** Query of the regions list, shared by /regions and GET /api/regions. */
export const regionQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(100, { message: "regions.error.queryTooLong" })
    .optional()
    .transform((value) => (value ? value : undefined)),
  province: z
    .string()
    .regex(/^\d{2}$/, { message: "regions.error.badProvince" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  cohort: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, { message: "regions.error.badCohort" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  page: z.coerce.number({ message: "common.error.badPage" }).int().min(1).max(1000).default(1),
  limit: z.coerce.number({ message: "common.error.badLimit" }).int().min(1).max(600).default(24),
});

export type RegionQuery = z.infer<typeof regionQuerySchema>;

/** Reads the query from a URL's search params; unknown keys are ignored. */
export function parseRegionQuery(searchParams: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of ["q", "province", "cohort", "page", "limit"]) {
    const value = searchParams.get(key);
    if (value !== null) raw[key] = value;
  }
  return regionQuerySchema.safeParse(raw);
}

export const regionCodeSchema = z.string().regex(/^\d{2}\.\d{2}$/);
