import { problemMessage } from "../../app/modules/software/problem-message";
import { translator } from "../../app/i18n/translate";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  isValidBcp47,
  parsePubliccode,
  toPubliccodeYaml,
  validatePubliccode,
  type PubliccodeData,
} from "../../app/modules/software/publiccode";

function fixture(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../fixtures/publiccode/${name}`, import.meta.url)),
    "utf8",
  );
}

const valid04 = fixture("valid-0.4-eoffice.yml");

/** The valid 0.4 file with one text replaced; fails if the text is not there. */
function variant(from: string | RegExp, to: string): string {
  const changed = valid04.replace(from, to);
  expect(changed).not.toBe(valid04);
  return changed;
}

function lineOfText(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  expect(index).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe("parsePubliccode", () => {
  it("maps key paths to 1-based lines", () => {
    const parsed = parsePubliccode(valid04);
    expect(parsed.yamlErrors).toEqual([]);
    expect(parsed.lineOf(["description", "en", "shortDescription"])).toBe(
      lineOfText(valid04, "shortDescription: Electronic office"),
    );
    expect(parsed.lineOf(["categories", 1])).toBe(lineOfText(valid04, "- workflow-management"));
    expect(parsed.lineOf(["name"])).toBe(lineOfText(valid04, "name: SiKantor"));
    expect(parsed.lineOf(["nope"])).toBeNull();
    expect((parsed.document as { name: string }).name).toBe("SiKantor");
  });

  it("reports YAML syntax errors with their line", () => {
    const parsed = parsePubliccode("name: a\nurl: [unclosed\nplatforms: web\n");
    expect(parsed.yamlErrors.length).toBeGreaterThan(0);
    expect(parsed.yamlErrors[0]?.line).toBeGreaterThanOrEqual(2);
  });
});

describe("validatePubliccode: valid files", () => {
  it("accepts the complete 0.4 e-office file and normalises it", () => {
    const result = validatePubliccode(valid04);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.valid).toBe(true);
    const data = result.data!;
    expect(data.name).toBe("SiKantor");
    expect(data.publiccodeYmlVersion).toBe("0.4");
    expect(data.releaseDate).toBe("2024-11-05");
    expect(Object.keys(data.descriptions)).toEqual(["id", "en"]);
    expect(data.descriptions.en?.features).toHaveLength(4);
    expect(data.license).toBe("AGPL-3.0-or-later");
    expect(data.maintenance).toEqual({
      type: "internal",
      contacts: [
        {
          name: "Dewi Lestari",
          email: "dewi.lestari@sumedangkab.go.id",
          phone: "+62 261 201 234",
          affiliation: "Dinas Komunikasi dan Informatika Kabupaten Sumedang",
        },
      ],
    });
    expect(data.localisation).toEqual({
      localisationReady: true,
      availableLanguages: ["id", "en"],
    });
    expect(data.dependsOn.open).toEqual([
      { name: "PostgreSQL", versionMin: "13" },
      { name: "Redis", version: "7", optional: true },
    ]);
    expect(data.intendedAudience).toEqual({
      countries: ["ID"],
      scope: ["government", "local-authorities"],
    });
    expect(data.isBasedOn).toEqual(["https://github.com/example-region/e-office.git"]);
  });

  it("accepts a 0.2 file, with warnings for what is now deprecated", () => {
    const result = validatePubliccode(fixture("valid-0.2.yml"));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.data?.maintenance.contractors).toEqual([
      { name: "PT Contoh Digital", until: "2025-12-31", website: "https://contoh.co.id" },
    ]);
    expect(result.data?.intendedAudience.countries).toEqual(["ID"]);
    expect(result.warnings.map((warning) => warning.key).sort()).toEqual([
      "publiccode.warning.deprecatedKey",
      "publiccode.warning.lowercaseCountry",
      "publiccode.warning.oldVersion",
    ]);
  });

  it("lists network checks as not checked instead of passing them", () => {
    const result = validatePubliccode(valid04);
    expect(result.notChecked.length).toBeGreaterThanOrEqual(5);
    const sentences = result.notChecked.map((note) => note.message).join("\n");
    expect(sentences).toContain("https://github.com/pemkab-sumedang/sikantor.git");
    expect(sentences).toContain("img/logo.svg");
    expect(sentences).toContain("screenshots");
  });
});

describe("validatePubliccode: the invalid example of the issue", () => {
  it("gives exactly one error per problem, with path and line", () => {
    const text = fixture("invalid-issue.yml");
    const result = validatePubliccode(text);
    expect(result.valid).toBe(false);
    expect(result.data).toBeNull();
    expect(result.errors.map(({ path, line, key }) => ({ path, line, key }))).toEqual([
      { path: "name", line: 1, key: "publiccode.error.required" },
      {
        path: "description.en.shortDescription",
        line: lineOfText(text, "shortDescription:"),
        key: "publiccode.error.tooLong",
      },
      {
        path: "legal.license",
        line: lineOfText(text, "license: GPL-9.0-or-whatever"),
        key: "publiccode.error.license",
      },
    ]);
    expect(result.errors[1]?.params).toMatchObject({ max: 150, actual: 200 });
    for (const error of result.errors) expect(error.message).toMatch(/\.$/);
  });
});

describe("validatePubliccode: single problems", () => {
  const cases: { name: string; text: () => string; path: string; key: string; needle: string }[] = [
    {
      name: "an impossible date",
      text: () => variant("releaseDate: 2024-11-05", "releaseDate: 2024-02-30"),
      path: "releaseDate",
      key: "publiccode.error.date",
      needle: "releaseDate:",
    },
    {
      name: "a date in another format",
      text: () => variant("releaseDate: 2024-11-05", "releaseDate: 05/11/2024"),
      path: "releaseDate",
      key: "publiccode.error.date",
      needle: "releaseDate:",
    },
    {
      name: "a landing URL that is not http(s)",
      text: () =>
        variant('landingURL: "https://sikantor.sumedangkab.go.id"', "landingURL: sikantor dot id"),
      path: "landingURL",
      key: "publiccode.error.httpUrl",
      needle: "landingURL:",
    },
    {
      name: "a repository URL that is no URL",
      text: () =>
        variant('url: "https://github.com/pemkab-sumedang/sikantor.git"', "url: not a url"),
      path: "url",
      key: "publiccode.error.url",
      needle: "url: not a url",
    },
    {
      name: "a development status outside the list",
      text: () => variant("developmentStatus: stable", "developmentStatus: production"),
      path: "developmentStatus",
      key: "publiccode.error.enum",
      needle: "developmentStatus:",
    },
    {
      name: "a software type outside the list",
      text: () => variant("softwareType: standalone/web", "softwareType: standalone"),
      path: "softwareType",
      key: "publiccode.error.enum",
      needle: "softwareType:",
    },
    {
      name: "a category outside the list",
      text: () => variant("- e-signature", "- e-office"),
      path: "categories[2]",
      key: "publiccode.error.category",
      needle: "- e-office",
    },
    {
      name: "a bad BCP 47 description language",
      text: () => variant(/^ {2}en:$/m, "  en_GB:"),
      path: "description.en_GB",
      key: "publiccode.error.bcp47",
      needle: "en_GB:",
    },
    {
      name: "an unregistered available language",
      text: () => variant("    - en\n\ndependsOn", "    - xx-YY\n\ndependsOn"),
      path: "localisation.availableLanguages[1]",
      key: "publiccode.error.bcp47",
      needle: "- xx-YY",
    },
    {
      name: "a bad country code",
      text: () => variant("    - ID\n", "    - XZ\n"),
      path: "intendedAudience.countries[0]",
      key: "publiccode.error.country",
      needle: "- XZ",
    },
    {
      name: "a string where a list belongs",
      text: () => variant("platforms:\n  - web\n  - android\n", "platforms: web\n"),
      path: "platforms",
      key: "publiccode.error.wrongType",
      needle: "platforms: web",
    },
    {
      name: "a YAML 1.1 boolean",
      text: () => variant("localisationReady: true", "localisationReady: yes"),
      path: "localisation.localisationReady",
      key: "publiccode.error.wrongType",
      needle: "localisationReady:",
    },
    {
      name: "an unknown key",
      text: () => variant("developmentStatus: stable", "developmentStatus: stable\nfoobar: 1"),
      path: "foobar",
      key: "publiccode.error.unknownKey",
      needle: "foobar:",
    },
    {
      name: "a key replaced in 0.2",
      text: () =>
        variant("developmentStatus: stable", "developmentStatus: stable\ntags:\n  - office"),
      path: "tags",
      key: "publiccode.error.replacedKey",
      needle: "tags:",
    },
    {
      name: "a long description that is too short",
      text: () =>
        variant(
          / {4}longDescription: \|\n {6}SiKantor is[\s\S]*?architecture\.\n/,
          "    longDescription: Too short.\n",
        ),
      path: "description.en.longDescription",
      key: "publiccode.error.tooShort",
      needle: "longDescription: Too short.",
    },
    {
      name: "missing contacts for internal maintenance",
      text: () => variant(/ {2}contacts:\n[\s\S]*?Sumedang\n\nlocalisation/, "\nlocalisation"),
      path: "maintenance.contacts",
      key: "publiccode.error.requiredWhen",
      needle: "maintenance:",
    },
    {
      name: "missing features in one language",
      text: () =>
        variant(
          /( {4}features:\n {6}- Incoming and outgoing letters\n {6}- Multi-level dispositions\n {6}- Electronic signatures\n {6}- Digital archive\n)/,
          "",
        ),
      path: "description.en.features",
      key: "publiccode.error.required",
      needle: "  en:",
    },
    {
      name: "an invalid e-mail address",
      text: () => variant("email: dewi.lestari@sumedangkab.go.id", "email: dewi.lestari"),
      path: "maintenance.contacts[0].email",
      key: "publiccode.error.email",
      needle: "email: dewi.lestari",
    },
    {
      name: "an unknown key in a dependency",
      text: () =>
        variant("    - name: Redis\n", "    - name: Redis\n      licence: BSD-3-Clause\n"),
      path: "dependsOn.open[1].licence",
      key: "publiccode.error.unknownKey",
      needle: "licence: BSD",
    },
    {
      name: "an absolute logo path",
      text: () => variant("logo: img/logo.svg", "logo: /srv/img/logo.svg"),
      path: "logo",
      key: "publiccode.error.pathOrUrl",
      needle: "logo:",
    },
    {
      name: "an unsupported version",
      text: () => variant('publiccodeYmlVersion: "0.4"', 'publiccodeYmlVersion: "0.1"'),
      path: "publiccodeYmlVersion",
      key: "publiccode.error.unsupportedVersion",
      needle: "publiccodeYmlVersion:",
    },
  ];

  for (const testCase of cases) {
    it(`reports ${testCase.name}`, () => {
      const text = testCase.text();
      const result = validatePubliccode(text);
      expect(result.valid).toBe(false);
      expect(result.data).toBeNull();
      expect(result.errors.map(({ path, key, line }) => ({ path, key, line }))).toEqual([
        { path: testCase.path, key: testCase.key, line: lineOfText(text, testCase.needle) },
      ]);
    });
  }

  it("reports a dependency without a name once", () => {
    const text = variant("    - name: Redis\n      version", "    - version");
    const result = validatePubliccode(text);
    expect(result.errors.map(({ path, key }) => ({ path, key }))).toEqual([
      { path: "dependsOn.open[1].name", key: "publiccode.error.required" },
    ]);
  });

  it("reports a YAML syntax error with its line and nothing else", () => {
    const text = variant("developmentStatus: stable", "developmentStatus: [stable");
    const result = validatePubliccode(text);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors.every((error) => error.key.startsWith("publiccode.error.yaml"))).toBe(
      true,
    );
    expect(result.errors[0]?.line).toBeGreaterThanOrEqual(lineOfText(text, "developmentStatus:"));
  });

  it("says what is wrong with the YAML in the reader's language, the parser's text in brackets", () => {
    const said = (text: string, language: "id" | "en") =>
      validatePubliccode(text).errors.map((problem) =>
        problemMessage(translator(language), problem),
      );
    expect(said("name: x\nlegal:\n\tlicense: MIT\n", "id")).toEqual([
      "Berkas bukan YAML yang sah: indentasi memakai tab; YAML hanya menerima spasi (Tabs are not allowed as indentation).",
    ]);
    expect(said("name: x\nname: y\n", "en")).toEqual([
      "The file is not valid YAML: this key appears twice in one section (Map keys must be unique).",
    ]);
    // A code without a sentence of its own (two anchors on one value) keeps the general one.
    expect(validatePubliccode("a: &x &y 1\n").errors.map((problem) => problem.key)).toEqual([
      "publiccode.error.yamlSyntax",
    ]);
  });

  it("requires releaseDate and categories before 0.4 only", () => {
    const without = valid04
      .replace("releaseDate: 2024-11-05\n", "")
      .replace(/categories:\n( {2}- .*\n)+/, "")
      .replace(/organisation:\n( {2}.*\n)+/, "");
    expect(validatePubliccode(without).errors).toEqual([]);
    const old = validatePubliccode(without.replace('"0.4"', '"0.3"'));
    expect(old.errors.map((error) => error.path)).toEqual(["releaseDate", "categories"]);
  });

  it("accepts patch versions and warns about keys newer than the declared version", () => {
    expect(validatePubliccode(valid04.replace('"0.4"', '"0.4.0"')).valid).toBe(true);
    const result = validatePubliccode(valid04.replace('"0.4"', '"0.3.0"'));
    expect(result.valid).toBe(true);
    expect(result.warnings.map((warning) => warning.key)).toContain(
      "publiccode.warning.keyNewerThanVersion",
    );
  });

  it("rejects contractors unless maintenance is by contract", () => {
    const text = variant(
      "  type: internal\n",
      '  type: internal\n  contractors:\n    - name: PT X\n      until: "2026-01-01"\n',
    );
    expect(validatePubliccode(text).errors.map((error) => error.key)).toEqual([
      "publiccode.error.notAllowedUnless",
    ]);
  });
});

describe("BCP 47", () => {
  it("accepts registered tags and rejects the rest", () => {
    for (const tag of [
      "id",
      "en",
      "en-GB",
      "sr-Latn-RS",
      "sl-IT-nedis",
      "zh-Hant",
      "es-419",
      "jv",
    ]) {
      expect(isValidBcp47(tag), tag).toBe(true);
    }
    for (const tag of ["en_GB", "xx", "eng-", "", "en-GB-GB", "english"]) {
      expect(isValidBcp47(tag), tag).toBe(false);
    }
  });
});

describe("toPubliccodeYaml", () => {
  it("round-trips the data of valid files", () => {
    for (const name of ["valid-0.4-eoffice.yml", "valid-0.2.yml"]) {
      const data = validatePubliccode(fixture(name)).data!;
      expect(data).not.toBeNull();
      const yaml = toPubliccodeYaml(data);
      const again = validatePubliccode(yaml);
      expect(again.errors).toEqual([]);
      expect(again.data).toStrictEqual(data);
    }
  });

  it("round-trips hand-made data with awkward strings", () => {
    const data: PubliccodeData = {
      publiccodeYmlVersion: "0.4",
      name: "yes",
      url: "https://example.org/repo.git",
      softwareVersion: "1.10",
      platforms: ["web", "Custom platform: 2"],
      categories: [],
      developmentStatus: "development",
      softwareType: "library",
      descriptions: {
        id: {
          shortDescription: "Pustaka: validasi # data, \"kutip\" & 'apostrof'",
          longDescription: `${"Baris panjang dengan  dua spasi. ".repeat(8)}\n\n- butir satu\n- butir dua\n`,
          features: ["123", "true"],
        },
      },
      license: "MIT OR Apache-2.0",
      maintenance: { type: "none", contacts: [] },
      localisation: { localisationReady: false, availableLanguages: ["id"] },
      dependsOn: {},
      intendedAudience: {},
      isBasedOn: [],
    };
    const again = validatePubliccode(toPubliccodeYaml(data));
    expect(again.errors).toEqual([]);
    expect(again.data).toStrictEqual(data);
  });
});
