// Reading commitments: the commitment page (milestones with their evidence, the timeline newest
// first, the computed progress and stall state, what the viewer may do now) and the filtered list
// (the /tracker page and GET /api/commitments), both honouring each commitment's visibility.
// "Today" is the WIB calendar day; tests pass their own.
import type { Prisma } from "@prisma/client";
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { mayReadEvidence } from "~/modules/evidence/evidence-access.server";
import { commitmentsVisibleTo, readableCommitment } from "./commitment-access.server";
import { impactOf } from "./impact.server";
import { mayComment } from "./commitment-commands.server";
import {
  allowedCommitmentTransitions,
  type CommitmentSnapshot,
  type CommitmentTransition,
} from "./commitment-status";
import { commitmentFiltersSchema, type CommitmentFilters } from "./commitment.schema";
import {
  checkMilestoneTransition,
  MILESTONE_TRANSITION_NAMES,
  progressPercent,
} from "./milestones";
import {
  STALLABLE_STATUSES,
  addDays,
  stallState,
  type StallSettings,
  type StallState,
} from "./stalled";
import { dayOfDate, todayInWib } from "~/utils/calendar";
import { stallSettings, startOfPortalDay } from "./tracker-settings.server";
import { isOverdue, OVERDUE_STATUSES, OWN_DUE_STATUSES } from "./overdue";

export interface QueryOptions {
  /** The WIB calendar day (YYYY-MM-DD) to compute the stall state on; default today. */
  today?: string;
  settings?: StallSettings;
}

function clock(options: QueryOptions) {
  return { today: options.today ?? todayInWib(), settings: options.settings ?? stallSettings() };
}

