// English: verified replications ("sudah ditiru oleh") and what they changed.
import type { replicationMessagesId } from "./messages.replications.id";

export const replicationMessagesEn: Record<keyof typeof replicationMessagesId, string> = {
  "replications.title": "Replicated by",
  "replications.titleAdopted": "What this region has replicated",
  "replications.titleMentored": "Regions that replicated this region's work",
  "replications.what":
    "Verified replication: a follow-up commitment whose milestones were all confirmed and which the mentor region or a coordinator verified.",
  "replications.count": "{count} verified replications.",
  "replications.none": "No verified replication yet.",
  "replications.membersOnly":
    "{count} more replications are visible to portal members only. Sign in to see them.",
  "replications.shown": "Showing the newest {shown} of {total}.",
  "replications.verifiedOn": "verified {date}",
  "replications.mentor": "mentor: {region}",
  "replications.adopter": "adopter: {region}",
  "replications.indicator": "Indicator {number}",
  "replications.levelSelf": "self-assessment {before} → {after}",
  "replications.levelOfficial": "official result {before} → {after}",
  "replications.levelYears": "({from} → {to})",
  "replications.baselineTarget": "baseline {baseline}, target {target}",
  "replications.noAfter": "no later assessment yet",
  "replications.indexSelf": "Self-assessed SPBE index {before} → {after} ({gained})",
  "replications.indexOfficial": "Official SPBE index {before} → {after} ({gained})",
  "replications.selfHidden": "Self-assessed levels are visible to portal members only.",
  "replications.impactTitle": "Effect on the target indicators",
  "replications.impactWhat":
    "Before: the assessment of the year the commitment was approved, or earlier. After: the latest assessment of a later year.",
} as const;
