import { describe, expect, it } from "vitest";
import { currentYear } from "../../app/utils/calendar";

describe("currentYear", () => {
  it("counts the year in WIB: 17:00 UTC on 31 December is already the next year in Jakarta", () => {
    expect(currentYear(new Date("2026-12-31T16:59:59Z"))).toBe(2026);
    expect(currentYear(new Date("2026-12-31T17:00:00Z"))).toBe(2027);
  });
});
