// English: the coordinators' monitoring pages. The type makes every Indonesian key required here.
import type { monitoringMessagesId } from "./messages.monitoring.id";

export const monitoringMessagesEn: Record<keyof typeof monitoringMessagesId, string> = {
  "nav.monitoring": "Monitoring",
  "monitoring.title": "Regional monitoring",
  "monitoring.lead":
    "Participation and progress of every region in your scope: who is active, who has gone quiet, and which follow-up commitments have stalled.",
  "monitoring.scope.national": "Scope: national (every regency and city).",
  "monitoring.scope.provinces": "Scope: the regencies and cities of {names}.",
  "monitoring.demo": "The figures on this page include demo data.",
  "monitoring.count": "{shown} of the {total} regions in your scope shown.",
  "monitoring.empty": "No region matches these filters.",
  "monitoring.never": "never",
  "monitoring.download": "Download this table (same filters and order, every row):",
  "monitoring.download.csv": "CSV",
  "monitoring.download.xlsx": "XLSX (Excel)",

  "monitoring.filter.label": "Filter the cohort table",
  "monitoring.filter.province": "Province",
  "monitoring.filter.allProvinces": "All provinces",
  "monitoring.filter.status": "Status",
  "monitoring.filter.allStatuses": "All statuses",
  "monitoring.filter.cohort": "Cohort",
  "monitoring.filter.allCohorts": "All regions",
  "monitoring.filter.cohortOption": "{name} ({count} regions)",
  "monitoring.filter.apply": "Apply",
  "monitoring.filter.sort": "Sort by",
  "monitoring.filter.dir": "Sort direction",
  "monitoring.sort.asc": "ascending",
  "monitoring.sort.desc": "descending",

  "monitoring.summary.label": "Summary of the regions shown",
  "monitoring.summary.regions": "regions shown",
  "monitoring.summary.aktif": "active (activity within 30 days)",
  "monitoring.summary.kurang-aktif": "less active (activity within 31–90 days)",
  "monitoring.summary.tidak-aktif": "inactive (no activity for 90 days, or never)",
  "monitoring.summary.stalled": "stalled commitments in the regions shown",

  "monitoring.alerts.title": "Alerts",
  "monitoring.alerts.inactiveTitle": "Regions without activity for {days} days or more:",
  "monitoring.alerts.inactiveCount":
    "{count} regions recorded no activity for {days} days or more: {quiet} were active and went quiet, {never} never recorded any. The province and cohort filters apply, the status filter does not.",
  "monitoring.alerts.inactiveShow": "Show these {count} regions",
  "monitoring.alerts.inactiveTable": "Regions without activity",
  "monitoring.alerts.daysQuiet": "Days without activity",
  "monitoring.alerts.stalledTitle": "Stalled commitments:",
  "monitoring.alerts.stalledCount":
    "{count} follow-up commitments under way with no update for 30 days, or a milestone 14 days overdue, in the regions shown (the province and cohort filters apply). The longest stalled first.",
  "monitoring.alerts.stalledTable": "Stalled commitments",
  "monitoring.alerts.commitment": "Commitment",
  "monitoring.alerts.stalledSince": "Stalled since",
  "monitoring.alerts.daysStalled": "Days stalled",
  "monitoring.alerts.reason.noUpdate": "no update",
  "monitoring.alerts.reason.milestoneOverdue": "milestone overdue",

  "monitoring.table.title": "Cohort table",
  "monitoring.table.label": "Participation per region",
  "monitoring.table.caption": "Participation per region, sorted by {column} ({dir}).",
  "monitoring.definitions.title": "What does it mean? Each column defined",
  "monitoring.col.code": "Code",
  "monitoring.col.name": "Region",
  "monitoring.col.province": "Province",
  "monitoring.col.status": "Status",
  "monitoring.col.lastActivity": "Last activity",
  "monitoring.col.activeMembers": "Active members",
  "monitoring.col.practices": "Practices published",
  "monitoring.col.software": "Code published",
  "monitoring.col.commitmentsActive": "Commitments under way",
  "monitoring.col.commitmentsStalled": "Commitments stalled",
  "monitoring.col.commitmentsVerified": "Replications verified",
  "monitoring.col.evidenceCompleteness": "Evidence completeness {year}",
  "monitoring.help.code": "The Kemendagri code of the regency or city.",
  "monitoring.help.name": "The official name; its link opens the region's monitoring details.",
  "monitoring.help.province": "The province the region belongs to.",
  "monitoring.help.status":
    "Active with activity recorded in the last 30 days; less active within the last 90 days; otherwise inactive.",
  "monitoring.help.lastActivity":
    "When (WIB) the region's last activity was recorded in the audit log: practices, code, evidence, self-assessments, commitments, member invitations. Coordinators' reminders do not count.",
  "monitoring.help.activeMembers":
    "The region's members (secretaries and developers, accounts not disabled) who signed in within the last 30 days.",
  "monitoring.help.practices": "The region's good practices that are published.",
  "monitoring.help.software": "The region's code catalogue entries that are published.",
  "monitoring.help.commitmentsActive":
    "The region's follow-up commitments (as the adopter) that were agreed and are neither verified nor cancelled.",
  "monitoring.help.commitmentsStalled":
    "Those commitments under way with no update for 30 days or a milestone 14 days overdue (the tracker's rule).",
  "monitoring.help.commitmentsVerified":
    "The region's commitments whose replication the mentor or a coordinator verified.",
  "monitoring.help.evidenceCompleteness":
    "The share of SPBE indicators with at least one evidence record for {year}.",

  "monitoring.rollups.title": "Per province",
  "monitoring.rollups.lead":
    "{count} provinces. Each row adds up the regions shown in the cohort table (with the same filters); evidence completeness is the mean of its regions.",
  "monitoring.rollups.regions": "Regions",
  "monitoring.rollups.evidence": "Mean evidence completeness {year}",

  "monitoring.export.title": "Digital Service Living Lab monitoring: cohort table",
  "monitoring.export.filters": "Filters: {filters}",
  "monitoring.export.noFilter": "none (every region in scope)",
  "monitoring.export.filterProvince": "province {name}",
  "monitoring.export.filterStatus": "status {name}",
  "monitoring.export.filterCohort": "cohort {name}",
  "monitoring.export.scope": "{scope}",
  "monitoring.export.sort": "Order: {column}, {dir}",
  "monitoring.export.rows": "Rows: {count} (all, no limit)",
  "monitoring.export.made": "Made: {when} WIB",
  "monitoring.export.demo": "Includes demo data.",
  "monitoring.export.sheet": "Regions",

  "monitoring.drill.lead": "Region code {code}. Members-level figures, for coordinators.",
  "monitoring.drill.publicPage": "The region's public page",
  "monitoring.drill.figuresTitle": "The region's figures",
  "monitoring.drill.activityTitle": "Activity and members",
  "monitoring.drill.lastEvent": "Last recorded activity: {what}, {when} WIB.",
  "monitoring.drill.noEvent": "No activity of the region has been recorded yet.",
  "monitoring.drill.members":
    "{active} of {total} members signed in within the last 30 days; {secretaries} regional secretaries.",
  "monitoring.drill.membersTable": "The region's members",
  "monitoring.drill.memberName": "Name",
  "monitoring.drill.memberRole": "Role",
  "monitoring.drill.memberSeen": "Last signed in",
  "monitoring.drill.memberActive": "active",
  "monitoring.drill.commitmentsTitle": "Follow-up commitments",
  "monitoring.drill.adoptedTitle": "As the adopter",
  "monitoring.drill.adoptedCount":
    "{count} commitments of this region to replicate another region's work (every status), {stalled} of them stalled.",
  "monitoring.drill.mentoredTitle": "As the mentor",
  "monitoring.drill.mentoredCount":
    "{count} commitments of other regions to replicate this region's work (every status), {stalled} of them stalled.",
  "monitoring.drill.mentor": "Mentor region",
  "monitoring.drill.adopter": "Adopting region",
  "monitoring.drill.status": "Status",
  "monitoring.drill.due": "Due",
  "monitoring.drill.stalled": "Stalled",
  "monitoring.drill.stalledSince": "stalled since {day}",
  "monitoring.drill.notStalled": "no",

  "monitoring.remind.title": "Send a reminder",
  "monitoring.remind.lead":
    "Mails the regional secretaries the region's figures with links to their dashboard and tracker. At most one reminder per region every {days} days.",
  "monitoring.remind.button": "Send a reminder",
  "monitoring.remind.sent": "Reminder sent to {count} regional secretaries.",
  "monitoring.remind.tooSoon":
    "A reminder was sent to this region within the last {days} days. The next one can be sent from {next} WIB.",
  "monitoring.remind.noSecretary":
    "This region has no regional secretary on the portal, so nobody can receive a reminder. Invite its secretary first.",
  "monitoring.remind.last": "Last reminder: {when} WIB, by {by}.",
  "monitoring.remind.none": "No reminder has been sent to this region yet.",
  "monitoring.remind.next": "The next reminder can be sent from {next} WIB.",
  "monitoring.remind.notAllowed": "You cannot send reminders to this region.",

  "monitoring.error.forbidden":
    "The monitoring pages are for Kemendagri coordinators and province coordinators only.",
  "monitoring.error.forbiddenRegion": "This region is outside your monitoring scope.",
  "monitoring.error.remind": "You cannot send reminders to this region.",
  "monitoring.error.intent": "Unknown request.",
  "audit.action.monitoring.reminder_sent": "Reminder sent to the regional secretaries",
};
