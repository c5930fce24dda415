import { describe, expect, it } from "vitest";
import { languageOf, preferredLanguage, requestedLanguageOf } from "../../app/i18n/language.server";
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

  it("give an API caller its language: ?lang=, else Accept-Language by q-value, else Bahasa Indonesia", () => {
    expect(preferredLanguage(null)).toBeNull();
    expect(preferredLanguage("EN-gb")).toBe("en");
    expect(preferredLanguage("fr, en;q=0.1")).toBe("en");
    expect(preferredLanguage("en;q=0.5, id;q=0.6")).toBe("id");
    expect(preferredLanguage("en, id")).toBe("en"); // the first of equals
    expect(preferredLanguage("en;q=0, fr")).toBeNull(); // q=0 means "not this one"
    expect(preferredLanguage("*, en;q=bogus")).toBe("en"); // a malformed q counts as 1
    const request = (query: string, acceptLanguage?: string, cookie?: string) =>
      new Request(`http://localhost/api/x${query}`, {
        headers: {
          ...(acceptLanguage ? { "Accept-Language": acceptLanguage } : {}),
          ...(cookie ? { Cookie: cookie } : {}),
        },
      });
    expect(requestedLanguageOf(request(""))).toBe("id");
    expect(requestedLanguageOf(request("", "", "lang=en"))).toBe("id");
    expect(requestedLanguageOf(request("?lang=en"))).toBe("en");
    expect(requestedLanguageOf(request("?lang=id", "en"))).toBe("id");
    expect(requestedLanguageOf(request("?lang=fr", "en-US"))).toBe("en");
  });
});
