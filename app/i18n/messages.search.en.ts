// English: the search page, the header search box and the search API.
import type { searchMessagesId } from "./messages.search.id";

export const searchMessagesEn: Record<keyof typeof searchMessagesId, string> = {
  "search.title": "Search",
  "search.lead":
    "One search for good practices, the code catalogue, regions and SPBE indicators. Describe what you need in your own words.",
  "search.label": "Search terms",
  "search.placeholder": "e.g. complaint service, TTE official letters, SPBE architecture",
  "search.submit": "Search",
  "search.header.label": "Search the portal",
  "search.header.placeholder": "Search\u2026",
  "search.header.shortcut": "Press Ctrl+K to search from any page.",
  "search.syntaxHelp":
    "Quotes for an exact phrase (\u201ctanda tangan\u201d), a minus to leave a word out (-desa), \u201cor\u201d for either word.",
  "search.keyboardHelp":
    "Arrow down from the search box to pick a result, arrow up and down to move, Enter to open, Esc to go back to the box.",
  "search.results": "{count} results for \u201c{q}\u201d",
  "search.resultsFiltered": "{count} results",
  "search.loading": "Searching\u2026",
  "search.didYouMean": "Did you mean:",
  "search.corrected":
    "Nothing found for \u201c{q}\u201d. The results below are for \u201c{suggestion}\u201d.",
  "search.start.title": "What are you looking for?",
  "search.start.body":
    "Type a service, a problem to solve, an SPBE indicator's number or name, or a region. Results appear as you type.",
  "search.empty.title": "No results",
  "search.empty.body":
    "Nothing matches \u201c{q}\u201d. Try other or broader words, check the spelling, or remove filters.",
  "search.error.title": "Search is unavailable right now",
  "search.error.body":
    "The search engine did not answer. Try again in a moment; the rest of the portal still works.",
  "search.error.invalid": "The search parameter \u201c{field}\u201d is not valid.",
  "search.filters": "Filter results",
  "search.clearFilters": "Clear all filters",
  "search.removeFilter": "Remove filter: {value}",
  "search.facet.type": "Type",
  "search.facet.province": "Province",
  "search.facet.region": "Region",
  "search.facet.indicator": "SPBE indicator",
  "search.facet.dimension": "Smart city dimension",
  "search.facet.year": "Year",
  "search.facet.count": "{count} results",
  "search.type.practice": "Good practice",
  "search.type.software": "Code catalogue",
  "search.type.region": "Region",
  "search.type.indicator": "SPBE indicator",
  "search.type.evidence": "Evidence",
  "search.type.commitment": "Follow-up commitment",
  "search.indicator": "Indicator {number}",
  "search.resultsLabel": "Search results",
};
