// English: the participation figures' labels and definitions (app/modules/monitoring/figures.ts).
import type { figureMessagesId } from "./messages.figures.id";

export const figureMessagesEn: Record<keyof typeof figureMessagesId, string> = {
  "figure.help": "What does this mean?",
  "figure.helpFor": "What does this mean: {label}?",
  "figure.status.label": "Status",
  "figure.status.definition":
    "From the region's last activity recorded in the audit log (a practice, evidence, a self-assessment, a commitment, a member invited). Active: activity in the last {activeDays} days; less active: in the last {lessActiveDays} days; inactive: none since, or never. A coordinator sets these thresholds.",
  "figure.lastActivityAt.label": "Last activity",
  "figure.lastActivityAt.definition":
    "When the audit log last recorded activity for this region, since records began. Empty when there was none.",
  "figure.activeMembers.label": "Active members",
  "figure.activeMembers.definition":
    "Members of this region (secretaries, developers) whose account is not disabled and who had a session seen in the last {memberDays} days.",
  "figure.practices.label": "Practices published",
  "figure.practices.definition":
    "This region's good practices that are published (readable by anyone), since records began. Drafts and those awaiting approval are not counted.",
  "figure.software.label": "Code published",
  "figure.software.definition":
    "This region's code catalogue entries that are published, since records began. Drafts and those awaiting approval are not counted.",
  "figure.commitments.active.label": "Commitments under way",
  "figure.commitments.active.definition":
    "This region's follow-up commitments as adopter that are approved and not yet verified or cancelled (committed, in progress, implemented), now.",
  "figure.commitments.verified.label": "Verified replications",
  "figure.commitments.verified.definition":
    "This region's commitments as adopter that the mentor or a coordinator verified, since records began.",
  "figure.commitments.stalled.label": "Stalled commitments",
  "figure.commitments.stalled.definition":
    "This region's commitments under way with no update for {stallDays} days, or with a milestone more than {overdueDays} days overdue and not confirmed by the mentor (the tracker's rule), today.",
  "figure.evidenceCompleteness.label": "Evidence completeness {year}",
  "figure.evidenceCompleteness.definition":
    "The share of the evaluation framework's SPBE indicators with at least one evidence record of this region for {year}, whatever its review state.",
  "figure.evidenceAccepted.label": "Evidence accepted {year}",
  "figure.evidenceAccepted.definition":
    "The share of SPBE indicators with at least one evidence record of this region for {year} whose latest review decision is “accepted”.",
  "figure.selfAssessment.label": "Self-assessment {year}",
  "figure.selfAssessment.definition":
    "The state of this region's SPBE self-assessment for {year}: not started, draft, submitted by the regional secretary, or locked by a coordinator.",
  "figure.replications.given.label": "Replicated by others",
  "figure.replications.given.definition":
    "Other regions' commitments replicating this region's practice or code (as mentor) that were verified, since records began.",
  "figure.replications.received.label": "Replicated from others",
  "figure.replications.received.definition":
    "This region's commitments replicating other regions' work that were verified, since records began (the same as verified replications).",
  "figure.visits.hosted.label": "Visits hosted",
  "figure.visits.hosted.definition":
    "Study visits recorded with this region as host, since records began.",
  "figure.visits.hostedWithCommitment.label": "Visits hosted with a commitment",
  "figure.visits.hostedWithCommitment.definition":
    "Of the visits this region hosted, those that led to at least one commitment (other than a cancelled one).",
  "figure.visits.hostedConversion.label": "Conversion of visits hosted",
  "figure.visits.hostedConversion.definition":
    "The share of visits this region hosted that led to at least one commitment (other than a cancelled one). Empty without visits.",
  "figure.visits.made.label": "Visits made",
  "figure.visits.made.definition":
    "Study visits recorded with this region as visitor, since records began.",
  "figure.visits.madeWithCommitment.label": "Visits made with a commitment",
  "figure.visits.madeWithCommitment.definition":
    "Of the visits this region made, those that led to at least one commitment (other than a cancelled one).",
  "figure.visits.madeConversion.label": "Conversion of visits made",
  "figure.visits.madeConversion.definition":
    "The share of visits this region made that led to at least one commitment (other than a cancelled one). Empty without visits.",
  "figure.spbeIndex.official.label": "Official SPBE index",
  "figure.spbeIndex.official.definition":
    "This region's latest official SPBE index (an evaluation result entered by a coordinator, or reference data) up to {year}.",
  "figure.spbeIndex.officialYear.label": "Year of the official index",
  "figure.spbeIndex.officialYear.definition":
    "The evaluation year of this region's latest official SPBE index.",
  "figure.spbeIndex.selfAssessed.label": "Self-assessed index",
  "figure.spbeIndex.selfAssessed.definition":
    "The index of this region's latest submitted or locked self-assessment (drafts are not counted) up to {year}, computed with the framework's weights; an indicator without a level counts as 0.",
  "figure.spbeIndex.selfAssessedYear.label": "Year of the self-assessment",
  "figure.spbeIndex.selfAssessedYear.definition":
    "The year of this region's latest submitted or locked self-assessment.",
  "figure.spbeIndex.trend.label": "Official index trend",
  "figure.spbeIndex.trend.definition":
    "The latest official SPBE index minus the official index of the year before. Empty when either is unknown.",
};
