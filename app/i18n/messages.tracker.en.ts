// English: the peer-improvement tracker: commitments, milestones, and why an action was refused.
import type { trackerMessagesId } from "./messages.tracker.id";

export const trackerMessagesEn: Record<keyof typeof trackerMessagesId, string> = {
  "tracker.status.DRAFT": "Draft",
  "tracker.status.COMMITTED": "Committed",
  "tracker.status.IN_PROGRESS": "In progress",
  "tracker.status.IMPLEMENTED": "Implemented",
  "tracker.status.VERIFIED": "Verified",
  "tracker.status.CANCELLED": "Cancelled",
  "tracker.milestone.OPEN": "Not done",
  "tracker.milestone.DONE": "Done, waiting for the mentor's confirmation",
  "tracker.milestone.CONFIRMED": "Confirmed by the mentor",
  "tracker.stalled.noUpdate": "No update for {days} days",
  "tracker.stalled.milestoneOverdue": "A milestone is more than {days} days overdue",
  "tracker.refused.notYours": "You may not do this on this commitment.",
  "tracker.refused.wrongState":
    "This cannot be done in the commitment's present status. Reload the page.",
  "tracker.refused.reason": "Give the reason for cancelling (1–{max} characters).",
  "tracker.refused.comment": "Write a comment for the adopting region (1–{max} characters).",
  "tracker.refused.noMilestones": "Add at least one milestone first.",
  "tracker.refused.milestonesOpen": "These milestones are not done yet: {milestones}.",
  "tracker.refused.evidenceMissing":
    "Verification needs evidence on every milestone. No evidence yet on: {milestones}.",
  "tracker.refused.milestonesUnconfirmed":
    "These milestones are not confirmed by the mentor yet: {milestones}.",
  "tracker.refused.milestoneEvidence": "Attach evidence before marking this milestone done.",
};
