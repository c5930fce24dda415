import { describe, expect, it } from "vitest";
import { currentYear, dayOfDate, isCalendarDay, todayInWib } from "../../app/utils/calendar";

describe("currentYear", () => {
  it("counts the year in WIB: 17:00 UTC on 31 December is already the next year in Jakarta", () => {
    expect(currentYear(new Date("2026-12-31T16:59:59Z"))).toBe(2026);
    expect(currentYear(new Date("2026-12-31T17:00:00Z"))).toBe(2027);
  });
});

describe("calendar days", () => {
  it("names today's day in WIB, which starts at 17:00 UTC the day before", () => {
    expect(todayInWib(new Date("2026-03-04T16:59:59Z"))).toBe("2026-03-04");
    expect(todayInWib(new Date("2026-03-04T17:00:00Z"))).toBe("2026-03-05");
  });

  it("accepts only days that exist, written YYYY-MM-DD", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("2026-2-3")).toBe(false);
    expect(isCalendarDay("03-04-2026")).toBe(false);
  });

  it("reads a stored date column as its day", () => {
    expect(dayOfDate(new Date("2026-03-04T00:00:00Z"))).toBe("2026-03-04");
    expect(dayOfDate(null)).toBeNull();
  });
});
