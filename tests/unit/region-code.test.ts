// Kemendagri region codes ("32.11"), checked by one schema everywhere a code is read.
import { describe, expect, it } from "vitest";
import { regionCodeSchema, regionCodeSchemaWith } from "../../app/modules/regions/regions.schema";

describe("region codes", () => {
  it("accepts a kabupaten/kota code and nothing else", () => {
    expect(regionCodeSchema.safeParse("32.11").success).toBe(true);
    for (const bad of ["3211", "32.1", "32.111", "32", " 32.11", "32.11 ", "aa.bb", "32-11", ""]) {
      expect(regionCodeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("carries each form's own message key", () => {
    const result = regionCodeSchemaWith("audit.error.badRegion").safeParse("32.1");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("audit.error.badRegion");
    expect(regionCodeSchemaWith("form.error.regionInvalid").parse("32.73")).toBe("32.73");
  });
});
