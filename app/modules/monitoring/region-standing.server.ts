// How a region stands, for its secretary's dashboard (issue 16, point 5): its participation
// figures against the averages of its cohorts and its province (from listParticipation, the one
// module every page, export and API uses), its commitments under way with their due dates (overdue
// and stalled by the tracker's own rules), its evidence readiness for the year, and the next
// actions, most urgent first (what waits for the secretary's approval is the dashboard's own list). Only the viewer's own region's members-level figures (active members,
// last activity) are returned; the averages are over the public figures only.
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import {
  getEvidenceReadiness,
  type EvidenceReadinessView,
} from "~/modules/evidence/readiness.server";
import { commitmentsVisibleTo } from "~/modules/tracker/commitment-access.server";
import type { CommitmentStatus } from "~/modules/tracker/commitment-status";
import { progressPercent } from "~/modules/tracker/milestones";
import { isOverdue } from "~/modules/tracker/overdue";
import { stallState, type StallSettings } from "~/modules/tracker/stalled";
import { stallSettings } from "~/modules/tracker/tracker-settings.server";
import { currentYear, dayOfDate, todayInWib } from "~/utils/calendar";
import { listParticipation, type RegionParticipation } from "./participation.server";
import type { FigureDefinitionParams, FigureId } from "./figures";
import { figureDefinitionParams } from "./figures.server";
import { averageOf, STANDING_FIGURES, standingFormat, standingValue } from "./region-standing";

/** Commitments shown on the dashboard before "see all on the tracker". */
export const STANDING_COMMITMENT_LIMIT = 8;
/** A due date within this many days counts as "due soon". */
export const DUE_SOON_DAYS = 14;

/**
 * The participation table behind the averages is the same for every region's secretary: it is
 * computed at most once a minute per process (the public API is cached as long), and the page
 * says when it was computed.
 */
export const STANDING_CACHE_MS = 60_000;

interface ParticipationTable {
  rows: RegionParticipation[];
  computedAt: Date;
}

let cachedTable: { year: number; table: Promise<ParticipationTable> } | null = null;

async function computeTable(now: Date, year: number): Promise<ParticipationTable> {
  return { rows: await listParticipation({ now, year }), computedAt: now };
}

function participationTable(now: Date, year: number, fresh: boolean): Promise<ParticipationTable> {
  if (fresh) return computeTable(now, year);
  const entry = cachedTable;
  if (entry && entry.year === year) {
    const table = entry.table.then((t) =>
      now.getTime() - t.computedAt.getTime() < STANDING_CACHE_MS ? t : null,
    );
    return table.then((t) => t ?? refresh(now, year));
  }
  return refresh(now, year);
}

function refresh(now: Date, year: number): Promise<ParticipationTable> {
  const entry = { year, table: computeTable(now, year) };
  cachedTable = entry;
  entry.table.catch(() => {
    if (cachedTable === entry) cachedTable = null;
  });
  return entry.table;
}

/** Forgets the cached participation table (tests, the benchmark's cold runs). */
export function clearStandingCache(): void {
  cachedTable = null;
}

const OPEN_STATUSES = ["DRAFT", "COMMITTED", "IN_PROGRESS", "IMPLEMENTED"] as const;

export interface StandingComparison {
  kind: "cohort" | "province";
  name: string;
  nameEn: string;
  isDemo: boolean;
  /** The regions the average is over (the region itself included). */
  regionCount: number;
}

export interface StandingCommitment {
  id: string;
  title: string;
  status: CommitmentStatus;
  isDemo: boolean;
  mentorRegion: { code: string; name: string };
  /** The earliest due date among the commitment's own and its unconfirmed milestones'. */
  nextDueOn: string | null;
  progress: number;
  overdue: boolean;
  stalled: boolean;
}

export type NextAction =
  | { kind: "overdue" | "stalled"; count: number; href: string; title: string }
  | { kind: "dueSoon"; count: number; href: string; title: string; dueOn: string }
  | { kind: "evidenceMissing"; count: number; href: string }
  | { kind: "selfAssessment"; href: string };

