// The region's board (/regions/:code/tracker): its commitments by status, as the adopting region
// and, apart, as the mentor region, each card with the transitions the viewer may make now. A move
// (a drop or a button) goes through transitionCommitment: the one transition table and the policy
// decide, whatever the page offered.
import { z } from "zod";
import type { Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { notFound } from "~/utils/app-error";
import { dayOfDate, todayInWib } from "~/utils/calendar";
import { commitmentsVisibleTo } from "./commitment-access.server";
import { transitionCommitment, type TransitionResult } from "./commitment-commands.server";
import type { QueryOptions } from "./commitment-queries.server";
import {
  allowedCommitmentTransitions,
  COMMITMENT_STATUSES,
  COMMITMENT_TRANSITIONS,
  type CommitmentStatus,
  type CommitmentTransition,
} from "./commitment-status";
import { isUuid } from "./commitment.schema";
import { progressPercent } from "./milestones";
import { isOverdue } from "./overdue";
import { stallState } from "./stalled";
import { stallSettings } from "./tracker-settings.server";

export interface BoardMove {
  transition: CommitmentTransition;
  to: CommitmentStatus;
  needsText: "reason" | "comment" | null;
}

export async function regionOfBoard(code: string | undefined) {
  const parsed = regionCodeSchema.safeParse(code);
  const region = parsed.success
    ? await db().region.findUnique({
        where: { code: parsed.data },
        select: { code: true, name: true },
      })
    : null;
  if (!region) throw notFound();
  return region;
}

export async function regionBoard(viewer: Actor | null, code: string, options: QueryOptions = {}) {
  const today = options.today ?? todayInWib();
  const settings = options.settings ?? stallSettings();
  const rows = await db().commitment.findMany({
    where: {
      AND: [
        commitmentsVisibleTo(viewer),
        { OR: [{ adopterRegionCode: code }, { mentorRegionCode: code }] },
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
      adopterRegionCode: true,
      mentorRegionCode: true,
      adopterRegion: { select: { code: true, name: true } },
      mentorRegion: { select: { code: true, name: true } },
      milestones: {
        select: {
          title: true,
          state: true,
          weight: true,
          dueOn: true,
          _count: { select: { evidence: true } },
        },
      },
    },
  });
  const cards = rows.map((row) => {
    const milestones = row.milestones.map((m) => ({
      state: m.state,
      weight: m.weight,
      dueOn: dayOfDate(m.dueOn),
    }));
    // The moves the transition table would carry out now, milestone conditions included.
    const moves: BoardMove[] = allowedCommitmentTransitions(viewer, {
      status: row.status,
      adopterRegionCode: row.adopterRegionCode,
      mentorRegionCode: row.mentorRegionCode,
      milestones: row.milestones.map((m) => ({
        title: m.title,
        state: m.state,
        evidenceCount: m._count.evidence,
      })),
    }).map((transition) => ({
      transition,
      to: COMMITMENT_TRANSITIONS[transition].to,
      needsText: COMMITMENT_TRANSITIONS[transition].needsText ?? null,
    }));
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      isDemo: row.isDemo,
      dueOn: dayOfDate(row.dueOn),
      adopterRegion: row.adopterRegion,
      mentorRegion: row.mentorRegion,
      progress: progressPercent(milestones),
      stalled: stallState(
        { status: row.status, lastActivityOn: todayInWib(row.lastActivityAt), milestones },
        today,
        settings,
      ).stalled,
      overdue: isOverdue({ status: row.status, dueOn: dayOfDate(row.dueOn), milestones }, today),
      moves,
    };
  });
  const columns = (side: "adopter" | "mentor") =>
    COMMITMENT_STATUSES.map((status) => ({
      status,
      cards: cards.filter(
        (c, i) =>
          c.status === status &&
          (side === "adopter" ? rows[i]!.adopterRegionCode : rows[i]!.mentorRegionCode) === code,
      ),
    }));
  return { adopter: columns("adopter"), mentor: columns("mentor") };
}

export type RegionBoard = Awaited<ReturnType<typeof regionBoard>>;
export type BoardCard = RegionBoard["adopter"][number]["cards"][number];

const moveSchema = z.object({
  id: z.string().refine(isUuid),
  transition: z.string().min(1).max(40),
  text: z.string().max(10_000).default(""),
});

/**
 * A move on the board: the commitment must be one of this region's (as adopter or mentor) and
 * readable by the actor (404 otherwise); the transition table and the policy decide the rest.
 */
export async function moveOnBoard(
  actor: Actor,
  code: string,
  raw: Record<string, unknown>,
  origin: Partial<RequestOrigin> = {},
): Promise<TransitionResult> {
  const parsed = moveSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 422, message: "form.error.invalid" };
  const row = await db().commitment.findUnique({
    where: { id: parsed.data.id },
    select: { adopterRegionCode: true, mentorRegionCode: true },
  });
  if (!row || (row.adopterRegionCode !== code && row.mentorRegionCode !== code)) throw notFound();
  return transitionCommitment(
    actor,
    parsed.data.id,
    parsed.data.transition,
    parsed.data.text,
    origin,
  );
}
