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
  "participation.table": "Participation by region",
  "participation.empty": "No region matches these filters.",
  "participation.definitions":
    "What each figure means is in its column header: choose the “?” (What does this mean?).",
  "participation.download": "Download the data:",
  "participation.json": "JSON",
  "participation.csv": "CSV",
  "footer.participation": "Regions' participation",
} as const;
