// The query of the list of commitments as people and scripts send it (/tracker and
// GET /api/commitments): every value must be one the list understands. The page drops a bad
// value with a notice (parseListQuery); the API answers 400 naming the parameter. Pure.
import { z } from "zod";
import { provinceCodeSchema, regionCodeSchema } from "~/modules/regions/regions.schema";
import { SPBE_INDICATOR_COUNT } from "~/modules/spbe/framework";
import { optionalParam } from "~/utils/query-params";
import { COMMITMENT_STATUSES } from "./commitment-status";

const yesNo = () => optionalParam(z.enum(["true", "false"]).transform((value) => value === "true"));

export const commitmentListQuerySchema = z.object({
  province: optionalParam(provinceCodeSchema),
  /** The adopting region. */
  region: optionalParam(regionCodeSchema),
  /** The mentor region (whose work is replicated). */
  mentor: optionalParam(regionCodeSchema),
  status: optionalParam(z.enum(COMMITMENT_STATUSES)),
  indicator: optionalParam(z.coerce.number().int().min(1).max(SPBE_INDICATOR_COUNT)),
  stalled: yesNo(),
  overdue: yesNo(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export type CommitmentListQuery = z.infer<typeof commitmentListQuerySchema>;

/** The query as listCommitments takes it (its own schema reads strings and booleans). */
export function listFiltersOf(query: CommitmentListQuery) {
  return {
    province: query.province,
    region: query.region,
    mentor: query.mentor,
    status: query.status,
    indicator: query.indicator === undefined ? undefined : String(query.indicator),
    stalled: query.stalled,
    overdue: query.overdue,
    page: query.page,
    limit: query.limit,
  };
}
