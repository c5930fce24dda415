// Reads a publiccode.yml text with the `yaml` package (YAML 1.2 core schema, so `yes`/`no` stay
// strings and dates stay strings) into a small tree that remembers the line of every key and item
// (yaml-read.ts), and says what the YAML itself gets wrong or which limit it passes.

import { MAX_BYTES_TEXT, PUBLICCODE_LIMITS } from "./limits";
import { problemAt } from "./problems";
import type { PubliccodeProblem } from "./types";
import type { LimitName } from "./yaml-limits";
import { readTree } from "./yaml-read";
import { treeToJs, walk, type PathSegment, type YamlTree } from "./yaml-tree";

export type { LimitName } from "./yaml-limits";
export { nodeAt, treeToJs, type PathSegment, type YamlEntry, type YamlTree } from "./yaml-tree";

export type ParsedPubliccode = {
  /** The document as plain JavaScript values (null when the YAML could not be read). */
  document: unknown;
  /** 1-based line of the key (or list item) at `path`, or null when there is none. */
  lineOf(path: PathSegment[]): number | null;
  yamlErrors: PubliccodeProblem[];
};

export type ParsedPubliccodeTree = ParsedPubliccode & {
  tree: YamlTree | null;
  /** The limit the text went beyond (its one problem is in yamlErrors), or null. */
  refusal: LimitName | null;
  /** Line of `path`, or of its nearest existing ancestor (the root's first line for top-level keys). */
  nearestLineOf(path: PathSegment[]): number | null;
  yamlWarnings: PubliccodeProblem[];
};

/** The largest value each limit allows, as its refusal says it. */
const LIMIT_MAXIMA: Record<LimitName, string | number> = {
  tooLarge: MAX_BYTES_TEXT,
  tooManyLines: PUBLICCODE_LIMITS.maxLines,
  tooManyTokens: PUBLICCODE_LIMITS.maxTokens,
  tooDeep: PUBLICCODE_LIMITS.maxDepth,
  tooManyNodes: PUBLICCODE_LIMITS.maxNodes,
  tooManyKeys: PUBLICCODE_LIMITS.maxKeys,
};

function limitProblem(limit: LimitName): PubliccodeProblem {
  return problemAt("", null, `publiccode.error.${limit}`, { max: LIMIT_MAXIMA[limit] });
}

/** yaml's error codes that have a sentence of their own (publiccode.error.yaml.<code>). */
const YAML_ERROR_CODES = [
  "BAD_INDENT",
  "TAB_AS_INDENT",
  "MISSING_CHAR",
  "UNEXPECTED_TOKEN",
  "DUPLICATE_KEY",
  "BLOCK_AS_IMPLICIT_KEY",
  "MULTILINE_IMPLICIT_KEY",
  "BAD_SCALAR_START",
  "BAD_DQ_ESCAPE",
  "MULTIPLE_DOCS",
  "BAD_ALIAS",
  "BLOCK_IN_FLOW",
  "KEY_OVER_1024_CHARS",
] as const;

const yamlErrorCodeOf = (code: string | undefined) => YAML_ERROR_CODES.find((c) => c === code);

/** Parses the text and keeps the positioned tree (used by the validator). */
export function parsePubliccodeTree(text: string): ParsedPubliccodeTree {
  const { doc, lineAt, outcome } = readTree(text);
  const toProblem = (
    error: { message: string; pos: [number, number]; code?: string },
    key: "publiccode.error.yamlSyntax" | "publiccode.warning.yaml",
  ): PubliccodeProblem => {
    // The reason in the reader's language for the errors people make; the parser's English text
    // follows in brackets. Other codes keep the general sentence.
    const code = key === "publiccode.error.yamlSyntax" ? yamlErrorCodeOf(error.code) : undefined;
    return problemAt("", lineAt(error.pos[0]), code ? `publiccode.error.yaml.${code}` : key, {
      detail: error.message,
    });
  };

  const refusal = outcome && "limit" in outcome ? outcome.limit : null;
  let yamlErrors: PubliccodeProblem[] = [];
  let yamlWarnings: PubliccodeProblem[] = [];
  let tree: YamlTree | null = null;
  if (refusal) {
    yamlErrors = [limitProblem(refusal)];
  } else if (doc) {
    // Repeated keys, reported as yaml reports them with uniqueKeys, in the order of the text.
    const duplicates = (outcome && "duplicateKeys" in outcome ? outcome.duplicateKeys : []).map(
      (offset) => ({
        code: "DUPLICATE_KEY",
        message: "Map keys must be unique",
        pos: [offset, offset + 1] as [number, number],
      }),
    );
    const errors = [...doc.errors, ...duplicates].sort((a, b) => a.pos[0] - b.pos[0]);
    yamlErrors = errors.map((error) => toProblem(error, "publiccode.error.yamlSyntax"));
    yamlWarnings = doc.warnings.map((warning) => toProblem(warning, "publiccode.warning.yaml"));
    if (yamlErrors.length === 0 && outcome && "tree" in outcome) tree = outcome.tree;
  }
  const rootLine = tree?.line ?? 1;

  return {
    tree,
    refusal,
    document: tree ? treeToJs(tree) : null,
    yamlErrors,
    yamlWarnings,
    lineOf(path) {
      if (!tree) return null;
      if (path.length === 0) return rootLine;
      const result = walk(tree, path);
      return result.found ? (result.lines[result.lines.length - 1] ?? null) : null;
    },
    nearestLineOf(path) {
      if (!tree) return null;
      const { lines } = walk(tree, path);
      for (let index = lines.length - 1; index >= 0; index -= 1) {
        const line = lines[index];
        if (line !== null && line !== undefined) return line;
      }
      return rootLine;
    },
  };
}

/** Parses a publiccode.yml text; `lineOf(["description", "en", "shortDescription"])` gives a line. */
export function parsePubliccode(text: string): ParsedPubliccode {
  const { document, lineOf, yamlErrors } = parsePubliccodeTree(text);
  return { document, lineOf, yamlErrors };
}
