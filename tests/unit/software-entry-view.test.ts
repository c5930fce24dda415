// A software entry's page without a database: who may do what (software-entry-eligibility.ts) and
// what the page shows of a loaded entry (software-entry-view.server.ts).
import { describe, expect, it } from "vitest";
import type { Actor, RegionRoleName } from "../../app/auth/policy";
import {
  entryEligibility,
  type EligibilityEntry,
  type EntryViewer,
} from "../../app/modules/software/software-entry-eligibility";
import {
  releaseOutcomeOf,
  savedOutcomeOf,
  softwareEntryView,
  type SoftwareEntryRecord,
} from "../../app/modules/software/software-entry-view.server";

const OWN = { code: "32.11", name: "Kabupaten Sumedang" };
const RUNS_IT = { code: "32.73", name: "Kota Bandung" };
const OTHER = { code: "33.74", name: "Kota Semarang" };

function viewer(
  regions: Array<{ region: typeof OWN; role: RegionRoleName }>,
  flags: Partial<Pick<Actor, "isAdmin" | "isCoordinator">> = {},
): EntryViewer {
  return {
    id: "u",
    email: "u@example.id",
    isAdmin: false,
    isCoordinator: false,
    ...flags,
    memberships: regions.map(({ region, role }) => ({
      regionCode: region.code,
      regionName: region.name,
      role,
    })),
  };
}

const adoptions: EligibilityEntry["adoptions"] = [
  {
    id: "a1",
    status: "DECLARED",
    version: "1.2",
    serviceUrl: "https://x.go.id",
    region: RUNS_IT,
  },
];

const entry = (status: EligibilityEntry["status"]): EligibilityEntry => ({
  regionCode: OWN.code,
  status,
  adoptions,
});

describe("who may do what on a software entry's page", () => {
  it("lets an anonymous reader do nothing but read", () => {
    expect(entryEligibility(null, entry("PUBLISHED"))).toEqual({
      mayManage: false,
      mayReview: false,
      pending: [],
      ownAdoptions: [],
      declarableRegions: [],
    });
  });

  it("lets the owning region manage and decide on pending declarations, not declare its own", () => {
    const developer = viewer([{ region: OWN, role: "DEVELOPER" }]);
    const eligibility = entryEligibility(developer, entry("PUBLISHED"));
    expect(eligibility.mayManage).toBe(true);
    expect(eligibility.pending).toEqual([
      { id: "a1", region: RUNS_IT, version: "1.2", serviceUrl: "https://x.go.id" },
    ]);
    expect(eligibility.declarableRegions).toEqual([]);
    // A developer submits; publishing is the secretary's (or the centre's).
    expect(entryEligibility(developer, entry("SUBMITTED")).mayReview).toBe(false);
    const secretary = viewer([{ region: OWN, role: "SECRETARY" }]);
    expect(entryEligibility(secretary, entry("SUBMITTED")).mayReview).toBe(true);
    expect(entryEligibility(secretary, entry("PUBLISHED")).mayReview).toBe(false);
  });

  it("shows a pending declaration only while it waits for a decision", () => {
    const decided = {
      ...entry("PUBLISHED"),
      adoptions: [{ ...adoptions[0]!, status: "CONFIRMED" as const }],
    };
    const eligibility = entryEligibility(viewer([{ region: OWN, role: "SECRETARY" }]), decided);
    expect(eligibility.pending).toEqual([]);
  });

  it("lets another region withdraw its declaration and the regions without one declare", () => {
    const member = viewer([
      { region: RUNS_IT, role: "DEVELOPER" },
      { region: OTHER, role: "SECRETARY" },
    ]);
    const eligibility = entryEligibility(member, entry("PUBLISHED"));
    expect(eligibility.mayManage).toBe(false);
    expect(eligibility.pending).toEqual([]);
    expect(eligibility.ownAdoptions).toEqual([
      { region: RUNS_IT, status: "DECLARED", version: "1.2" },
    ]);
    expect(eligibility.declarableRegions).toEqual([OTHER]);
  });

  it("lets nobody declare running an entry that is not published yet", () => {
    const member = viewer([{ region: OTHER, role: "SECRETARY" }]);
    for (const status of ["DRAFT", "SUBMITTED"] as const) {
      expect(entryEligibility(member, entry(status)).declarableRegions, status).toEqual([]);
    }
  });

  it("gives the centre's coordinator review but no region's declarations", () => {
    const coordinator = viewer([], { isCoordinator: true });
    const eligibility = entryEligibility(coordinator, entry("SUBMITTED"));
    expect(eligibility.mayReview).toBe(true);
    expect(eligibility.ownAdoptions).toEqual([]);
    expect(eligibility.declarableRegions).toEqual([]);
  });
});

