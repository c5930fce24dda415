import { describe, expect, it } from "vitest";
import { isOsiApproved, readinessOf } from "../../app/modules/software/readiness";

describe("ready-to-replicate score", () => {
  it("recognises OSI-approved licence expressions", () => {
    expect(isOsiApproved("GPL-3.0-or-later")).toBe(true);
    expect(isOsiApproved("MIT OR Apache-2.0")).toBe(true);
    expect(isOsiApproved("(MIT AND BSD-3-Clause)")).toBe(true);
    expect(isOsiApproved("GPL-2.0-or-later WITH Classpath-exception-2.0")).toBe(true);
    expect(isOsiApproved("CC-BY-4.0")).toBe(false);
    expect(isOsiApproved("LicenseRef-Proprietary")).toBe(false);
  });

  it("adds up its reasons and says which are missing", () => {
    const now = new Date("2026-11-25");
    const full = readinessOf({
      longDescriptionLength: 800,
      featureCount: 5,
      hasDocumentation: true,
      license: "AGPL-3.0-or-later",
      maintenanceContacts: 2,
      confirmedAdopters: 3,
      lastReleaseDate: new Date("2026-06-01"),
      now,
    });
    expect(full.score).toBe(100);
    const weak = readinessOf({
      longDescriptionLength: 100,
      featureCount: 0,
      hasDocumentation: false,
      license: "LicenseRef-Proprietary",
      maintenanceContacts: 0,
      confirmedAdopters: 0,
      lastReleaseDate: new Date("2023-01-01"),
      now,
    });
    expect(weak.score).toBe(0);
    expect(weak.reasons.filter((r) => !r.met).map((r) => r.key)).toEqual([
      "readiness.documentation",
      "readiness.license",
      "readiness.contacts",
      "readiness.adopters",
      "readiness.recentRelease",
    ]);
  });
});
