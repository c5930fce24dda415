// English: the province view (/provinces/:code) and the province coordinator's links.
import type { provinceMessagesId } from "./messages.province.id";

export const provinceMessagesEn: Record<keyof typeof provinceMessagesId, string> = {
  "province.title": "{name} Province",
  "province.lead":
    "The province's kabupaten/kota with the same participation figures as the regions' participation page, and the province's roll-up beside the national figures.",
  "province.notFound":
    "This province is not known. A province code has two digits, for example 32 for Jawa Barat.",
  "province.demo": "These figures include sample (demo) data.",
  "province.rollupTitle": "Roll-up",
  "province.rollupTable": "Province and national roll-up",
  "province.col.figure": "Figure",
  "province.col.national": "National",
  "province.row.regions": "Kabupaten/kota (count)",
  "province.row.status": "Status: {status} (count of kabupaten/kota)",
  "province.row.practices": "Published practices (count)",
  "province.row.software": "Published code (count)",
  "province.row.active": "Commitments under way (count)",
  "province.row.verified": "Verified replications (count)",
  "province.row.stalled": "Stalled commitments (count)",
  "province.row.evidence": "Average evidence completeness {year}",
  "province.membersTitle": "Members-level figures",
  "province.membersTable": "The province's members-level figures",
  "province.membersExplain": "Shown to you as a coordinator: not shown to the public.",
  "province.membersHidden":
    "Each region's active members and last activity are seen only by Kemendagri coordinators and this province's coordinators.",
  "province.row.activeMembers": "Active members (count)",
  "province.row.regionsWithActiveMembers": "Kabupaten/kota with active members (count)",
  "province.row.lastActivity": "Last activity",
  "province.nationalHidden": "not for your role",
  "province.regionsTitle": "Kabupaten/kota",
  "province.regionsTable": "Participation of the kabupaten/kota of {name}",
  "province.col.activeMembers": "Active members",
  "province.col.lastActivity": "Last activity",
  "province.never": "none yet",
  "province.what.national":
    "National: the same figures for all {count} kabupaten/kota of Indonesia, beside the province's.",
  "province.what.average":
    "Average evidence completeness: the mean of each kabupaten/kota's evidence completeness; every region counts once, however many of its indicators have evidence.",
  "province.what.members":
    "Active members: the region's staff (secretaries and developers) who signed in to the portal in the last 30 days; the province's figure adds up those of its kabupaten/kota. Last activity: the latest activity recorded for the region.",
  "province.col.province": "Province",
  "province.dashboardTitle": "Provinces you coordinate",
  "province.dashboardLink": "Monitor the participation of {name} Province",
} as const;
