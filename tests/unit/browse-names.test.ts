import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { en } from "../../app/i18n/messages.en";
import { id } from "../../app/i18n/messages.id";
import { DIMENSIONS } from "../../app/modules/practices/practice.schema";
import {
  CATEGORIES,
  DEVELOPMENT_STATUSES,
} from "../../app/modules/software/publiccode/vocabularies";

const catalogue = (language: Record<string, string>) => (key: string) => language[key];

describe("the code catalogue's filter choices", () => {
  it("name every publiccode.yml category in both languages, so the select never shows a slug", () => {
    for (const language of [id, en]) {
      const name = catalogue(language);
      const missing = [...CATEGORIES].filter((slug) => !name(`software.category.${slug}`));
      expect(missing).toEqual([]);
    }
  });

  it("name every development status in both languages", () => {
    for (const status of DEVELOPMENT_STATUSES) {
      expect(id[`software.status.${status}`]).toBeTruthy();
      expect(en[`software.status.${status}`]).toBeTruthy();
    }
    expect(id["software.status.stable"]).toBe("Stabil");
    expect(en["software.status.stable"]).toBe("Stable");
  });
});

describe("the smart city dimensions", () => {
  it("have one name per language, the reference's, for filters, facets, forms and practice pages", () => {
    const reference = JSON.parse(
      readFileSync("content/reference/smart-city-dimensions.json", "utf8"),
    ) as Array<{ key: string; name: string; nameId: string }>;
    expect(reference.map((d) => d.key)).toEqual([...DIMENSIONS]);
    for (const dimension of reference) {
      expect(id[`dimension.${dimension.key}` as keyof typeof id]).toBe(dimension.nameId);
      expect(en[`dimension.${dimension.key}` as keyof typeof en]).toBe(dimension.name);
    }
  });
});