/** The commitment page's data, or 404 when unknown or not readable by the viewer. */
export async function getCommitmentPage(
  viewer: Actor | null,
  id: string,
  options: QueryOptions = {},
) {
  const { today, settings } = clock(options);
  const { id: commitmentId } = await readableCommitment(viewer, id);
  const row = await db().commitment.findUniqueOrThrow({
    where: { id: commitmentId },
    select: {
      id: true,
      title: true,
      status: true,
      visibility: true,
      plan: true,
      budgetSource: true,
      cancelReason: true,
      isDemo: true,
      startOn: true,
      dueOn: true,
      approvedAt: true,
      verifiedAt: true,
      cancelledAt: true,
      lastActivityAt: true,
      createdAt: true,
      adopterRegion: { select: { code: true, name: true } },
      mentorRegion: { select: { code: true, name: true } },
      practice: { select: { id: true, slug: true, title: true } },
      software: { select: { software: { select: { id: true, slug: true, name: true } } } },
      responsible: { select: { id: true, name: true } },
      indicators: {
        select: {
          baselineLevel: true,
          targetLevel: true,
          indicator: { select: { id: true, number: true, title: true, titleEn: true } },
        },
      },
      milestones: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          title: true,
          dueOn: true,
          weight: true,
          state: true,
          doneAt: true,
          confirmedAt: true,
          returnComment: true,
          evidence: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              kind: true,
              url: true,
              label: true,
              originalName: true,
              sha256: true,
              createdAt: true,
              stored: { select: { size: true } },
              evidenceRecord: {
                select: { id: true, title: true, regionCode: true, visibility: true },
              },
            },
          },
        },
      },
      events: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          kind: true,
          subject: true,
          text: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
  const snapshot: CommitmentSnapshot = {
    status: row.status,
    adopterRegionCode: row.adopterRegion.code,
    mentorRegionCode: row.mentorRegion.code,
    milestones: row.milestones.map((m) => ({
      title: m.title,
      state: m.state,
      evidenceCount: m.evidence.length,
    })),
  };
  const milestones = row.milestones.map((m) => ({
    id: m.id,
    title: m.title,
    dueOn: dayOfDate(m.dueOn),
    weight: m.weight,
    state: m.state,
    doneAt: m.doneAt?.toISOString() ?? null,
    confirmedAt: m.confirmedAt?.toISOString() ?? null,
    returnComment: m.returnComment,
    evidence: m.evidence.map((e) => {
      // An evidence record the viewer may not read shows as "an evidence record", no more.
      const record =
        e.evidenceRecord && mayReadEvidence(viewer, e.evidenceRecord)
          ? { id: e.evidenceRecord.id, title: e.evidenceRecord.title }
          : null;
      return {
        id: e.id,
        kind: e.kind,
        url: e.kind === "link" ? e.url : null,
        label: e.label,
        originalName: e.originalName,
        sha256: e.sha256,
        size: e.kind === "file" ? (e.stored?.size ?? null) : null,
        evidenceRecord: record,
        createdAt: e.createdAt.toISOString(),
      };
    }),
    /** What the viewer may do with it now (each is checked again when done). */
    actions: MILESTONE_TRANSITION_NAMES.filter(
      (name) =>
        checkMilestoneTransition(
          viewer,
          snapshot,
          { state: m.state, evidenceCount: Math.max(1, m.evidence.length) },
          name,
          "x",
        ).ok,
    ),
  }));
  const stall = stallState(
    { status: row.status, lastActivityOn: todayInWib(row.lastActivityAt), milestones },
    today,
    settings,
  );
  const impact = await impactOf(
    [
      {
        id: row.id,
        adopterRegionCode: row.adopterRegion.code,
        approvedAt: row.approvedAt,
        createdAt: row.createdAt,
        indicators: row.indicators.map((i) => ({
          number: i.indicator.number,
          baselineLevel: i.baselineLevel,
          targetLevel: i.targetLevel,
        })),
      },
    ],
    viewer,
  );
  return {
    commitment: {
      id: row.id,
      title: row.title,
      status: row.status,
      visibility: row.visibility,
      plan: row.plan,
      budgetSource: row.budgetSource,
      cancelReason: row.cancelReason,
      isDemo: row.isDemo,
      startOn: dayOfDate(row.startOn),
      dueOn: dayOfDate(row.dueOn),
      approvedAt: row.approvedAt?.toISOString() ?? null,
      verifiedAt: row.verifiedAt?.toISOString() ?? null,
      cancelledAt: row.cancelledAt?.toISOString() ?? null,
      lastActivityAt: row.lastActivityAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
      adopterRegion: row.adopterRegion,
      mentorRegion: row.mentorRegion,
      practice: row.practice,
      software: row.software.map((s) => s.software),
      responsible: row.responsible,
      indicators: row.indicators
        .map((i) => ({
          id: i.indicator.id,
          number: i.indicator.number,
          title: i.indicator.title,
          titleEn: i.indicator.titleEn,
          baselineLevel: i.baselineLevel,
          targetLevel: i.targetLevel,
        }))
        .sort((a, b) => a.number - b.number),
    },
    milestones,
    events: row.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      subject: e.subject,
      text: e.text,
      actor: e.actor?.name ?? null,
      createdAt: e.createdAt.toISOString(),
    })),
    progress: progressPercent(milestones),
    /** The adopting region's levels and index before and after (impact.server.ts). */
    impact: impact.get(row.id) ?? null,
    stall,
    settings,
    transitions: allowedCommitmentTransitions(viewer, snapshot) as CommitmentTransition[],
    mayComment: mayComment(viewer, snapshot),
  };
}

export type CommitmentPage = Awaited<ReturnType<typeof getCommitmentPage>>;

/**
 * The "stalled" condition of stalled.ts as a `where`: under way, and no update since the WIB day
 * `stallDays` before today, or a milestone not confirmed whose due date is `overdueDays` past.
 */
export function stalledWhere(today: string, settings: StallSettings): Prisma.CommitmentWhereInput {
  // quiet since lastActivityOn + stallDays <= today  <=>  lastActivityOn <= today - stallDays
  const quietBefore = startOfPortalDay(addDays(today, -settings.stallDays + 1));
  const overdueOnOrBefore = new Date(`${addDays(today, -settings.overdueDays)}T00:00:00Z`);
  return {
    status: { in: [...STALLABLE_STATUSES] },
    OR: [
      { lastActivityAt: { lt: quietBefore } },
      { milestones: { some: { state: { not: "CONFIRMED" }, dueOn: { lte: overdueOnOrBefore } } } },
    ],
  };
}

/** The "overdue" condition of overdue.ts as a `where`. */
export function overdueWhere(today: string): Prisma.CommitmentWhereInput {
  const before = new Date(`${today}T00:00:00Z`);
  return {
    status: { in: [...OVERDUE_STATUSES] },
    OR: [
      { status: { in: [...OWN_DUE_STATUSES] }, dueOn: { lt: before } },
      { milestones: { some: { state: { not: "CONFIRMED" }, dueOn: { lt: before } } } },
    ],
  };
}

