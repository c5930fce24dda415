// The indicator count code relies on (forms, filters, texts) is the reference framework's own.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SPBE_INDICATOR_COUNT } from "../../app/modules/spbe/framework";
import { DEFAULT_FRAMEWORK_ID } from "../../app/modules/spbe/spbe.server";

interface FrameworkFile {
  domains: { aspects: { indicators: { number: number }[] }[] }[];
}

const framework = JSON.parse(
  readFileSync(
    new URL(`../../content/reference/spbe/${DEFAULT_FRAMEWORK_ID}.json`, import.meta.url),
    "utf8",
  ),
) as FrameworkFile;
const numbers = framework.domains
  .flatMap((domain) => domain.aspects)
  .flatMap((aspect) => aspect.indicators)
  .map((indicator) => indicator.number);

describe("SPBE_INDICATOR_COUNT", () => {
  it("is the number of indicators in the reference framework, numbered 1 to N", () => {
    expect(SPBE_INDICATOR_COUNT).toBe(numbers.length);
    expect([...numbers].sort((a, b) => a - b)).toEqual(
      Array.from({ length: numbers.length }, (_, index) => index + 1),
    );
  });
});