export interface RegionStanding {
  region: { code: string; name: string; province: { code: string; name: string } };
  year: number;
  asOf: string;
  /** When the participation figures (the region's and the averages) were computed. */
  figuresAt: string;
  status: RegionParticipation["status"];
  lastActivityAt: string | null;
  activeMembers: number;
  comparisons: StandingComparison[];
  /** The numbers the figures' definitions name (thresholds, the year). */
  definitionParams: FigureDefinitionParams;
  figures: Array<{
    id: FigureId;
    format: "count" | "percent";
    lowerIsBetter: boolean;
    value: number;
    /** One per comparison, in the same order. */
    averages: number[];
  }>;
  commitments: {
    total: number;
    overdue: number;
    stalled: number;
    items: StandingCommitment[];
    /** Unfinished commitments of other regions that replicate this region's work (as mentor). */
    asMentor: number;
  };
  readiness: EvidenceReadinessView | null;
  nextActions: NextAction[];
}

export interface StandingOptions {
  now?: Date;
  year?: number;
  settings?: StallSettings;
  /** Compute the participation table now rather than take the one of the last minute. */
  fresh?: boolean;
}

async function groupsOf(code: string) {
  const region = await db().region.findUnique({
    where: { code },
    select: {
      code: true,
      name: true,
      province: { select: { code: true, name: true } },
      cohortMembers: { select: { cohort: { select: { slug: true } } } },
      hostedCohorts: { select: { slug: true } },
    },
  });
  if (!region) return null;
  const slugs = [
    ...new Set([
      ...region.hostedCohorts.map((c) => c.slug),
      ...region.cohortMembers.map((m) => m.cohort.slug),
    ]),
  ].sort();
  const cohorts = await db().cohort.findMany({
    where: { slug: { in: slugs } },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      name: true,
      nameEn: true,
      isDemo: true,
      hostRegionCode: true,
      members: { select: { regionCode: true } },
    },
  });
  return { region, cohorts };
}

async function openCommitments(
  viewer: Actor,
  code: string,
  today: string,
  settings: StallSettings,
) {
  const rows = await db().commitment.findMany({
    where: {
      AND: [
        commitmentsVisibleTo(viewer),
        { adopterRegionCode: code, status: { in: [...OPEN_STATUSES] } },
      ],
    },
    orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      isDemo: true,
      dueOn: true,
      lastActivityAt: true,
      mentorRegion: { select: { code: true, name: true } },
      milestones: { select: { state: true, weight: true, dueOn: true } },
    },
  });
  return rows.map((row): StandingCommitment => {
    const milestones = row.milestones.map((m) => ({
      state: m.state,
      weight: m.weight,
      dueOn: dayOfDate(m.dueOn),
    }));
    const ownDue = row.status === "IMPLEMENTED" ? null : dayOfDate(row.dueOn);
    const dues = [
      ...(ownDue ? [ownDue] : []),
      ...milestones.filter((m) => m.state !== "CONFIRMED" && m.dueOn).map((m) => m.dueOn!),
    ].sort();
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      isDemo: row.isDemo,
      mentorRegion: row.mentorRegion,
      nextDueOn: dues[0] ?? null,
      progress: progressPercent(milestones),
      overdue: isOverdue({ status: row.status, dueOn: dayOfDate(row.dueOn), milestones }, today),
      stalled: stallState(
        { status: row.status, lastActivityOn: todayInWib(row.lastActivityAt), milestones },
        today,
        settings,
      ).stalled,
    };
  });
}

/** Overdue first, then stalled, then drafts, then by the next due date (none last). */
function urgency(a: StandingCommitment, b: StandingCommitment): number {
  const rank = (c: StandingCommitment) =>
    c.overdue ? 0 : c.stalled ? 1 : c.status === "DRAFT" ? 2 : 3;
  return (
    rank(a) - rank(b) ||
    (a.nextDueOn ?? "9999").localeCompare(b.nextDueOn ?? "9999") ||
    a.title.localeCompare(b.title)
  );
}

function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

