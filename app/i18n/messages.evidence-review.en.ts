// English: the coordinator's review of evidence records and the evidence readiness.
import type { evidenceReviewMessagesId } from "./messages.evidence-review.id";

export const evidenceReviewMessagesEn: Record<keyof typeof evidenceReviewMessagesId, string> = {
  "review.type.evidence": "evidence",
  "notification.evidenceAccepted": "Evidence accepted: “{title}”.",
  "notification.evidenceNeedsRevision": "Evidence needs revision: “{title}”. Comment: “{comment}”",
  "evidenceReview.title": "Coordinator's review",
  "evidenceReview.state": "Review state: {state}",
  "evidenceReview.historyTitle": "Review history",
  "evidenceReview.historyEmpty": "Not reviewed by a coordinator yet.",
  "evidenceReview.entry": "{decision}, by {reviewer}",
  "evidenceReview.reviewerUnknown": "a coordinator",
  "evidenceReview.formTitle": "Review this evidence",
  "evidenceReview.decision": "Decision",
  "evidenceReview.decision.accepted": "Accepted",
  "evidenceReview.decision.needsRevision": "Needs revision",
  "evidenceReview.comment": "Comment for the region (required when it needs revision)",
  "evidenceReview.submit": "Save review",
  "evidenceReview.saved.accepted": "Evidence accepted. The region has been told.",
  "evidenceReview.saved.needsRevision":
    "Evidence sent back for revision. The region has been told.",
  "evidenceReview.error.decision": "Choose accepted or needs revision.",
  "evidenceReview.error.commentRequired": "Write a comment for the region: what needs fixing.",
  "evidenceReview.error.commentTooLong": "The comment is too long (2000 characters at most).",
  "evidenceReview.mail.accepted.subject": "Evidence accepted: “{title}”",
  "evidenceReview.mail.accepted.body":
    "Hello {name},\n\nYour region's evidence “{title}” was accepted by a coordinator.\n\nSee: {url}",
  "evidenceReview.mail.comment": "The coordinator's comment: {comment}",
  "evidenceReview.mail.needsRevision.subject": "Evidence needs revision: “{title}”",
  "evidenceReview.mail.needsRevision.body":
    "Hello {name},\n\nA coordinator asks for a revision of your region's evidence “{title}”, with this comment:\n\n{comment}\n\nRevise it at: {url}",
  "audit.action.evidence.reviewed": "Evidence reviewed",
  "dashboard.evidenceQueueTitle": "Evidence waiting for review",
  "dashboard.evidenceQueueCount": "{count} evidence records waiting for review",
  "dashboard.evidenceQueueEmpty": "No evidence is waiting for review.",
  "dashboard.evidenceQueueRevised": "revised",
  "dashboard.evidenceQueueItem": "{region} · {year} · indicator {indicators} · level {level}",
  "dashboard.evidenceQueueMore": "Showing the {shown} waiting longest.",
  "evidenceReadiness.title": "Evidence readiness",
  "evidenceReadiness.figure": "{backed} of {index} index points backed by evidence",
  "evidenceReadiness.share": "{percent} of the self-assessed index",
  "evidenceReadiness.counts":
    "{backed} indicators backed, {needsRevision} need revision, {expired} expired, {missing} missing evidence",
  "evidenceReadiness.explain":
    "A claimed level is backed by evidence of that level or higher, accepted or not yet reviewed, and not expired on {date}.",
  "evidenceReadiness.visibleOnly": "Counted from the evidence you may see.",
  "evidenceReadiness.column": "Readiness",
  "evidenceReadiness.state.backed": "Backed",
  "evidenceReadiness.state.needsRevision": "Needs revision",
  "evidenceReadiness.state.expired": "Expired",
  "evidenceReadiness.state.missing": "Missing",
  "evidenceReadiness.boardLink": "See the evidence per indicator",
} as const;