export interface CommitmentListItem {
  id: string;
  title: string;
  status: CommitmentSnapshot["status"];
  visibility: "PRIVATE" | "MEMBERS" | "PUBLIC";
  isDemo: boolean;
  adopterRegion: { code: string; name: string };
  mentorRegion: { code: string; name: string };
  dueOn: string | null;
  lastActivityAt: string;
  progress: number;
  stall: StallState;
  overdue: boolean;
  indicators: number[];
  milestones: { total: number; confirmed: number };
}

/** The commitments the viewer may read, filtered, newest activity first, a page at a time. */
export async function listCommitments(
  viewer: Actor | null,
  rawFilters: Partial<Record<keyof CommitmentFilters, unknown>> | URLSearchParams = {},
  options: QueryOptions = {},
): Promise<{
  items: CommitmentListItem[];
  total: number;
  page: number;
  limit: number;
  filters: CommitmentFilters;
}> {
  const { today, settings } = clock(options);
  const source =
    rawFilters instanceof URLSearchParams ? Object.fromEntries(rawFilters.entries()) : rawFilters;
  const parsed = commitmentFiltersSchema.safeParse(source);
  // Filters a viewer mistyped are dropped, never a 500.
  const filters: CommitmentFilters = parsed.success
    ? parsed.data
    : commitmentFiltersSchema.parse({ page: source.page, limit: source.limit });
  const and: Prisma.CommitmentWhereInput[] = [commitmentsVisibleTo(viewer)];
  if (filters.region) and.push({ adopterRegionCode: filters.region });
  if (filters.mentor) and.push({ mentorRegionCode: filters.mentor });
  if (filters.status) and.push({ status: filters.status });
  if (filters.indicator) {
    const indicator = filters.indicator;
    and.push({
      indicators: {
        some: /^\d{1,3}$/.test(indicator)
          ? { indicator: { number: Number(indicator) } }
          : { indicatorId: indicator },
      },
    });
  }
  if (filters.stalled !== undefined) {
    const stalled = stalledWhere(today, settings);
    and.push(filters.stalled ? stalled : { NOT: stalled });
  }
  if (filters.province) and.push({ adopterRegion: { provinceCode: filters.province } });
  if (filters.overdue !== undefined) {
    const overdue = overdueWhere(today);
    and.push(filters.overdue ? overdue : { NOT: overdue });
  }
  const where: Prisma.CommitmentWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    db().commitment.count({ where }),
    db().commitment.findMany({
      where,
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * filters.limit,
      take: filters.limit,
      select: {
        id: true,
        title: true,
        status: true,
        visibility: true,
        isDemo: true,
        dueOn: true,
        lastActivityAt: true,
        adopterRegion: { select: { code: true, name: true } },
        mentorRegion: { select: { code: true, name: true } },
        indicators: { select: { indicator: { select: { number: true } } } },
        milestones: { select: { state: true, weight: true, dueOn: true } },
      },
    }),
  ]);
  const items = rows.map((row) => {
    const milestones = row.milestones.map((m) => ({
      state: m.state,
      weight: m.weight,
      dueOn: dayOfDate(m.dueOn),
    }));
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      visibility: row.visibility,
      isDemo: row.isDemo,
      adopterRegion: row.adopterRegion,
      mentorRegion: row.mentorRegion,
      dueOn: dayOfDate(row.dueOn),
      lastActivityAt: row.lastActivityAt.toISOString(),
      progress: progressPercent(milestones),
      stall: stallState(
        { status: row.status, lastActivityOn: todayInWib(row.lastActivityAt), milestones },
        today,
        settings,
      ),
      overdue: isOverdue({ status: row.status, dueOn: dayOfDate(row.dueOn), milestones }, today),
      indicators: row.indicators.map((i) => i.indicator.number).sort((a, b) => a - b),
      milestones: {
        total: milestones.length,
        confirmed: milestones.filter((m) => m.state === "CONFIRMED").length,
      },
    };
  });
  return { items, total, page: filters.page, limit: filters.limit, filters };
}
