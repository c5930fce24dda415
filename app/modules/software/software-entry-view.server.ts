// What a software entry's page shows: the entry as loaded, its Markdown rendered and sanitised,
// the viewer's permissions (software-entry-eligibility.ts) and the outcome a form sent back in
// the URL. No database: the loader reads the entry and the viewer and hands them here.
import type { MessageKey } from "~/i18n/translate";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import type { PubliccodeData } from "./publiccode";
import { entryEligibility, type EntryViewer } from "./software-entry-eligibility";
import type { getSoftwareBySlug } from "./software-queries.server";

/** The fields of an entry as loaded (getSoftwareBySlug) that its page shows. */
export type SoftwareEntryRecord = Pick<
  Awaited<ReturnType<typeof getSoftwareBySlug>>,
  | "slug"
  | "name"
  | "url"
  | "landingUrl"
  | "license"
  | "developmentStatus"
  | "softwareType"
  | "platforms"
  | "categories"
  | "tech"
  | "requirements"
  | "isDemo"
  | "region"
  | "regionCode"
  | "status"
  | "indicators"
  | "releases"
  | "adoptions"
  | "practices"
  | "readiness"
  | "readme"
  | "publiccode"
>;

/** What the new and edit forms carry back in the URL after a save. */
export function savedOutcomeOf(value: string | null): MessageKey | null {
  if (value === "draft") return "review.saved.draft";
  if (value === "submitted") return "review.saved.submitted";
  if (value === "updated") return "review.saved.updated";
  if (value === "published") return "review.page.published";
  return null;
}

const RELEASE_OUTCOMES: MessageKey[] = [
  "release.added",
  "release.error.version",
  "release.error.exists",
  "release.error.changelog",
  "adoption.error.date",
  "http.error.malformedForm",
  "upload.error.plain",
  "upload.error.noFile",
  "limits.error.writes",
];

/** What the release form (POST /software/:slug/releases) carries back in the URL. */
export function releaseOutcomeOf(value: string | null): MessageKey | null {
  if (value === "added") return "release.added";
  if (value === null) return null;
  // An outcome this page does not know still says that the release was not added.
  return RELEASE_OUTCOMES.find((key) => key === value) ?? "error.badRequest.body";
}

const markdownHtml = (markdown: string | null | undefined) =>
  markdown ? renderMarkdown(markdown) : "";

export function softwareEntryView(entry: SoftwareEntryRecord, viewer: EntryViewer, url: URL) {
  const { mayManage, mayReview, pending, ownAdoptions, declarableRegions } = entryEligibility(
    viewer,
    entry,
  );
  const data = entry.publiccode as unknown as PubliccodeData;
  return {
    entry: {
      slug: entry.slug,
      name: entry.name,
      url: entry.url,
      landingUrl: entry.landingUrl,
      license: entry.license,
      developmentStatus: entry.developmentStatus,
      softwareType: entry.softwareType,
      platforms: entry.platforms,
      categories: entry.categories,
      tech: entry.tech,
      requirements: entry.requirements,
      isDemo: entry.isDemo,
      region: entry.region,
      indicators: entry.indicators.map((i) => i.indicator),
      releases: entry.releases.map((r) => ({
        ...r,
        releaseDate: r.releaseDate.toISOString().slice(0, 10),
      })),
      adopters: entry.adoptions
        .filter((a) => a.status === "CONFIRMED")
        .map((a) => ({ region: a.region, version: a.version })),
      practices: entry.practices.map((p) => p.practice).filter((p) => p.status === "PUBLISHED"),
      readiness: entry.readiness,
      readmeHtml: markdownHtml(entry.readme),
    },
    pending,
    declarableRegions,
    ownAdoptions,
    mayManage,
    status: entry.status,
    mayReview,
    saved: savedOutcomeOf(url.searchParams.get("saved")),
    releaseOutcome: releaseOutcomeOf(url.searchParams.get("release")),
    // publiccode.yml's longDescription is Markdown: rendered and sanitised like every other.
    descriptions: Object.fromEntries(
      Object.entries(data.descriptions).map(([lang, d]) => [
        lang,
        { ...d, longDescriptionHtml: markdownHtml(d.longDescription) },
      ]),
    ),
    maintenance: data.maintenance,
  };
}
