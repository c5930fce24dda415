// Reads a publiccode.yml text with the `yaml` package (YAML 1.2 core schema, so `yes`/`no` stay
// strings and dates stay strings) into a small tree that remembers the line of every key and item.

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { PubliccodeProblem } from "./types";

export type PathSegment = string | number;

/** The parsed YAML with positions. Scalars keep their source text (`1.10` stays "1.10"). */
export type YamlTree =
  | { kind: "map"; line: number | null; entries: YamlEntry[] }
  | { kind: "seq"; line: number | null; items: YamlTree[] }
  | {
      kind: "scalar";
      line: number | null;
      value: unknown;
      /** The text as written, for plain scalars; the value as a string otherwise. */
      source: string;
      quoted: boolean;
    };

export type YamlEntry = { key: string; keyLine: number | null; value: YamlTree };

export type ParsedPubliccode = {
  /** The document as plain JavaScript values (null when the YAML could not be read). */
  document: unknown;
  /** 1-based line of the key (or list item) at `path`, or null when there is none. */
  lineOf(path: PathSegment[]): number | null;
  yamlErrors: PubliccodeProblem[];
};

export type ParsedPubliccodeTree = ParsedPubliccode & {
  tree: YamlTree | null;
  /** Line of `path`, or of its nearest existing ancestor (the root's first line for top-level keys). */
  nearestLineOf(path: PathSegment[]): number | null;
  yamlWarnings: PubliccodeProblem[];
};

const MAX_ALIAS_DEPTH = 50;

function buildTree(
  node: unknown,
  doc: Document,
  lineAt: (offset: number | undefined) => number | null,
  fallbackLine: number | null,
  depth = 0,
): YamlTree {
  if (isAlias(node)) {
    const target = depth < MAX_ALIAS_DEPTH ? node.resolve(doc) : undefined;
    const tree = buildTree(target ?? null, doc, lineAt, lineAt(node.range?.[0]), depth + 1);
    return { ...tree, line: lineAt(node.range?.[0]) ?? tree.line };
  }
  if (isMap(node)) {
    const entries: YamlEntry[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key;
      let key: string;
      let keyLine: number | null;
      if (isScalar(keyNode)) {
        key = keyNode.value === null ? "" : String(keyNode.source ?? keyNode.value);
        keyLine = lineAt(keyNode.range?.[0]);
      } else {
        key = String(keyNode ?? "");
        keyLine = lineAt((keyNode as { range?: [number] } | null)?.range?.[0]);
      }
      entries.push({ key, keyLine, value: buildTree(pair.value, doc, lineAt, keyLine, depth) });
    }
    return { kind: "map", line: lineAt(node.range?.[0]) ?? fallbackLine, entries };
  }
  if (isSeq(node)) {
    const line = lineAt(node.range?.[0]) ?? fallbackLine;
    return {
      kind: "seq",
      line,
      items: node.items.map((item) => buildTree(item, doc, lineAt, line, depth)),
    };
  }
  if (isScalar(node)) {
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    const plain = node.type === "PLAIN" || node.type === undefined;
    const source =
      plain && typeof node.source === "string"
        ? node.source
        : node.value === null || node.value === undefined
          ? ""
          : String(node.value);
    return {
      kind: "scalar",
      line: lineAt(node.range?.[0]) ?? fallbackLine,
      value: node.value ?? null,
      source,
      quoted,
    };
  }
  return { kind: "scalar", line: fallbackLine, value: null, source: "", quoted: false };
}

export function treeToJs(tree: YamlTree): unknown {
  switch (tree.kind) {
    case "map": {
      const out: Record<string, unknown> = {};
      for (const entry of tree.entries) out[entry.key] = treeToJs(entry.value);
      return out;
    }
    case "seq":
      return tree.items.map(treeToJs);
    default:
      return tree.value;
  }
}

/** Walks `path`; returns the nodes found and the line of each step. */
function walk(
  tree: YamlTree | null,
  path: PathSegment[],
): { found: boolean; lines: (number | null)[]; node: YamlTree | null } {
  const lines: (number | null)[] = [];
  let node = tree;
  for (const segment of path) {
    if (!node) return { found: false, lines, node: null };
    if (typeof segment === "number") {
      if (node.kind !== "seq" || segment < 0 || segment >= node.items.length) {
        return { found: false, lines, node: null };
      }
      node = node.items[segment] ?? null;
      lines.push(node?.line ?? null);
    } else {
      if (node.kind !== "map") return { found: false, lines, node: null };
      const entry = node.entries.find((candidate) => candidate.key === segment);
      if (!entry) return { found: false, lines, node: null };
      lines.push(entry.keyLine);
      node = entry.value;
    }
  }
  return { found: true, lines, node };
}

/** Parses the text and keeps the positioned tree (used by the validator). */
export function parsePubliccodeTree(text: string): ParsedPubliccodeTree {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
  });
  const lineAt = (offset: number | undefined): number | null =>
    typeof offset === "number" ? lineCounter.linePos(offset).line : null;

  const toProblem = (
    error: { message: string; pos: [number, number] },
    key: string,
  ): PubliccodeProblem => ({
    path: "",
    line: lineAt(error.pos[0]),
    message: `The file is not valid YAML: ${error.message}`,
    key,
    params: { field: "", detail: error.message },
  });
  const yamlErrors = doc.errors.map((error) => toProblem(error, "publiccode.error.yamlSyntax"));
  const yamlWarnings = doc.warnings.map((warning) => ({
    ...toProblem(warning, "publiccode.warning.yaml"),
    message: `YAML warning: ${warning.message}`,
  }));

  const tree = yamlErrors.length === 0 ? buildTree(doc.contents, doc, lineAt, 1) : null;
  const rootLine = tree?.line ?? 1;

  return {
    tree,
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

/** Finds the node at `path` in a tree. */
export function nodeAt(tree: YamlTree | null, path: PathSegment[]): YamlTree | null {
  const result = walk(tree, path);
  return result.found ? result.node : null;
}
