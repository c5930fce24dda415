import { describe, expect, it } from "vitest";
import { predicateFor } from "../../app/modules/spbe/spbe.server";

const bands = [
  { name: "Memuaskan", min: 4.2, max: 5 },
  { name: "Sangat Baik", min: 3.5, max: 4.2 },
  { name: "Baik", min: 2.6, max: 3.5 },
  { name: "Cukup", min: 1.8, max: 2.6 },
  { name: "Kurang", min: 0, max: 1.8 },
];

describe("index predicates", () => {
  it.each([
    [5, "Memuaskan"],
    [4.2, "Memuaskan"],
    [4.19, "Sangat Baik"],
    [3.81, "Sangat Baik"],
    [3.5, "Sangat Baik"],
    [3.49, "Baik"],
    [2.6, "Baik"],
    [2.4, "Cukup"],
    [1.8, "Cukup"],
    [1.79, "Kurang"],
    [0, "Kurang"],
  ])("an index of %s is %s", (index, name) => {
    expect(predicateFor(index, bands)?.name).toBe(name);
  });

  it("gives no predicate outside the scale", () => {
    expect(predicateFor(5.1, bands)).toBeNull();
  });
});
