// The coordinators' cohort table (/monitoring and its CSV and XLSX exports): every region in the
// actor's scope with its participation figures (listParticipation, the one module every page,
// export and API reads), filtered by province, status and cohort and sorted by any column. No cap:
// all 514 regions when nothing is filtered. The dashboard adds province roll-ups and alerts.
import { monitoringScopeOf, type Actor } from "~/auth/policy";
import { listCohortRegions } from "~/modules/cohorts/cohort-members.server";
import { listProvinces } from "~/modules/regions/regions.server";
import { currentYear } from "~/utils/calendar";
import { keepIfOffered, parseListQuery, type IgnoredFilter } from "~/utils/list-query.server";
import { sortCohortRows, toTableRow, type CohortRow } from "./cohort-columns";
import { cohortQuerySchema, sortOf } from "./cohort-query";
import { inactiveRegions, stalledCommitments } from "./monitoring-alerts.server";
import { provinceInScope, regionInScope, requireMonitoringScope } from "./monitoring-scope";
import { sharedFigures, sharedParticipation } from "./participation-cache.server";
import { participationThresholds } from "./participation-thresholds.server";
import { provinceRollups } from "./province-rollups";

export interface CohortTableInput {
  actor: Actor | null;
  searchParams: URLSearchParams;
  now?: Date;
}

async function readCohortTable({ actor, searchParams, now: asOf }: CohortTableInput) {
  const now = asOf ?? new Date();
  const scope = requireMonitoringScope(actor);
  const thresholds = await participationThresholds();
  const provinceCodes = scope === "all" ? undefined : scope.provinceCodes;
  const [participation, provinces, cohorts] = await Promise.all([
    sharedParticipation({ now: asOf, thresholds, provinceCodes }),
    listProvinces(),
    listCohortRegions(),
  ]);
  const offeredProvinces = provinces.filter((p) => provinceInScope(scope, p.code));
  const { query, ignored } = parseListQuery(cohortQuerySchema, searchParams);
  keepIfOffered(
    query,
    "province",
    offeredProvinces.map((p) => p.code),
    ignored,
  );
  keepIfOffered(
    query,
    "cohort",
    cohorts.map((c) => c.slug),
    ignored,
  );
  const provinceNames = new Map(provinces.map((p) => [p.code, p.name]));
  const inScope: CohortRow[] = participation
    .filter((r) => regionInScope(scope, r.code))
    .map((r) => ({ ...r, provinceName: provinceNames.get(r.provinceCode) ?? r.provinceCode }));
  const cohort = query.cohort ? cohorts.find((c) => c.slug === query.cohort) : undefined;
  const cohortCodes = cohort ? new Set(cohort.regionCodes) : null;
  // Province and cohort narrow the alerts too; the status filter narrows the table only.
  const regionsFiltered = inScope.filter(
    (r) =>
      (!query.province || r.provinceCode === query.province) &&
      (!cohortCodes || cohortCodes.has(r.code)),
  );
  const { sort, dir } = sortOf(query);
  const rows = sortCohortRows(
    regionsFiltered.filter((r) => !query.status || r.status === query.status),
    sort,
    dir,
  );
  return {
    scope,
    query,
    sort,
    dir,
    ignored: ignored as IgnoredFilter[],
    provinces: offeredProvinces.map((p) => ({ code: p.code, name: p.name })),
    cohorts: cohorts.map((c) => ({
      slug: c.slug,
      name: c.name,
      nameEn: c.nameEn,
      isDemo: c.isDemo,
      regions: c.regionCodes.length,
    })),
    /** The regions the actor may see at all (514 for the centre). */
    inScopeCount: inScope.length,
    filtered: Boolean(query.province || query.status || query.cohort),
    year: currentYear(now),
    generatedAt: now.toISOString(),
    /** The status thresholds in force (a coordinator's setting). */
    thresholds,
    rows,
    regionsFiltered,
  };
}

export type CohortTable = Omit<Awaited<ReturnType<typeof readCohortTable>>, "regionsFiltered">;

/** The table alone (the exports): the rows in scope, filtered and sorted as the page shows them. */
export async function cohortTable(input: CohortTableInput): Promise<CohortTable> {
  const { regionsFiltered: _unused, ...table } = await readCohortTable(input);
  return table;
}

/** The /monitoring page: the table, the province roll-ups of its rows, and the alerts. */
export async function monitoringDashboard(input: CohortTableInput) {
  const now = input.now ?? new Date();
  // The national view without a province or cohort lists every stalled commitment: that query
  // need not wait for the table (it is the slowest part of the page after the table).
  const national =
    monitoringScopeOf(input.actor) === "all" &&
    !input.searchParams.get("province") &&
    !input.searchParams.get("cohort");
  const [{ regionsFiltered, ...table }, nationalStalled] = await Promise.all([
    // input.now only: without it the table may come from the shared table (ADR 021).
    readCohortTable(input),
    national
      ? input.now
        ? stalledCommitments("all", { now })
        : sharedFigures(JSON.stringify(["stalled", "all"]), () => stalledCommitments("all"))
      : null,
  ]);
  const narrowed = table.scope !== "all" || Boolean(table.query.province || table.query.cohort);
  const stalled =
    !narrowed && nationalStalled
      ? nationalStalled
      : await stalledCommitments(narrowed ? regionsFiltered.map((r) => r.code) : "all", { now });
  return {
    ...table,
    // The page gets only what its table shows (idea 1 of the speed work: 300 KB less per view).
    rows: table.rows.map(toTableRow),
    rollups: provinceRollups(table.rows),
    alerts: { inactive: inactiveRegions(regionsFiltered, now), stalled },
  };
}
