// Reads a text with the `yaml` package into the positioned tree (yaml-tree.ts), within the limits
// (yaml-limits.ts): the tree, the duplicate keys, or the limit the text went beyond.

import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { PUBLICCODE_LIMITS } from "./limits";
import {
  checkTokens,
  LimitExceeded,
  MAX_ALIAS_DEPTH,
  prepare,
  spend,
  utf8LengthUpTo,
  type Budget,
  type LimitName,
  type Prepared,
} from "./yaml-limits";
import type { YamlEntry, YamlTree } from "./yaml-tree";

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

/** The tree of a text, or the limit it went beyond (or null when yaml reported errors). */
export function readTree(text: string): {
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
