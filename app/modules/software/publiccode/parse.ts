// Reads a publiccode.yml text with the `yaml` package (YAML 1.2 core schema, so `yes`/`no` stay
// strings and dates stay strings) into a small tree that remembers the line of every key and item.

import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseDocument,
  type Alias,
  type Document,
} from "yaml";
import { MAX_BYTES_TEXT, PUBLICCODE_LIMITS } from "./limits";
import { problemAt } from "./problems";
import type { PubliccodeProblem } from "./types";

export type PathSegment = string | number;

/** The parsed YAML with positions. Scalars keep their source text (`1.10` stays "1.10"). */
export type YamlTree =
  | {
      kind: "map";
      line: number | null;
      entries: YamlEntry[];
      /** The entries by key, built once (the first of a repeated key). */
      byKey: ReadonlyMap<string, YamlEntry>;
    }
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
  /** The limit the text went beyond (its one problem is in yamlErrors), or null. */
  refusal: LimitName | null;
  /** Line of `path`, or of its nearest existing ancestor (the root's first line for top-level keys). */
  nearestLineOf(path: PathSegment[]): number | null;
  yamlWarnings: PubliccodeProblem[];
};

const MAX_ALIAS_DEPTH = 50;

/** Which limit a text went beyond; see PUBLICCODE_LIMITS. */
export type LimitName =
  "tooLarge" | "tooManyLines" | "tooManyTokens" | "tooDeep" | "tooManyNodes" | "tooManyKeys";

/** Thrown while counting, so that the work stops at the limit; never leaves this module. */
class LimitExceeded extends Error {
  constructor(readonly limit: LimitName) {
    super(limit);
  }
}

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

/** UTF-8 length of `text`, or a number above `max` as soon as it is known to be above. */
function utf8LengthUpTo(text: string, max: number): number {
  if (text.length > max) return text.length;
  if (text.length * 3 <= max) return text.length;
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= max; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Counts the YAML tokens before the yaml package composes them, stopping at the limit. */
function checkTokens(text: string) {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    lines += 1;
    if (lines > PUBLICCODE_LIMITS.maxLines) throw new LimitExceeded("tooManyLines");
  }
  let tokens = 0;
  let flowDepth = 0;
  for (const token of new Lexer().lex(text)) {
    tokens += 1;
    if (tokens > PUBLICCODE_LIMITS.maxTokens) throw new LimitExceeded("tooManyTokens");
    if (token === "[" || token === "{") {
      flowDepth += 1;
      if (flowDepth > PUBLICCODE_LIMITS.maxDepth) throw new LimitExceeded("tooDeep");
    } else if (token === "]" || token === "}") {
      flowDepth = Math.max(0, flowDepth - 1);
    }
  }
}

/** A scalar key as yaml's own duplicate check compares it (by value, `1` and `1.0` alike). */
function keyIdentity(key: unknown): string | null {
  if (!isScalar(key)) return null;
  const value = key.value;
  if (typeof value === "number" && Number.isNaN(value)) return null;
  return `${typeof value}:${String(value)}`;
}

type Prepared = {
  /** Each alias with the node it stands for: the last anchor of its name before it. */
  aliasTargets: Map<Alias, unknown>;
  /** Offsets of keys repeated in their map (yaml's "Map keys must be unique"). */
  duplicateKeys: number[];
};

/**
 * One pass over the document as written: counts nodes, keys and depth against the limits, finds
 * repeated keys with a set per map, and resolves aliases (yaml's Alias.resolve visits the whole
 * document for every alias).
 */
function prepare(doc: Document): Prepared {
  const anchors = new Map<string, unknown>();
  const aliasTargets = new Map<Alias, unknown>();
  const duplicateKeys: number[] = [];
  let nodes = 0;
  let keys = 0;
  const visit = (node: unknown, depth: number) => {
    if (node === null || node === undefined || typeof node !== "object") return;
    nodes += 1;
    if (nodes > PUBLICCODE_LIMITS.maxNodes) throw new LimitExceeded("tooManyNodes");
    if (depth > PUBLICCODE_LIMITS.maxDepth) throw new LimitExceeded("tooDeep");
    if (isAlias(node)) {
      aliasTargets.set(node, anchors.get(node.source));
      return;
    }
    const anchor = (node as { anchor?: unknown }).anchor;
    if (typeof anchor === "string") anchors.set(anchor, node);
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        keys += 1;
        if (keys > PUBLICCODE_LIMITS.maxKeys) throw new LimitExceeded("tooManyKeys");
        const identity = keyIdentity(pair.key);
        if (identity !== null) {
          if (seen.has(identity)) {
            const offset = (pair.key as { range?: [number] }).range?.[0];
            if (typeof offset === "number") duplicateKeys.push(offset);
          } else seen.add(identity);
        }
        visit(pair.key, depth + 1);
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    }
  };
  visit(doc.contents, 0);
  checkExpandedSize(doc.contents, aliasTargets);
  return { aliasTargets, duplicateKeys };
}

/**
 * The nodes, keys and depth of the tree once every alias is expanded, computed from the document
 * as written with one result per node (a billion-laughs file is refused after a few hundred
 * steps, before anything is built). An alias inside the node it names never ends: refused too.
 */
