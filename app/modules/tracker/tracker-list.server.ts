// The /tracker page: every commitment the viewer may read, with filters whose choices are the
// provinces and regions that occur among those commitments (names, not codes), the SPBE
// indicators, the statuses, stalled and overdue. A value that is not a choice is dropped with a
// notice (list-query.server.ts), never a 500.
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { listIndicatorOptions } from "~/modules/spbe/spbe.server";
import { keepIfOffered, parseListQuery } from "~/utils/list-query.server";
import { commitmentsVisibleTo } from "./commitment-access.server";
import { commitmentListQuerySchema, listFiltersOf } from "./commitment-list.schema";
import { listCommitments, type QueryOptions } from "./commitment-queries.server";

type Named = { code: string; name: string };
const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, "id");

/** The provinces, adopting and mentor regions among the commitments the viewer may read. */
export async function commitmentFilterOptions(viewer: Actor | null) {
  const rows = await db().commitment.findMany({
    where: commitmentsVisibleTo(viewer),
    select: {
      adopterRegion: {
        select: { code: true, name: true, province: { select: { code: true, name: true } } },
      },
      mentorRegion: { select: { code: true, name: true } },
    },
  });
  const adopters = new Map<string, string>();
  const mentors = new Map<string, string>();
  const provinces = new Map<string, string>();
  for (const row of rows) {
    adopters.set(row.adopterRegion.code, row.adopterRegion.name);
    mentors.set(row.mentorRegion.code, row.mentorRegion.name);
    provinces.set(row.adopterRegion.province.code, row.adopterRegion.province.name);
  }
  const list = (map: Map<string, string>) =>
    [...map].map(([code, name]) => ({ code, name })).sort(byName);
  return { provinces: list(provinces), adopters: list(adopters), mentors: list(mentors) };
}

export async function trackerListPage(
  viewer: Actor | null,
  searchParams: URLSearchParams,
  options: QueryOptions = {},
) {
  const { query, ignored } = parseListQuery(commitmentListQuerySchema, searchParams);
  const [choices, indicators] = await Promise.all([
    commitmentFilterOptions(viewer),
    listIndicatorOptions(),
  ]);
  keepIfOffered(
    query,
    "province",
    choices.provinces.map((p) => p.code),
    ignored,
  );
  keepIfOffered(
    query,
    "region",
    choices.adopters.map((r) => r.code),
    ignored,
  );
  keepIfOffered(
    query,
    "mentor",
    choices.mentors.map((r) => r.code),
    ignored,
  );
  const result = await listCommitments(viewer, listFiltersOf(query), options);
  return { query, ignored, choices, indicators, total: result.total, items: result.items };
}
