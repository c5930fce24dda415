// Reviewing evidence: a coordinator accepts a record ("diterima") or asks for its revision
// ("perlu perbaikan", with a comment the region reads). Each decision adds an EvidenceReview row
// (the history) and sets the record's latest state, with the audit entry and the notifications of
// the region's writers and secretary in the same transaction; the mails follow once it commits.
import { forbidden, notFound } from "~/utils/app-error";
import { can, type Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { addNotification, type ReviewNotice } from "~/modules/review/notifications.server";
import { refreshSearchDocuments } from "~/modules/search/search.server";
import { fieldErrorsOf, type FieldErrors } from "~/utils/forms";
import { isUuid, mayReadEvidence } from "./evidence-access.server";
import { mailEvidenceReview, reviewRecipients } from "./evidence-review-notice.server";
import { evidenceReviewSchema, reviewStateOf, type ReviewDecision } from "./evidence-review.schema";
import type { ReviewState } from "./evidence.schema";

export type EvidenceReviewResult =
  { status: "reviewed"; decision: ReviewDecision } | { status: "invalid"; errors: FieldErrors };

/** May the viewer review this region's evidence (coordinators)? */
export function mayReviewEvidence(viewer: Actor | null, regionCode: string): boolean {
  return can(viewer, "evidence:review", { regionCode });
}

/** The record to review: 404 when unknown or unreadable, 403 when readable but not reviewable. */
async function recordForReview(actor: Actor, id: string) {
  if (!isUuid(id)) throw notFound();
  const record = await db().evidenceRecord.findUnique({
    where: { id },
    select: { id: true, regionCode: true, visibility: true, title: true, year: true },
  });
  if (!record || !mayReadEvidence(actor, record)) throw notFound();
  if (!mayReviewEvidence(actor, record.regionCode)) throw forbidden();
  return record;
}

/** Records a review decision; a revision request without a comment changes nothing. */
export async function reviewEvidence(
  actor: Actor,
  id: string,
  raw: unknown,
  origin: Partial<RequestOrigin> = {},
): Promise<EvidenceReviewResult> {
  const record = await recordForReview(actor, id);
  const parsed = evidenceReviewSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid", errors: fieldErrorsOf(parsed.error.issues) };
  const { decision, comment } = parsed.data;
  const state = reviewStateOf(decision);
  const notices = await db().$transaction(async (tx) => {
    // One decision at a time per record: the latest state is the latest history row.
    await tx.$queryRaw`SELECT id FROM "EvidenceRecord" WHERE id = ${record.id}::uuid FOR UPDATE`;
    const now = new Date();
    const review = await tx.evidenceReview.create({
      data: {
        evidenceId: record.id,
        reviewerId: actor.id,
        decision: state,
        comment,
        createdAt: now,
      },
      select: { id: true },
    });
    // updatedAt equals reviewedAt, so a later change by the region (updatedAt > reviewedAt)
    // brings a record that needs revision back to the coordinators' queue.
    await tx.evidenceRecord.update({
      where: { id: record.id },
      data: { reviewState: state, reviewedAt: now, updatedAt: now },
    });
    await recordAudit(
      {
        actor,
        action: "evidence.reviewed",
        entityType: "EvidenceRecord",
        entityId: record.id,
        regionCode: record.regionCode,
        details: { decision, reviewId: review.id, commented: comment.length > 0 },
        ...origin,
      },
      tx,
    );
    await refreshSearchDocuments(tx, [{ type: "evidence", id: record.id }]);
    const recipients = await reviewRecipients(tx, record.id, record.regionCode, actor.id);
    const made: ReviewNotice[] = recipients.map((userId) => ({
      userId,
      kind: decision === "accepted" ? "evidence.accepted" : "evidence.needsRevision",
      recordType: "evidence",
      recordSlug: record.id,
      recordTitle: record.title,
      comment: comment || null,
    }));
    for (const notice of made) await addNotification(tx, notice);
    return made;
  });
  for (const notice of notices) await mailEvidenceReview(notice);
  return { status: "reviewed", decision };
}

export interface EvidenceReviewEntry {
  id: string;
  decision: Exclude<ReviewState, "UNREVIEWED">;
  comment: string;
  reviewer: string | null;
  createdAt: string;
}

/**
 * A record's review history, newest first, for a viewer who may read the record (the caller has
 * checked that), and whether the viewer may add a decision.
 */
export async function evidenceReviewHistory(
  viewer: Actor | null,
  record: { id: string; regionCode: string },
): Promise<{ entries: EvidenceReviewEntry[]; mayReview: boolean; historyVisible: boolean }> {
  const mayReview = mayReviewEvidence(viewer, record.regionCode);
  // The comments are written for the region: its people and the centre read them, others
  // (members of other regions, visitors of a public record) see only the latest state.
  const historyVisible = mayReadEvidence(viewer, {
    regionCode: record.regionCode,
    visibility: "PRIVATE",
  });
  if (!historyVisible) return { entries: [], mayReview, historyVisible };
  const rows = await db().evidenceReview.findMany({
    where: { evidenceId: record.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      decision: true,
      comment: true,
      createdAt: true,
      reviewer: { select: { name: true } },
    },
  });
  return {
    entries: rows
      .filter((row) => row.decision !== "UNREVIEWED")
      .map((row) => ({
        id: row.id,
        decision: row.decision as EvidenceReviewEntry["decision"],
        comment: row.comment,
        reviewer: row.reviewer?.name ?? null,
        createdAt: row.createdAt.toISOString(),
      })),
    mayReview,
    historyVisible,
  };
}

/** What waits for a review: never reviewed, or changed by the region since it was sent back. */
function waitingWhere() {
  return {
    OR: [
      { reviewState: "UNREVIEWED" as const },
      {
        reviewState: "NEEDS_REVISION" as const,
        updatedAt: { gt: db().evidenceRecord.fields.reviewedAt },
      },
    ],
  };
}

/** The coordinator's queue: how many records wait and the oldest first; empty for anyone else. */
export async function evidenceReviewQueue(actor: Actor | null, take = 20) {
  // The policy answers per region; coordinators (and admins) may review every region's.
  if (!actor || !(actor.isCoordinator || actor.isAdmin) || actor.token)
    return { count: 0, items: [] };
  const where = waitingWhere();
  const [count, rows] = await Promise.all([
    db().evidenceRecord.count({ where }),
    db().evidenceRecord.findMany({
      where,
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        title: true,
        year: true,
        level: true,
        isDemo: true,
        reviewState: true,
        updatedAt: true,
        region: { select: { code: true, name: true } },
        indicators: { select: { indicator: { select: { number: true } } } },
      },
    }),
  ]);
  return {
    count,
    items: rows
      .filter((row) => mayReviewEvidence(actor, row.region.code))
      .map((row) => ({
        id: row.id,
        title: row.title,
        year: row.year,
        level: row.level,
        isDemo: row.isDemo,
        revised: row.reviewState === "NEEDS_REVISION",
        updatedAt: row.updatedAt.toISOString(),
        region: row.region,
        indicators: row.indicators.map((i) => i.indicator.number).sort((a, b) => a - b),
      })),
  };
}