function nextActionsOf(input: {
  code: string;
  year: number;
  today: string;
  commitments: StandingCommitment[];
  readiness: EvidenceReadinessView | null;
}): NextAction[] {
  const { commitments, code, today } = input;
  const actions: NextAction[] = [];
  const first = (list: StandingCommitment[]) => list[0]!;
  for (const kind of ["overdue", "stalled"] as const) {
    const list = commitments.filter((c) => c[kind]);
    if (list.length)
      actions.push({
        kind,
        count: list.length,
        href: `/commitments/${first(list).id}`,
        title: first(list).title,
      });
  }
  const soonLimit = addDays(today, DUE_SOON_DAYS);
  const soon = commitments
    .filter((c) => !c.overdue && c.nextDueOn && c.nextDueOn >= today && c.nextDueOn <= soonLimit)
    .sort((a, b) => a.nextDueOn!.localeCompare(b.nextDueOn!));
  if (soon.length)
    actions.push({
      kind: "dueSoon",
      count: soon.length,
      href: `/commitments/${first(soon).id}`,
      title: first(soon).title,
      dueOn: first(soon).nextDueOn!,
    });
  const board = `/regions/${code}/evidence/${input.year}`;
  if (!input.readiness)
    actions.push({
      kind: "selfAssessment",
      href: `/regions/${code}/self-assessments/${input.year}`,
    });
  else {
    const { missing, needsRevision, expired } = input.readiness.counts;
    const count = missing + needsRevision + expired;
    if (count) actions.push({ kind: "evidenceMissing", count, href: board });
  }
  return actions;
}

/**
 * The standing of the viewer's region (the first of their regions by code), or null for someone
 * without a region or who may not read its monitoring figures.
 */
export async function regionStandingFor(
  viewer: Actor,
  options: StandingOptions = {},
): Promise<RegionStanding | null> {
  const code = viewer.memberships.map((m) => m.regionCode).sort()[0];
  if (!code || !can(viewer, "monitoring:read", { regionCode: code })) return null;
  const now = options.now ?? new Date();
  const year = options.year ?? currentYear(now);
  const today = todayInWib(now);
  const settings = options.settings ?? stallSettings();
  const [groups, table, commitments, asMentor, readiness, definitionParams] = await Promise.all([
    groupsOf(code),
    participationTable(now, year, options.fresh ?? options.now !== undefined),
    openCommitments(viewer, code, today, settings),
    db().commitment.count({
      where: {
        AND: [
          commitmentsVisibleTo(viewer),
          { mentorRegionCode: code, status: { in: [...OPEN_STATUSES] } },
        ],
      },
    }),
    getEvidenceReadiness({ regionCode: code, year, viewer, asOf: today }),
    figureDefinitionParams({ year }),
  ]);
  const { rows, computedAt } = table;
  const own = rows.find((r) => r.code === code);
  if (!groups || !own) return null;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const peerSets: Array<{ comparison: StandingComparison; rows: RegionParticipation[] }> = [
    ...groups.cohorts.map((cohort) => {
      const codes = new Set(cohort.members.map((m) => m.regionCode));
      if (cohort.hostRegionCode) codes.add(cohort.hostRegionCode);
      const peers = [...codes].flatMap((c) => byCode.get(c) ?? []);
      return {
        comparison: {
          kind: "cohort" as const,
          name: cohort.name,
          nameEn: cohort.nameEn,
          isDemo: cohort.isDemo,
          regionCount: peers.length,
        },
        rows: peers,
      };
    }),
    (() => {
      const peers = rows.filter((r) => r.provinceCode === groups.region.province.code);
      return {
        comparison: {
          kind: "province" as const,
          name: groups.region.province.name,
          nameEn: groups.region.province.name,
          isDemo: false,
          regionCount: peers.length,
        },
        rows: peers,
      };
    })(),
  ];
  const sorted = [...commitments].sort(urgency);
  return {
    region: { code, name: groups.region.name, province: groups.region.province },
    year,
    asOf: today,
    figuresAt: computedAt.toISOString(),
    status: own.status,
    lastActivityAt: own.lastActivityAt,
    activeMembers: own.activeMembers,
    comparisons: peerSets.map((p) => p.comparison),
    definitionParams,
    figures: STANDING_FIGURES.map((figure) => ({
      id: figure.id,
      format: standingFormat(figure.id),
      lowerIsBetter: figure.lowerIsBetter ?? false,
      value: standingValue(own, figure.id),
      averages: peerSets.map((p) => averageOf(p.rows, figure.id)),
    })),
    commitments: {
      total: sorted.length,
      overdue: sorted.filter((c) => c.overdue).length,
      stalled: sorted.filter((c) => c.stalled).length,
      items: sorted.slice(0, STANDING_COMMITMENT_LIMIT),
      asMentor,
    },
    readiness,
    nextActions: nextActionsOf({ code, year, today, commitments: sorted, readiness }),
  };
}
