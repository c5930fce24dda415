import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { translator } from "../../app/i18n/translate";
import {
  PUBLICCODE_LIMITS,
  parsePubliccode,
  validatePubliccode,
} from "../../app/modules/software/publiccode";
import { graphemeLength } from "../../app/modules/software/publiccode/checks";
import {
  billionLaughs,
  largestRealistic,
  manyKeys,
} from "../../scripts/lib/bench/publiccode-payloads";

function fixture(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../fixtures/publiccode/${name}`, import.meta.url)),
    "utf8",
  );
}

const FIXTURES = ["valid-0.4-eoffice.yml", "valid-0.2.yml", "invalid-issue.yml"];

/** The one problem of a refused text, without its English sentence. */
function refusalOf(text: string) {
  const result = validatePubliccode(text);
  expect(result.valid).toBe(false);
  expect(result.data).toBeNull();
  expect(result.errors).toHaveLength(1);
  const [problem] = result.errors;
  return { refusal: result.refusal, path: problem!.path, line: problem!.line, key: problem!.key };
}

describe("publiccode.yml limits: texts that once froze the server are refused", () => {
  it("refuses the billion-laughs file (7 levels of anchors, 9 aliases each) as too complex", () => {
    const text = billionLaughs(7, 9);
    expect(Buffer.byteLength(text)).toBeLessThan(400);
    expect(refusalOf(text)).toEqual({
      refusal: "tooComplex",
      path: "",
      line: null,
      key: "publiccode.error.tooManyNodes",
    });
  });

  it("refuses 60,000 lines of `kN: v` (589 KB) as too large", () => {
    const text = manyKeys(60_000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(PUBLICCODE_LIMITS.maxBytes);
    expect(refusalOf(text)).toEqual({
      refusal: "tooLarge",
      path: "",
      line: null,
      key: "publiccode.error.tooLarge",
    });
  });

  it("refuses as many `kN: v` lines as fit the size limit as too complex", () => {
    const text = manyKeys(25_000);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(PUBLICCODE_LIMITS.maxBytes);
    expect(refusalOf(text).key).toBe("publiccode.error.tooManyLines");
  });

  it("refuses more YAML tokens than the limit, even on one line", () => {
    const text = `[${"a,".repeat(PUBLICCODE_LIMITS.maxTokens)}a]`;
    expect(refusalOf(text).key).toBe("publiccode.error.tooManyTokens");
  });

  it("refuses more keys than the limit once aliases are expanded", () => {
    const keys = Array.from({ length: 9 }, (_, index) => `k${index}: v`).join(", ");
    const lines = [`m0: &m0 {${keys}}`];
    for (let level = 1; level < 5; level += 1) {
      const aliases = Array.from({ length: 9 }, (_, index) => `k${index}: *m${level - 1}`);
      lines.push(`m${level}: &m${level} {${aliases.join(", ")}}`);
    }
    expect(refusalOf(lines.join("\n")).key).toBe("publiccode.error.tooManyKeys");
  });

  it("refuses nesting deeper than the limit, in flow and in block style", () => {
    expect(refusalOf("[".repeat(100_000)).key).toBe("publiccode.error.tooDeep");
    expect(refusalOf(`${"- ".repeat(PUBLICCODE_LIMITS.maxDepth + 5)}x\n`).key).toBe(
      "publiccode.error.tooDeep",
    );
    // Each list 40 levels deep as written, 80 once the alias is expanded.
    const nested = (inner: string) => `${"[".repeat(40)}${inner}${"]".repeat(40)}`;
    expect(refusalOf(`a: &a ${nested("x")}\nb: ${nested("*a")}\n`).key).toBe(
      "publiccode.error.tooDeep",
    );
  });

  it("says each refusal in Bahasa Indonesia and in English, every placeholder filled", () => {
    const texts = [billionLaughs(), manyKeys(60_000), manyKeys(25_000), `[${"a,".repeat(9999)}]`];
    for (const text of [...texts, "[".repeat(99)]) {
      const [problem] = validatePubliccode(text).errors;
      const id = translator("id")(problem!.key as never, problem!.params);
      const en = translator("en")(problem!.key as never, problem!.params);
      expect(id).not.toMatch(/\{\w+\}/);
      expect(en).not.toMatch(/\{\w+\}/);
      expect(id).not.toBe(en);
      expect(en).toBe(problem!.message);
    }
  });
});

describe("publiccode.yml limits: real files are read as before", () => {
  it("reads the fixtures into the same values as the yaml package", () => {
    for (const name of FIXTURES) {
      const text = fixture(name);
      expect(parsePubliccode(text).document, name).toEqual(
        parse(text, { version: "1.2", schema: "core" }),
      );
    }
  });

  it("accepts the largest file of realistic shape that fits the size limit", () => {
    const text = largestRealistic(fixture("valid-0.4-eoffice.yml"), PUBLICCODE_LIMITS.maxBytes);
    expect(Buffer.byteLength(text)).toBeGreaterThan(PUBLICCODE_LIMITS.maxBytes - 12_000);
    const result = validatePubliccode(text);
    expect(result.errors).toEqual([]);
    expect(result.refusal).toBeNull();
    expect(Object.keys(result.data!.descriptions).length).toBeGreaterThan(20);
  });

  it("still expands aliases of a normal size", () => {
    const parsed = parsePubliccode("a: &x [1, {b: c}]\nd: *x\n");
    expect(parsed.yamlErrors).toEqual([]);
    expect(parsed.document).toEqual({ a: [1, { b: "c" }], d: [1, { b: "c" }] });
    expect(parsed.lineOf(["d"])).toBe(2);
  });

  it("reports repeated keys as the yaml package does, with their line", () => {
    const problems = (text: string) =>
      validatePubliccode(text).errors.map(({ line, key, params }) => ({ line, key, params }));
    const repeated = {
      key: "publiccode.error.yaml.DUPLICATE_KEY",
      params: { field: "", detail: "Map keys must be unique" },
    };
    expect(problems("a: 1\nb: 2\na: 3\n")).toEqual([{ line: 3, ...repeated }]);
    expect(problems("{a: 1, a: 2}")).toEqual([{ line: 1, ...repeated }]);
    // Keys are compared by value: 1 and 1.0 are the same key, 1 and '1' are not.
    expect(problems("1: a\n'1': b\n1.0: c\n~: 1\nnull: 2\n")).toEqual([
      { line: 3, ...repeated },
      { line: 5, ...repeated },
    ]);
    // Beside a syntax error, in the order of the text.
    const mixed = problems("a: [1\nb: 1\nb: 2\n");
    expect(mixed.map((problem) => problem.line)).toEqual([2, 3]);
    expect(mixed[1]).toEqual({ line: 3, ...repeated });
  });

  it("lists at most the limit of problems, then says how many more there are", () => {
    const valid = fixture("valid-0.4-eoffice.yml");
    const unknown = Array.from({ length: 250 }, (_, index) => `extra${index}: x`).join("\n");
    const result = validatePubliccode(`${valid}\n${unknown}\n`);
    expect(result.errors).toHaveLength(PUBLICCODE_LIMITS.maxProblems + 1);
    expect(result.errors.slice(0, -1).every((e) => e.key === "publiccode.error.unknownKey")).toBe(
      true,
    );
    expect(result.errors.at(-1)).toMatchObject({
      path: "",
      line: null,
      key: "publiccode.error.moreProblems",
      params: { count: 150 },
    });
    expect(translator("id")("publiccode.error.moreProblems", { count: 150 })).toContain("150");
  });
});

describe("graphemeLength", () => {
  it("counts like Intl.Segmenter, also where it skips it", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    const reference = (text: string) => [...segmenter.segment(text)].length;
    const pool = ["a", " ", "\r", "\n", "\r\n", "é", "e\u0301", "\u0301", "👍", "👍🏽", "👨‍👩‍👧"]
      .concat(["🇮🇩", "🇮", "\u200d", "ก", "ำ", "क", "्", "ष", "한", "\u1100", "\u1161", "中"])
      .concat(["あ", "\u3099", "Ж", "\u0483", "—", "©", "\u0600", "\t", "ا", "\u064b"]);
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 500; round += 1) {
      let text = "";
      const length = Math.floor(random() * (round % 10 === 0 ? 1500 : 20));
      for (let index = 0; index < length; index += 1)
        text += pool[Math.floor(random() * pool.length)];
      expect(graphemeLength(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
