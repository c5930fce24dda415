import { z } from "zod";

/** A Kemendagri province code: two digits ("32"). */
export const PROVINCE_CODE_PATTERN = /^\d{2}$/;

/** A province code, e.g. a filter. */
export const provinceCodeSchema = z.string().regex(PROVINCE_CODE_PATTERN);

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
    .regex(PROVINCE_CODE_PATTERN, { message: "regions.error.badProvince" })
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

/** A Kemendagri kabupaten/kota code: two digits of the province, a dot, two digits ("32.11"). */
export const REGION_CODE_PATTERN = /^\d{2}\.\d{2}$/;

/** A region code, e.g. a URL parameter or a filter. */
export const regionCodeSchema = z.string().regex(REGION_CODE_PATTERN);

/** A region code whose error carries `message` (a message key where a form shows it). */
export function regionCodeSchemaWith(message: string) {
  return z.string().regex(REGION_CODE_PATTERN, { message });
}
