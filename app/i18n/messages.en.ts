// English. The type makes every Indonesian key required here.
import type { MessageKey } from "./messages.id";
import { SPBE_INDICATOR_COUNT } from "../modules/spbe/framework";
import { accountMessagesEn } from "./messages.accounts.en";
import { authoringMessagesEn } from "./messages.authoring.en";
import { browseMessagesEn } from "./messages.browse.en";
import { httpMessagesEn } from "./messages.http.en";
import { mailMessagesEn } from "./messages.mail.en";
import { practiceMessagesEn } from "./messages.practices.en";
import { publiccodeMessagesEn } from "./messages.publiccode.en";
import { reviewMessagesEn } from "./messages.review.en";
import { assessmentMessagesEn } from "./messages.assessment.en";
import { evidenceMessagesEn } from "./messages.evidence.en";
import { evidenceReviewMessagesEn } from "./messages.evidence-review.en";
import { libraryMessagesEn } from "./messages.library.en";
import { officialMessagesEn } from "./messages.official.en";
import { tokenMessagesEn } from "./messages.tokens.en";
import { trackerMessagesEn } from "./messages.tracker.en";
import { visitsMessagesEn } from "./messages.visits.en";
import { notifyMessagesEn } from "./messages.notify.en";
import { trackerViewMessagesEn } from "./messages.tracker-views.en";
import { replicationMessagesEn } from "./messages.replications.en";
import { participationMessagesEn } from "./messages.participation.en";
import { chartMessagesEn } from "./messages.charts.en";
import { monitoringMessagesEn } from "./messages.monitoring.en";
import { provinceMessagesEn } from "./messages.province.en";
import { figureMessagesEn } from "./messages.figures.en";
import { thresholdMessagesEn } from "./messages.thresholds.en";
import { dashboardMessagesEn } from "./messages.dashboard.en";
import { searchMessagesEn } from "./messages.search.en";
import { shellMessagesEn } from "./messages.shell.en";

