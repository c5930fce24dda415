// The pure parts of the tracker's views: "overdue" (no grace period, the commitment's own date
// only until it is implemented) and the iCalendar writer (TEXT escaping, CRLF, all-day events).
import { describe, expect, it } from "vitest";
import { escapeText, renderCalendar } from "../../app/modules/tracker/icalendar";
import { isOverdue } from "../../app/modules/tracker/overdue";

const today = "2026-12-04";

describe("overdue", () => {
  it("counts a missed milestone or a missed own due date while under way", () => {
    const open = { dueOn: "2026-12-03", state: "OPEN" as const };
    expect(isOverdue({ status: "IN_PROGRESS", dueOn: null, milestones: [open] }, today)).toBe(true);
    expect(
      isOverdue(
        { status: "IN_PROGRESS", dueOn: null, milestones: [{ ...open, dueOn: today }] },
        today,
      ),
    ).toBe(false);
    expect(
      isOverdue(
        { status: "IN_PROGRESS", dueOn: null, milestones: [{ ...open, state: "CONFIRMED" }] },
        today,
      ),
    ).toBe(false);
    expect(isOverdue({ status: "COMMITTED", dueOn: "2026-12-01", milestones: [] }, today)).toBe(
      true,
    );
    expect(isOverdue({ status: "IMPLEMENTED", dueOn: "2026-12-01", milestones: [] }, today)).toBe(
      false,
    );
    for (const status of ["DRAFT", "VERIFIED", "CANCELLED"] as const)
      expect(isOverdue({ status, dueOn: "2026-01-01", milestones: [open] }, today)).toBe(false);
  });
});

describe("iCalendar", () => {
  it("escapes TEXT values and ends every line with CRLF", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    const text = renderCalendar({
      productId: "-//Test//ID",
      name: "Uji",
      events: [
        {
          uid: "m-1@example",
          day: "2026-12-31",
          stamp: new Date("2026-12-04T07:59:00.123Z"),
          summary: "Satu; dua, tiga",
        },
      ],
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n");
    expect(text).toContain("DTSTAMP:20261204T075900Z\r\n");
    expect(text).toContain("SUMMARY:Satu\\; dua\\, tiga\r\n");
  });
});
