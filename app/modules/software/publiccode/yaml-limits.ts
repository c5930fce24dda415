// The limits of what the validator reads (PUBLICCODE_LIMITS, security finding 1), counted before
// and while the yaml package composes the text, so that the work stops as soon as one is passed.

import { isAlias, isMap, isScalar, isSeq, Lexer, type Alias, type Document } from "yaml";
import { PUBLICCODE_LIMITS } from "./limits";

export const MAX_ALIAS_DEPTH = 50;

/** Which limit a text went beyond; see PUBLICCODE_LIMITS. */
export type LimitName =
  "tooLarge" | "tooManyLines" | "tooManyTokens" | "tooDeep" | "tooManyNodes" | "tooManyKeys";

/** Thrown while counting, so that the work stops at the limit; never leaves the parser. */
export class LimitExceeded extends Error {
  constructor(readonly limit: LimitName) {
    super(limit);
  }
}

/** UTF-8 length of `text`, or a number above `max` as soon as it is known to be above. */
export function utf8LengthUpTo(text: string, max: number): number {
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
export function checkTokens(text: string) {
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

export type Prepared = {
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
export function prepare(doc: Document): Prepared {
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
export type Budget = { nodes: number; keys: number };

export function spend(budget: Budget, what: "nodes" | "keys") {
  budget[what] += 1;
  if (what === "nodes" && budget.nodes > PUBLICCODE_LIMITS.maxNodes)
    throw new LimitExceeded("tooManyNodes");
  if (what === "keys" && budget.keys > PUBLICCODE_LIMITS.maxKeys)
    throw new LimitExceeded("tooManyKeys");
}
