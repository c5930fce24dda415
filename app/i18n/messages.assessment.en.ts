// English: the SPBE self-assessment page and its workflow.
import type { assessmentMessagesId } from "./messages.assessment.id";

export const assessmentMessagesEn: Record<keyof typeof assessmentMessagesId, string> = {
  "region.assessmentIntro":
    "This region's SPBE self-assessment: the level claimed per indicator, the computed index, and the official result beside it.",
  "region.assessmentLink": "Self-assessment {year}",
  "assessment.title": "SPBE self-assessment {year}",
  "assessment.intro":
    "The maturity level the region claims for each indicator, with its reasons. The index is computed from the weights of the {framework}.",
  "assessment.status.label": "Status",
  "assessment.status.none": "Not started",
  "assessment.status.DRAFT": "Draft",
  "assessment.status.SUBMITTED": "Submitted",
  "assessment.status.LOCKED": "Locked",
  "assessment.statusHelp.DRAFT": "Only this region's people and coordinators can see a draft.",
  "assessment.statusHelp.SUBMITTED":
    "Members of every region can see it, so that other regions can find examples. A coordinator can lock it.",
  "assessment.statusHelp.LOCKED": "Locked by a coordinator: it can no longer be changed.",
  "assessment.index": "Self-assessed index",
  "assessment.indexHelp":
    "The sum of level × weight of each indicator (scale 0–5). An indicator without a level counts as 0.",
  "assessment.predicate": "Predicate",
  "assessment.rated": "{rated} of {total} indicators rated",
  "assessment.previous": "Year {year}",
  "assessment.previousNone": "No self-assessment for {year} that you may see",
  "assessment.official": "Official result {year}",
  "assessment.officialNone": "No official result for this year yet",
  "assessment.domains": "Index per domain",
  "assessment.domainColumn": "Domain",
  "assessment.domainIndexHelp":
    "The weighted mean level of the indicators in the domain or aspect (0–5).",
  "assessment.level": "Level",
  "assessment.levelNone": "— not rated —",
  "assessment.levelOption": "{level}. {name}",
  "assessment.justification": "Reasons and evidence",
  "assessment.officialLevel": "Official: {level}",
  "assessment.indicatorWeight": "weight {weight} %",
  "assessment.save": "Save draft",
  "assessment.submit": "Submit the assessment",
  "assessment.submitHelp":
    "Once submitted, the assessment cannot be changed and members of every region can see it.",
  "assessment.lock": "Lock the assessment",
  "assessment.readOnly": "This assessment is read-only.",
  "assessment.notVisible":
    "This region has not shared a self-assessment for {year}, or you may not see it.",
  "assessment.yearNav": "Assessment year",
  "assessment.regionLink": "Back to the region's profile",
  "assessment.notice.saved": "The draft assessment was saved.",
  "assessment.notice.submitted": "The assessment was submitted. A coordinator can lock it.",
  "assessment.notice.locked": "The assessment was locked.",
  "assessment.error.year": "Unknown assessment year.",
  "assessment.error.level": "Choose a level from 1 to 5, or leave it empty.",
  "assessment.error.justificationTooLong": "The reasons may be at most 2,000 characters.",
  "assessment.error.notDraft":
    "This assessment was already submitted or locked, so it can no longer be changed.",
  "assessment.error.empty": "Rate at least one indicator before submitting.",
  "assessment.error.stale":
    "The assessment's status has changed. Reload the page to see where it stands now.",
  "assessment.error.intent": "Unknown action.",
  "audit.action.assessment.saved": "Self-assessment draft saved",
  "audit.action.assessment.submitted": "Self-assessment submitted",
  "audit.action.assessment.locked": "Self-assessment locked",
  "gap.title": "The indicators that raise the index most, {year}",
  "gap.intro":
    "Indicators ordered by the index gained from raising each one level (weight ÷ 100 per level, up to level 5). For each: the regions already at level 4 or 5, and their practices and code you can replicate.",
  "gap.basis.self-assessment": "Computed from the {year} self-assessment.",
  "gap.basis.official": "No {year} self-assessment you may see; computed from the official levels.",
  "gap.basis.none":
    "No {year} self-assessment or official result you may see; every indicator counts as level 0.",
  "gap.assessmentLink": "Open the {year} self-assessment",
  "gap.signInForPeers":
    "Sign in as a member of a region to see other regions' self-assessments too.",
  "gap.openTitle": "{count} indicators can still be raised",
  "gap.topTitle": "{count} indicators already at the top level",
  "gap.level": "Current level: {level}",
  "gap.notRated": "Not rated",
  "gap.gain": "+{gain} index per level",
  "gap.officialPeers": "Regions at level 4–5 (official)",
  "gap.selfAssessedPeers": "Regions at level 4–5 (self-assessed)",
  "gap.peerLevel": "level {level}, {year}",
  "gap.noPeers": "No region yet.",
  "gap.morePeers": "and {count} more regions",
  "gap.replicate": "To replicate ({count})",
  "gap.nothingToReplicate": "No practice or code entry published for this indicator yet.",
  "gap.replicateAction": "Replicate from this region",
  "gap.codeEntry": "code entry",
  "region.gapLink": "The indicators that raise the index most, {year}",
};