export const en: Record<MessageKey, string> = {
  ...httpMessagesEn,
  ...mailMessagesEn,
  ...accountMessagesEn,
  ...practiceMessagesEn,
  ...publiccodeMessagesEn,
  ...searchMessagesEn,
  ...shellMessagesEn,
  ...authoringMessagesEn,
  ...browseMessagesEn,
  ...reviewMessagesEn,
  ...assessmentMessagesEn,
  ...evidenceMessagesEn,
  ...evidenceReviewMessagesEn,
  ...libraryMessagesEn,
  ...officialMessagesEn,
  ...tokenMessagesEn,
  ...trackerMessagesEn,
  ...visitsMessagesEn,
  ...notifyMessagesEn,
  ...trackerViewMessagesEn,
  ...replicationMessagesEn,
  ...participationMessagesEn,
  ...chartMessagesEn,
  ...monitoringMessagesEn,
  ...provinceMessagesEn,
  ...figureMessagesEn,
  ...thresholdMessagesEn,
  ...dashboardMessagesEn,
  "app.name": "Digital Service Living Lab",
  "app.tagline": "Peer replication of SPBE between regions",
  "shell.skipToContent": "Skip to main content",
  "nav.label": "Main navigation",
  "nav.home": "Home",
  "nav.practices": "Good practices",
  "nav.software": "Code catalogue",
  "nav.evidence": "SPBE evidence",
  "nav.regions": "Regions",
  "nav.spbe": "SPBE indicators",
  "nav.tracker": "Follow-up tracker",
  "nav.dashboard": "Dashboard",
  "nav.search": "Search",
  "language.switchLabel": "Choose language",
  "language.id": "Bahasa Indonesia",
  "language.en": "English",
  "breadcrumb.label": "Breadcrumb",
  "demo.label": "demo",
  "demo.explanation": "Sample data for demonstration, not official data.",
  "link.notHttp": "(this address is not http:// or https://, so it is not linked)",
  "footer.about":
    "An initiative of Kabupaten Sumedang and the Ministry of Home Affairs so that regions stop at study visits no longer and start replicating what works: sharing source code, good practices and SPBE evidence, and tracking the follow-up.",
  "footer.linksLabel": "Data links",
  "footer.api": "Open data API (JSON)",
  "footer.status": "Service status",
  "footer.dataSources":
    "Region data: idn-area-data (ODbL). SPBE framework: PermenPANRB Regulation No. 59 of 2020.",
  "error.notFound.title": "Page not found",
  "error.notFound.body":
    "The address you opened does not exist or has moved. Check the address, or start from the home page.",
  "error.generic.title": "Something went wrong",
  "error.generic.body": "Sorry, this page cannot be shown right now. Please try again in a moment.",
  "error.backHome": "Back to the home page",
  "error.browseRegions": "Browse regions",
  "common.error.badPage": "The page number must be a whole number from 1 to 1000.",
  "common.error.badLimit": "The page size must be a whole number from 1 to 600.",
  "pagination.label": "Result pages",
  "pagination.previous": "← Previous",
  "pagination.next": "Next →",
  "pagination.status": "Page {page} of {pageCount}",
  "home.metaTitle": "Digital Service Living Lab · Peer replication of SPBE between regions",
  "home.eyebrow": "Indonesian Digital Service Living Lab",
  "home.title": "From study visits to replication",
  "home.lead":
    "A shared space where regional governments share source code, good practices and SPBE evidence, find what worked elsewhere, and track their follow-up.",
  "home.ctaRegions": "Browse regions",
  "home.ctaSpbe": `See the ${SPBE_INDICATOR_COUNT} SPBE indicators`,
  "home.figuresTitle": "What the portal holds today",
  "home.statProvinces": "provinces",
  "home.statRegions": "kabupaten/kota",
  "home.statIndicators": "SPBE indicators",
  "home.statPilot": "participating regions of the pilot cohort",
  "home.howTitle": "How replication works",
  "home.step1Title": "Find",
  "home.step1Body":
    "Look for good practices, applications and evidence from other regions by the SPBE indicator you want to raise.",
  "home.step2Title": "Replicate",
  "home.step2Body":
    "Use the source code and replication guides that the owning region shares, with its contact people.",
  "home.step3Title": "Follow up",
  "home.step3Body":
    "Record your region's commitments, report progress, and let peers see the results.",
  "home.originTitle": "Where the Living Lab comes from",
  "home.originBody":
    "The Living Lab was initiated by Kabupaten Sumedang with the Ministry of Home Affairs (Directorate General of Regional Administration), KemenPAN-RB and Wantiknas at a coordination meeting on 1 November 2022 in Jakarta. Its pilot cohort has 62 kabupaten/kota: 52 regions that made study visits to Sumedang and the 10 regions with the best SPBE index.",
  "regions.metaTitle": "Regions · Living Lab",
  "regions.title": "Regions",
  "regions.lead": "All 514 kabupaten/kota in 38 provinces, with their Kemendagri area codes.",
  "regions.filterLabel": "Filter regions",
  "regions.searchLabel": "Region name or code",
  "regions.searchPlaceholder": "e.g. Sumedang or 32.11",
  "regions.provinceLabel": "Province",
  "regions.allProvinces": "All provinces",
  "regions.cohortLabel": "Cohort",
  "regions.allRegions": "All regions",
  "regions.apply": "Apply",
  "regions.resultCount": "{count} regions found",
  "regions.empty": "No region matches this search.",
  "regions.clearFilters": "Clear all filters",
  "regions.kind.kabupaten": "Regency (kabupaten)",
  "regions.kind.kota": "City (kota)",
  "regions.demoCohortNote":
    "The members of this pilot cohort are a demo sample; the official list has not been published.",
  "regions.attribution":
    "Region data from the idn-area-data package (fityannugroho), licensed under the Open Database License (ODbL) 1.0.",
  "regions.error.queryTooLong": "The search text is too long (100 characters at most).",
  "regions.error.badProvince": "A province code is two digits, for example 32.",
  "regions.error.badCohort": "Unknown cohort.",
  "region.kind": "Kind",
  "region.province": "Province",
  "region.code": "Area code",
  "region.cohortsTitle": "Cohorts",
  "region.cohortsEmpty": "This region is not in any cohort yet.",
  "region.cohortHost": "host",
  "region.cohortMember": "member (study visit)",
  "region.cohortTopIndex": "member (top SPBE index)",
  "region.indexTitle": "SPBE index history",
  "region.practicesTitle": "Good practices",
  "region.practicesEmpty": "This region has not published any good practice yet.",
  "region.softwareTitle": "Code shared and used",
  "region.softwareEmpty": "This region has not shared or adopted any application yet.",
  "spbe.metaTitle": "SPBE indicators · Living Lab",
  "spbe.title": "The SPBE evaluation framework",
  "spbe.summary":
    "{domains} domains and {indicators} indicators; the indicator weights add up to {total} %. The SPBE index is the weighted sum of each indicator's maturity level, on a scale of 0 to 5.",
  "spbe.levelsTitle": "Maturity levels",
  "spbe.predicatesTitle": "Index predicates",
  "spbe.predicate": "Predicate",
  "spbe.indexRange": "Index range",
  "spbe.domain": "Domain {number}",
  "spbe.aspect": "Aspect {number}",
  "spbe.aspectLabel": "Aspect",
  "spbe.number": "No.",
  "spbe.indicator": "Indicator",
  "spbe.weight": "Weight",
  "spbe.indicatorNumber": "Indicator {number}",
  "spbe.levelsForIndicator": "Criteria for each maturity level",
  "spbe.levelHeading": "Level {level}: {name}",
  "spbe.evidenceExpected": "Evidence expected",
  "spbe.crosswalkTitle": "Equivalents in other frameworks",
  "spbe.indicatorPager": "Previous and next indicator",
};