function checkExpandedSize(root: unknown, aliasTargets: Map<Alias, unknown>) {
  type Size = { nodes: number; keys: number; depth: number };
  const sizes = new Map<unknown, Size>();
  const open = new Set<unknown>();
  const measure = (node: unknown, aliasDepth: number): Size => {
    if (isAlias(node)) {
      // buildTree stops expanding there, as it always did.
      if (aliasDepth >= MAX_ALIAS_DEPTH) return { nodes: 1, keys: 0, depth: 0 };
      const target = aliasTargets.get(node);
      if (open.has(target)) throw new LimitExceeded("tooManyNodes");
      return target ? measure(target, aliasDepth + 1) : { nodes: 1, keys: 0, depth: 0 };
    }
    const known = sizes.get(node);
    if (known) return known;
    const size: Size = { nodes: 1, keys: 0, depth: 0 };
    open.add(node);
    const add = (child: unknown) => {
      const inner = measure(child, aliasDepth);
      size.nodes += inner.nodes;
      size.keys += inner.keys;
      size.depth = Math.max(size.depth, inner.depth + 1);
      if (size.nodes > PUBLICCODE_LIMITS.maxNodes) throw new LimitExceeded("tooManyNodes");
      if (size.keys > PUBLICCODE_LIMITS.maxKeys) throw new LimitExceeded("tooManyKeys");
      if (size.depth > PUBLICCODE_LIMITS.maxDepth) throw new LimitExceeded("tooDeep");
    };
    if (isMap(node)) {
      for (const pair of node.items) {
        size.keys += 1;
        add(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) add(item);
    }
    open.delete(node);
    sizes.set(node, size);
    return size;
  };
  measure(root, 0);
}

/** Counts the nodes and keys of the tree as it is built, aliases expanded. */
type Budget = { nodes: number; keys: number };

function spend(budget: Budget, what: "nodes" | "keys") {
  budget[what] += 1;
  if (what === "nodes" && budget.nodes > PUBLICCODE_LIMITS.maxNodes)
    throw new LimitExceeded("tooManyNodes");
  if (what === "keys" && budget.keys > PUBLICCODE_LIMITS.maxKeys)
    throw new LimitExceeded("tooManyKeys");
}

function mapNode(line: number | null, entries: YamlEntry[]): YamlTree {
  const byKey = new Map<string, YamlEntry>();
  // The first entry of a key wins, as a search from the start found it.
  for (const entry of entries) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  return { kind: "map", line, entries, byKey };
}

function buildTree(
  node: unknown,
  context: {
    prepared: Prepared;
    lineAt: (offset: number | undefined) => number | null;
    budget: Budget;
  },
  fallbackLine: number | null,
  depth = 0,
  level = 0,
): YamlTree {
  const { lineAt } = context;
  if (isAlias(node)) {
    const target = depth < MAX_ALIAS_DEPTH ? context.prepared.aliasTargets.get(node) : undefined;
    const tree = buildTree(target ?? null, context, lineAt(node.range?.[0]), depth + 1, level);
    return { ...tree, line: lineAt(node.range?.[0]) ?? tree.line };
  }
  spend(context.budget, "nodes");
  // Aliases nest too: the tree is checked again once they are expanded.
  if (level > PUBLICCODE_LIMITS.maxDepth) throw new LimitExceeded("tooDeep");
  if (isMap(node)) {
    const entries: YamlEntry[] = [];
    for (const pair of node.items) {
      spend(context.budget, "keys");
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
      entries.push({
        key,
        keyLine,
        value: buildTree(pair.value, context, keyLine, depth, level + 1),
      });
    }
    return mapNode(lineAt(node.range?.[0]) ?? fallbackLine, entries);
  }
  if (isSeq(node)) {
    const line = lineAt(node.range?.[0]) ?? fallbackLine;
    return {
      kind: "seq",
      line,
      items: node.items.map((item) => buildTree(item, context, line, depth, level + 1)),
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
      const entry = node.byKey.get(segment);
      if (!entry) return { found: false, lines, node: null };
      lines.push(entry.keyLine);
      node = entry.value;
    }
  }
  return { found: true, lines, node };
}

/** The tree of a text, or the limit it went beyond (or null when yaml reported errors). */
function readTree(text: string): {
  doc: Document | null;
  lineAt: (offset: number | undefined) => number | null;
  outcome: { tree: YamlTree | null; duplicateKeys: number[] } | { limit: LimitName } | null;
} {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number | undefined): number | null =>
    typeof offset === "number" ? lineCounter.linePos(offset).line : null;
  if (utf8LengthUpTo(text, PUBLICCODE_LIMITS.maxBytes) > PUBLICCODE_LIMITS.maxBytes) {
    return { doc: null, lineAt, outcome: { limit: "tooLarge" } };
  }
  let doc: Document | null = null;
  try {
    checkTokens(text);
    try {
      doc = parseDocument(text, {
        lineCounter,
        prettyErrors: false,
        version: "1.2",
        schema: "core",
        // yaml's own check compares every key with all earlier ones; prepare() uses a set.
        uniqueKeys: false,
      });
    } catch (error) {
      // Nesting deep enough to exhaust the stack inside the yaml package.
      if (error instanceof RangeError) throw new LimitExceeded("tooDeep");
      throw error;
    }
    const prepared = prepare(doc);
    const { duplicateKeys } = prepared;
    if (doc.errors.length > 0 || duplicateKeys.length > 0) {
      return { doc, lineAt, outcome: { tree: null, duplicateKeys } };
    }
    const tree = buildTree(doc.contents, { prepared, lineAt, budget: { nodes: 0, keys: 0 } }, 1);
    return { doc, lineAt, outcome: { tree, duplicateKeys } };
  } catch (error) {
    if (error instanceof LimitExceeded) return { doc, lineAt, outcome: { limit: error.limit } };
    throw error;
  }
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

/** Finds the node at `path` in a tree. */
export function nodeAt(tree: YamlTree | null, path: PathSegment[]): YamlTree | null {
  const result = walk(tree, path);
  return result.found ? result.node : null;
}