describe("the outcome a form carries back in the URL", () => {
  it("names a save of the new and edit forms, and nothing else", () => {
    expect(savedOutcomeOf("draft")).toBe("review.saved.draft");
    expect(savedOutcomeOf("submitted")).toBe("review.saved.submitted");
    expect(savedOutcomeOf("updated")).toBe("review.saved.updated");
    expect(savedOutcomeOf("published")).toBe("review.page.published");
    expect(savedOutcomeOf("deleted")).toBeNull();
    expect(savedOutcomeOf(null)).toBeNull();
  });

  it("says that a release was added or why not, and an unknown outcome still says it was not", () => {
    expect(releaseOutcomeOf("added")).toBe("release.added");
    expect(releaseOutcomeOf("release.error.exists")).toBe("release.error.exists");
    expect(releaseOutcomeOf("limits.error.writes")).toBe("limits.error.writes");
    expect(releaseOutcomeOf("auth.error.rateLimited")).toBe("error.badRequest.body");
    expect(releaseOutcomeOf("<script>")).toBe("error.badRequest.body");
    expect(releaseOutcomeOf(null)).toBeNull();
  });
});

function record(overrides: Partial<SoftwareEntryRecord> = {}): SoftwareEntryRecord {
  return {
    slug: "sikantor",
    name: "SiKantor",
    url: "https://github.com/pemkab-sumedang/sikantor.git",
    landingUrl: null,
    license: "AGPL-3.0-or-later",
    developmentStatus: "stable",
    softwareType: "standalone/web",
    platforms: ["web"],
    categories: ["document-management"],
    tech: ["PHP"],
    requirements: null,
    isDemo: true,
    region: { code: OWN.code, name: OWN.name, province: { name: "Jawa Barat" } },
    regionCode: OWN.code,
    status: "PUBLISHED",
    indicators: [
      { indicator: { number: 7, title: "Layanan Naskah Dinas", titleEn: "Official letters" } },
    ],
    releases: [
      {
        id: "r1",
        version: "2.0",
        releaseDate: new Date("2025-03-04T00:00:00Z"),
        changelog: "",
        sha256: null,
        archiveName: null,
      },
    ],
    adoptions: [
      ...adoptions,
      { ...adoptions[0]!, id: "a2", status: "CONFIRMED" as const, region: OTHER, version: null },
    ].map((a) => ({ ...a, since: null })),
    practices: [
      { practice: { slug: "naskah", title: "Naskah dinas elektronik", status: "PUBLISHED" } },
      { practice: { slug: "draf", title: "Draf", status: "DRAFT" } },
    ],
    readiness: { score: 40, reasons: [] },
    readme: "",
    publiccode: {
      descriptions: {
        id: { shortDescription: "Surat", longDescription: "**Tebal** <script>alert(1)</script>" },
        en: { shortDescription: "Letters" },
      },
      maintenance: { type: "internal", contacts: [{ name: "Dewi" }] },
    },
    ...overrides,
  };
}

describe("what a software entry's page shows", () => {
  const url = new URL("https://portal.example/software/sikantor?saved=updated&release=added");

  it("shows confirmed adopters, published practices and release dates as days", () => {
    const view = softwareEntryView(record(), null, url);
    expect(view.entry.adopters).toEqual([{ region: OTHER, version: null }]);
    expect(view.entry.practices.map((p) => p.slug)).toEqual(["naskah"]);
    expect(view.entry.releases.map((r) => r.releaseDate)).toEqual(["2025-03-04"]);
    expect(view.entry.indicators).toEqual([
      { number: 7, title: "Layanan Naskah Dinas", titleEn: "Official letters" },
    ]);
    expect(view.saved).toBe("review.saved.updated");
    expect(view.releaseOutcome).toBe("release.added");
    expect(view.maintenance).toEqual({ type: "internal", contacts: [{ name: "Dewi" }] });
  });

  it("renders each language's long description and the README as sanitised HTML", () => {
    const view = softwareEntryView(
      record({ readme: "# Pasang\n\n[x](javascript:alert(1))" }),
      null,
      url,
    );
    const html = view.descriptions.id!.longDescriptionHtml;
    expect(html).toContain("<strong>Tebal</strong>");
    expect(html).not.toContain("<script");
    expect(view.descriptions.en!.longDescriptionHtml).toBe("");
    expect(view.entry.readmeHtml).toMatch(/<h\d>Pasang<\/h\d>/);
    expect(view.entry.readmeHtml).not.toContain("javascript:");
    expect(softwareEntryView(record(), null, url).entry.readmeHtml).toBe("");
  });

  it("hands the viewer's permissions to the page", () => {
    const owner = viewer([{ region: OWN, role: "DEVELOPER" }]);
    expect(softwareEntryView(record(), owner, url)).toMatchObject({
      mayManage: true,
      mayReview: false,
      status: "PUBLISHED",
      pending: [{ id: "a1", region: RUNS_IT, version: "1.2", serviceUrl: "https://x.go.id" }],
    });
    expect(softwareEntryView(record(), null, url)).toMatchObject({ mayManage: false, pending: [] });
  });
});
