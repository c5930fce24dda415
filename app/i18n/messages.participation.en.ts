// English: the public participation page (/partisipasi).
import type { participationMessagesId } from "./messages.participation.id";

export const participationMessagesEn: Record<keyof typeof participationMessagesId, string> = {
  "participation.title": "Regions' participation",
  "participation.lead":
    "How actively each region shares practices, code and evidence, and follows up its study visits. Aggregate figures only, no personal data.",
  "participation.summary":
    "{count} regions shown: {aktif} active, {kurang} less active, {tidak} inactive.",
  "participation.demo": "These figures include sample (demo) data.",
  "participation.filter.label": "Filter participation",
  "participation.filter.province": "Province",
  "participation.filter.allProvinces": "All provinces",
  "participation.filter.status": "Status",
  "participation.filter.allStatuses": "All statuses",
  "participation.filter.apply": "Apply",
  "participation.filter.clear": "Clear filters",
  "participation.filter.unknown": "Unknown filters were ignored: {names}.",
  "participation.status.aktif": "Active",
  "participation.status.kurang-aktif": "Less active",
  "participation.status.tidak-aktif": "Inactive",
  "participation.col.region": "Region",
  "participation.col.status": "Status",
  "participation.col.practices": "Practices published",
  "participation.col.software": "Code published",
  "participation.col.active": "Commitments under way",
  "participation.col.verified": "Verified replications",
  "participation.col.stalled": "Stalled commitments",
  "participation.col.evidence": "Evidence completeness {year}",
  "participation.table": "Participation by region",
  "participation.empty": "No region matches these filters.",
  "participation.whatTitle": "What does this mean?",
  "participation.what.status":
    "Status: active when something was recorded (a practice, evidence, a self-assessment, a commitment, a member invited) in the last 30 days; less active when in the last 90 days; inactive otherwise.",
  "participation.what.records": "Practices and code published: published, readable by anyone.",
  "participation.what.commitments":
    "Commitments under way: this region's follow-up commitments (as adopter), approved and not yet verified or cancelled. Stalled: no update for 30 days or a milestone 14 days overdue. Verified: replications verified by the mentor or a coordinator.",
  "participation.what.evidence":
    "Evidence completeness: the share of SPBE indicators with at least one evidence record for this year.",
  "participation.download": "Download the data:",
  "participation.json": "JSON",
  "participation.csv": "CSV",
  "footer.participation": "Regions' participation",
} as const;
