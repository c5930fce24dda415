// English: official SPBE results entered by a coordinator, and the regions at level 4-5 on an
// indicator page.
import type { officialMessagesId } from "./messages.official.id";

export const officialMessagesEn: Record<keyof typeof officialMessagesId, string> = {
  "official.title": "Official SPBE result {year}",
  "official.intro":
    "Enter the official SPBE evaluation result of {region} for {year}: its index and, where known, the level of each indicator. Official results are public and shown beside the self-assessment.",
  "official.current": "Now: {index}",
  "official.currentDemo":
    "The figure there now is demo data; the one you enter replaces it and is not demo.",
  "official.none": "No official result for this year yet.",
  "official.field.index": "Official SPBE index",
  "official.field.indexHint": "0.00 to 5.00, at most two decimals (3.52 or 3,52).",
  "official.field.source": "Source",
  "official.field.sourceHint": 'For example "Decree of the Minister of PANRB No. … of …".',
  "official.levels.title": "Level per indicator (where known)",
  "official.levels.hint": "Leave an indicator empty when its official level is not known.",
  "official.save": "Save official result",
  "official.saved": "Official result {year} saved.",
  "official.enterLink": "Enter or change the official result {year}",
  "official.backLink": "Back to the self-assessment {year}",
  "official.error.indexRequired": "Enter the official index.",
  "official.error.indexFormat":
    "Write the index as a number from 0 to 5 with at most two decimals, e.g. 3.52.",
  "official.error.indexRange": "The index is at most 5.00.",
  "official.error.sourceRequired":
    "Name the source of the official result (at least 3 characters).",
  "official.error.sourceTooLong": "The source has at most 200 characters.",
  "audit.action.official_result.entered": "Official SPBE result entered",
  "indicatorPeers.title": "Regions at level 4–5 on this indicator",
  "indicatorPeers.intro":
    "Each region's latest level from the last three years ({from}–{to}). Official results first; self-assessments are shown apart.",
  "indicatorPeers.official": "Official results",
  "indicatorPeers.selfAssessed": "Self-assessments (for members)",
  "indicatorPeers.signIn":
    "Sign in as a member of a region to see other regions' self-assessments too.",
  "indicatorPeers.none": "No region yet.",
  "indicatorPeers.practices": "Good practices: ",
  "indicatorPeers.allPractices": "this region's good practices",
} as const;
