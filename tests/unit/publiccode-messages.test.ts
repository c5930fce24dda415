import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publiccodeMessagesId } from "../../app/i18n/messages.publiccode.id";
import { isMessageKey, translator } from "../../app/i18n/translate";
import { validatePubliccode } from "../../app/modules/software/publiccode";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";

const BROKEN = [
  "name: x\nurl: not a url\nplatforms: web\n",
  "publiccodeYmlVersion: '0.4'\nname: X\nurl: https://example.go.id/x\nplatforms: [web]\ndevelopmentStatus: done\nsoftwareType: weird\nlegal: {license: GPL-9}\nmaintenance: {type: internal}\nlocalisation: {localisationReady: yes, availableLanguages: [xx_YY]}\ndescription: {en_GB: {shortDescription: x}}\nintendedAudience: {countries: [XZ]}\nreleaseDate: 2025-02-30\ntags: [a]\n",
  "a: [unclosed\n",
  // Checks that need the network: videos, the authors file and an iPA code.
  "publiccodeYmlVersion: '0.4'\nname: X\nurl: https://example.go.id/x.git\nplatforms: [web]\ndevelopmentStatus: stable\nsoftwareType: standalone/web\nlegal: {license: MIT, authorsFile: AUTHORS}\nmaintenance: {type: none}\nlocalisation: {localisationReady: true, availableLanguages: [id]}\ndescription: {en: {shortDescription: x, features: [a], videos: ['https://www.youtube.com/watch?v=x']}}\nit: {riuso: {codiceIPA: c_abc}}\n",
];

describe("publiccode.yml problems (and checks not made) in the user's language", () => {
  it("come with keys the catalogue knows, and every placeholder filled, in both languages", async () => {
    const fixtures = path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode");
    const texts = [
      ...BROKEN,
      ...(await Promise.all(
        (await readdir(fixtures)).map((f) => readFile(path.join(fixtures, f), "utf8")),
      )),
    ];
    let checked = 0;
    const notCheckedKeys = new Set<string>();
    for (const text of texts) {
      const result = validatePubliccode(text);
      for (const note of result.notChecked) notCheckedKeys.add(note.key);
      for (const problem of [...result.errors, ...result.warnings, ...result.notChecked]) {
        expect(isMessageKey(problem.key), problem.key).toBe(true);
        for (const language of ["id", "en"] as const) {
          const message = translator(language)(problem.key as never, problem.params);
          expect(message, `${problem.key} (${language})`).not.toMatch(/\{\w+\}/);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // Every kind of check not made was seen above.
    expect([...notCheckedKeys].sort()).toEqual(
      Object.keys(publiccodeMessagesId)
        .filter((key) => key.startsWith("publiccode.notChecked."))
        .sort(),
    );
  });
});
