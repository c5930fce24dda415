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
  "province.membersTitle": "Members-level figures",
  "province.membersTable": "The province's members-level figures",
  "province.membersExplain": "Shown to you as a coordinator: not shown to the public.",
  "province.membersHidden":
    "Each region's active members and last activity are seen only by Kemendagri coordinators and this province's coordinators.",
  "province.row.regionsWithActiveMembers": "Kabupaten/kota with active members (count)",
  "province.row.lastActivity": "Last activity (the latest)",
  "province.nationalHidden": "not for your role",
  "province.regionsTitle": "Kabupaten/kota",
  "province.regionsTable": "Participation of the kabupaten/kota of {name}",
  "province.never": "none yet",
  "province.what.national":
    "National: the same figures for all {count} kabupaten/kota of Indonesia, beside the province's.",
  "province.row.sum": "{label} (total)",
  "province.row.average": "{label}: mean of the kabupaten/kota",
  "province.what.sum":
    "Total: the figures of every kabupaten/kota added up; a member of two regions counts in both.",
  "province.what.average":
    "Average evidence completeness: the mean of each kabupaten/kota's evidence completeness; every region counts once, however many of its indicators have evidence.",
  "province.col.province": "Province",
  "province.dashboardTitle": "Provinces you coordinate",
  "province.dashboardLink": "Monitor the participation of {name} Province",
  "province.dashboardMonitoring":
    "Monitoring table of the regencies and cities of {name} Province: status, alerts, reminders, downloads",
} as const;
