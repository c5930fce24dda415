// A coordinator's review decision on an evidence record, as the review form sends it: "accepted"
// (diterima) or "needsRevision" (perlu perbaikan, which needs a comment the region reads). Pure:
// the page loads the limits and the decision names.
import { z } from "zod";
import type { ReviewState } from "./evidence.schema";

export const REVIEW_DECISIONS = ["accepted", "needsRevision"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const EVIDENCE_REVIEW_COMMENT_MAX = 2000;

/** The stored review state of a decision. */
export function reviewStateOf(decision: ReviewDecision): Exclude<ReviewState, "UNREVIEWED"> {
  return decision === "accepted" ? "ACCEPTED" : "NEEDS_REVISION";
}

export const evidenceReviewSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS, { message: "evidenceReview.error.decision" }),
    comment: z
      .string()
      .trim()
      .max(EVIDENCE_REVIEW_COMMENT_MAX, { message: "evidenceReview.error.commentTooLong" })
      .default(""),
  })
  .refine((d) => d.decision !== "needsRevision" || d.comment.length > 0, {
    message: "evidenceReview.error.commentRequired",
    path: ["comment"],
  });

export type EvidenceReviewInput = z.output<typeof evidenceReviewSchema>;

/**
 * An acceptance judged a document as showing a level for some indicators: a change of the level,
 * the indicators or the files sends an accepted record back to the review queue (the history keeps
 * the acceptance). A "perlu perbaikan" record stays so until reviewed again; the queue lists it
 * once it has changed.
 */
export function reviewAfterChange(
  record: { reviewState: ReviewState; level: number; indicators: Array<{ indicatorId: string }> },
  change: { level: number; indicatorIds: string[]; filesAdded: number },
): { reviewState: "UNREVIEWED" } | Record<string, never> {
  if (record.reviewState !== "ACCEPTED") return {};
  const before = record.indicators.map((i) => i.indicatorId).sort();
  const after = [...change.indicatorIds].sort();
  const same =
    record.level === change.level &&
    change.filesAdded === 0 &&
    before.length === after.length &&
    before.every((id, i) => id === after[i]);
  return same ? {} : { reviewState: "UNREVIEWED" };
}
