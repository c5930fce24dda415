// English: the region's standing on the secretary's dashboard (/dashboard), and a
// region's key figures on its page and printed report.
import type { dashboardMessagesId } from "./messages.dashboard.id";

export const dashboardMessagesEn: Record<keyof typeof dashboardMessagesId, string> = {
  "regionStanding.nextTitle": "Next steps",
  "regionStanding.nextNone": "Nothing urgent for {region} today.",
  "regionStanding.next.waiting": "{count} waiting for your approval",
  "regionStanding.next.overdue": "{count} commitments overdue: follow up “{title}”",
  "regionStanding.next.stalled": "{count} commitments stalled: update “{title}”",
  "regionStanding.next.dueSoon": "{count} due within 14 days, the first on {date}: “{title}”",
  "regionStanding.next.evidenceMissing":
    "{count} rated indicators lack current evidence: complete the evidence",
  "regionStanding.next.selfAssessment": "No self-assessment for {year} yet: start it",
  "regionStanding.compareTitle": "Your region against its peers",
  "regionStanding.compareLead":
    "{region} against the average of its peers. The averages use the same public figures as the Participation page, as of {date} WIB (recomputed at most once a minute).",
  "regionStanding.compareCaption": "{region}'s figures and the averages it is compared with",
  "regionStanding.yourRegion": "{region}",
  "regionStanding.average.cohort": "average of {count} regions of {name}",
  "regionStanding.average.province": "average of {count} kabupaten/kota of {name}",
  "regionStanding.noCohort": "{region} is in no cohort; it is compared with its province only.",
  "regionStanding.lowerIsBetter": "Fewer is better.",
  "regionStanding.above": "above average",
  "regionStanding.below": "below average",
  "regionStanding.equal": "at the average",
  "regionStanding.membersTitle": "Only for your region",
  "regionStanding.members":
    "Status {status} · {members} active members (signed in within 30 days) · last activity {date}",
  "regionStanding.noActivity": "none yet",
  "regionStanding.commitmentsTitle": "The region's commitments and their due dates",
  "regionStanding.commitmentsSummary":
    "{total} unfinished commitments as adopter: {overdue} overdue, {stalled} stalled.",
  "regionStanding.commitmentsShown": "{shown} of {total} shown, most urgent first.",
  "regionStanding.commitmentsEmpty": "No unfinished commitments.",
  "regionStanding.commitmentsAll": "All commitments on {region}'s tracker board",
  "regionStanding.asMentor":
    "As mentor: {count} unfinished commitments of other regions replicate your work (see the tracker board).",
  "regionStanding.due": "Due {date}",
  "regionStanding.noDue": "No due date",
  "regionStanding.mentor": "from {region}",
  "regionStanding.progress": "{percent} of milestones confirmed",
  "regionStanding.noAssessment":
    "No self-assessment for {year} yet, so evidence readiness cannot be computed.",
  "regionStanding.noAssessmentLink": "Fill in the {year} self-assessment",
  "regionReport.printed": "Region report, printed {date}",
  "regionReport.figuresTitle": "Participation figures",
  "regionReport.figuresNote":
    "Public figures as of {date}, computed as on the regions' Participation page.",
};
