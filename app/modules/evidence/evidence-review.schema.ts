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
