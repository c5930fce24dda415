// English: the participation thresholds' settings page (/monitoring/settings).
import type { thresholdMessagesId } from "./messages.thresholds.id";

export const thresholdMessagesEn: Record<keyof typeof thresholdMessagesId, string> = {
  "thresholds.title": "Participation status thresholds",
  "thresholds.back": "Back to Regional monitoring",
  "thresholds.intro":
    "Each region's status (active, less active, inactive) comes from its last activity. These thresholds apply on every participation page, export and API.",
  "thresholds.field.activeDays": "Active: activity within the last how many days",
  "thresholds.field.lessActiveDays": "Less active: activity within the last how many days",
  "thresholds.hint":
    "Whole numbers from 1 to 365; the active threshold must be below the less active one.",
  "thresholds.save": "Save thresholds",
  "thresholds.saved": "Thresholds saved; they apply at once.",
  "thresholds.unchanged": "Nothing changed: these are the thresholds in force.",
  "thresholds.default": "Never changed: the defaults ({activeDays} and {lessActiveDays} days).",
  "thresholds.lastChange": "Last changed {at} by {by}.",
  "thresholds.lastChangeUnknown": "Last changed {at}.",
  "thresholds.error.required": "Enter a number of days.",
  "thresholds.error.integer": "Write a whole number without a comma or point, e.g. 30.",
  "thresholds.error.range": "The number of days must be between 1 and 365.",
  "thresholds.error.order": "The less active threshold must be greater than the active one.",
  "audit.action.participation_thresholds.updated": "Participation status thresholds changed",
  "audit.detail.activeDaysBefore": "Active threshold before (days)",
  "audit.detail.activeDaysAfter": "Active threshold after (days)",
  "audit.detail.lessActiveDaysBefore": "Less active threshold before (days)",
  "audit.detail.lessActiveDaysAfter": "Less active threshold after (days)",
};
