// The positioned YAML tree the validator reads: maps, lists and scalars, each with its line, and
// the walk from a key path to a node.

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
export function walk(
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

/** Finds the node at `path` in a tree. */
export function nodeAt(tree: YamlTree | null, path: PathSegment[]): YamlTree | null {
  const result = walk(tree, path);
  return result.found ? result.node : null;
}
