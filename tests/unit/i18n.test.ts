import { describe, expect, it } from "vitest";
import { languageOf } from "../../app/i18n/language.server";
import { en } from "../../app/i18n/messages.en";
import { id } from "../../app/i18n/messages.id";
import { translator } from "../../app/i18n/translate";

describe("message catalogues", () => {
  it("have the same keys in Bahasa Indonesia and English, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const [key, value] of [...Object.entries(id), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe("");
    }
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(id) as Array<keyof typeof id>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(id[key]));
    }
  });

  it("format numbers in the reader's locale", () => {
    expect(translator("id")("regions.resultCount", { count: 1234 })).toBe("1.234 daerah ditemukan");
    expect(translator("en")("regions.resultCount", { count: 1234 })).toBe("1,234 regions found");
  });

  it("default to Bahasa Indonesia and follow the lang cookie", () => {
    const request = (cookie?: string) =>
      new Request("http://localhost/", { headers: cookie ? { Cookie: cookie } : {} });
    expect(languageOf(request())).toBe("id");
    expect(languageOf(request("theme=dark; lang=en"))).toBe("en");
    expect(languageOf(request("lang=fr"))).toBe("id");
  });
});
