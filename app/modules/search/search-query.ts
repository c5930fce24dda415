// The search parameters of /search and GET /api/search, validated once for both.
import { z } from "zod";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { optionalParam } from "~/utils/query-params";
import { SEARCH_TYPES, type SearchRequest } from "./search.types";

export const MAX_QUERY_LENGTH = 200;

export const searchQuerySchema = z.object({
  q: z.string().trim().max(MAX_QUERY_LENGTH).default(""),
  type: optionalParam(z.enum(SEARCH_TYPES)),
  province: optionalParam(z.string().regex(/^\d{2}$/)),
  region: optionalParam(regionCodeSchema),
  indicator: optionalParam(z.coerce.number().int().min(1).max(99)),
  dimension: optionalParam(z.string().regex(/^[a-z-]{2,40}$/)),
  year: optionalParam(z.coerce.number().int().min(1990).max(2100)),
  page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(50).catch(10).default(10),
});

export type SearchQueryParams = z.infer<typeof searchQuerySchema>;

export function parseSearchParams(
  params: URLSearchParams,
): { ok: true; request: SearchRequest } | { ok: false; field: string } {
  const parsed = searchQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { ok: false, field: String(parsed.error.issues[0]?.path[0] ?? "") };
  const { q, page, limit, ...filters } = parsed.data;
  return { ok: true, request: { q, page, limit, filters } };
}

/**
 * For pages: a hand-edited URL loses only what is wrong in it (a bad filter is dropped, an
 * over-long query is cut), never the whole search.
 */
export function lenientSearchParams(params: URLSearchParams): SearchRequest {
  const next = new URLSearchParams(params);
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const parsed = parseSearchParams(next);
    if (parsed.ok) return parsed.request;
    if (parsed.field === "q")
      next.set("q", (next.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH));
    else next.delete(parsed.field);
  }
  return { q: "", filters: {}, page: 1, limit: 10 };
}
