// The query of the cohort table, shared by /monitoring and its CSV and XLSX exports: filters
// (province, status, cohort) and the sort (a column and a direction). Each value is checked on its
// own; one the portal does not know is left out and named back on the page, never silently dropped.
import { z } from "zod";
import type { MessageKey } from "~/i18n/translate";
import { PROVINCE_CODE_PATTERN } from "~/modules/regions/regions.schema";
import { optionalParam } from "~/utils/query-params";
import { COHORT_COLUMN_IDS, type CohortColumnId, type SortDirection } from "./cohort-columns";
import { PARTICIPATION_STATUSES } from "./participation-status";

export const cohortQuerySchema = z.object({
  province: optionalParam(z.string().trim().regex(PROVINCE_CODE_PATTERN)),
  status: optionalParam(z.enum(PARTICIPATION_STATUSES)),
  cohort: optionalParam(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{1,80}$/),
  ),
  sort: optionalParam(z.enum(COHORT_COLUMN_IDS)),
  dir: optionalParam(z.enum(["asc", "desc"])),
});

export type CohortQuery = z.infer<typeof cohortQuerySchema>;

/** The labels of the query's parameters, as the notice names them. */
export const COHORT_QUERY_LABELS: Record<keyof CohortQuery, MessageKey> = {
  province: "monitoring.filter.province",
  status: "monitoring.filter.status",
  cohort: "monitoring.filter.cohort",
  sort: "monitoring.filter.sort",
  dir: "monitoring.filter.dir",
};

export const DEFAULT_SORT: CohortColumnId = "code";

/** The sort actually applied: the column asked for (region code by default), ascending unless said. */
export function sortOf(query: CohortQuery): { sort: CohortColumnId; dir: SortDirection } {
  return { sort: query.sort ?? DEFAULT_SORT, dir: query.dir ?? "asc" };
}

/** The query string of the same table with a change (filters kept), e.g. for sort links. */
export function cohortQueryString(query: CohortQuery, change: Partial<CohortQuery> = {}): string {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of ["province", "status", "cohort", "sort", "dir"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
