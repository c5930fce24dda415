// Controlled vocabularies of the publiccode.yml standard and ISO 3166-1 alpha-2 country codes.
// Lists follow publiccodeyml/publiccode.yml (docs/standard/categories-list.rst, scope-list.rst)
// and the reference parser italia/publiccode-parser-go (validators/v0.go).

export const DEVELOPMENT_STATUSES = [
  "concept",
  "development",
  "beta",
  "stable",
  "obsolete",
] as const;

export const SOFTWARE_TYPES = [
  "standalone/mobile",
  "standalone/iot",
  "standalone/desktop",
  "standalone/web",
  "standalone/backend",
  "standalone/other",
  "addon",
  "library",
  "configurationFiles",
] as const;

export const MAINTENANCE_TYPES = ["internal", "contract", "community", "none"] as const;

/** Predefined platform values; other human-readable values are allowed. */
export const KNOWN_PLATFORMS = ["web", "windows", "mac", "linux", "ios", "android"] as const;

export const CATEGORIES: ReadonlySet<string> = new Set([
  "accounting",
  "agile-project-management",
  "applicant-tracking",
  "application-development",
  "appointment-scheduling",
  "backup",
  "billing-and-invoicing",
  "blog",
  "budgeting",
  "business-intelligence",
  "business-process-management",
  "cad",
  "call-center-management",
  "cloud-management",
  "collaboration",
  "communications",
  "compliance-management",
  "contact-management",
  "content-management",
  "crm",
  "customer-service-and-support",
  "data-analytics",
  "data-collection",
  "data-visualization",
  "design",
  "design-system",
  "digital-asset-management",
  "digital-citizenship",
  "document-management",
  "donor-management",
  "e-commerce",
  "e-signature",
  "educational-content",
  "email-management",
  "email-marketing",
  "employee-management",
  "enterprise-project-management",
  "enterprise-social-networking",
  "erp",
  "event-management",
  "facility-management",
  "feedback-and-reviews-management",
  "financial-reporting",
  "fleet-management",
  "fundraising",
  "gamification",
  "geographic-information-systems",
  "grant-management",
  "graphic-design",
  "help-desk",
  "hr",
  "ide",
  "identity-management",
  "instant-messaging",
  "integrated-library-system",
  "inventory-management",
  "it-asset-management",
  "it-development",
  "it-management",
  "it-security",
  "it-service-management",
  "knowledge-management",
  "learning-management-system",
  "marketing",
  "mind-mapping",
  "mobile-marketing",
  "mobile-payment",
  "network-management",
  "office",
  "online-booking",
  "online-community",
  "payment-gateway",
  "payroll",
  "predictive-analysis",
  "procurement",
  "productivity-suite",
  "project-collaboration",
  "project-management",
  "property-management",
  "real-estate-management",
  "regulations-and-directives",
  "remote-support",
  "resource-management",
  "sales-management",
  "seo",
  "service-desk",
  "social-media-management",
  "survey",
  "talent-management",
  "task-management",
  "taxes-management",
  "test-management",
  "time-management",
  "time-tracking",
  "translation",
  "video-conferencing",
  "video-editing",
  "visitor-management",
  "voip",
  "warehouse-management",
  "web-collaboration",
  "web-conferencing",
  "whistleblowing",
  "website-builder",
  "workflow-management",
  "other",
]);

export const SCOPES: ReadonlySet<string> = new Set([
  "agriculture",
  "culture",
  "defence",
  "education",
  "emergency-services",
  "employment",
  "energy",
  "environment",
  "finance-and-economic-development",
  "foreign-affairs",
  "government",
  "healthcare",
  "infrastructures",
  "justice",
  "local-authorities",
  "manufacturing",
  "research",
  "science-and-technology",
  "security",
  "society",
  "sport",
  "tourism",
  "transportation",
  "welfare",
]);

/** ISO 3166-1 alpha-2 officially assigned codes (249), upper case. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ " +
    "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ " +
    "DE DJ DK DM DO DZ " +
    "EC EE EG EH ER ES ET " +
    "FI FJ FK FM FO FR " +
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY " +
    "HK HM HN HR HT HU " +
    "ID IE IL IM IN IO IQ IR IS IT " +
    "JE JM JO JP " +
    "KE KG KH KI KM KN KP KR KW KY KZ " +
    "LA LB LC LI LK LR LS LT LU LV LY " +
    "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
    "NA NC NE NF NG NI NL NO NP NR NU NZ " +
    "OM " +
    "PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
    "QA " +
    "RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
    "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
    "UA UG UM US UY UZ " +
    "VA VC VE VG VI VN VU " +
    "WF WS " +
    "YE YT " +
    "ZA ZM ZW"
  ).split(" "),
);
