// Reads the positioned YAML tree key by key and collects what is wrong: required keys, wrong
// types, unknown keys. The value checks build on it (validator.ts), the sections on both.

import type { MessageParams } from "../../../i18n/translate";
import type { parsePubliccodeTree, PathSegment, YamlTree } from "./parse";
import {
  formatPath,
  noteOf,
  problemAt,
  type ErrorKey,
  type NotCheckedKey,
  type WarningKey,
} from "./problems";
import type { PubliccodeNote, PubliccodeProblem } from "./types";

/** Keys replaced or removed in earlier versions of the standard, with what to use instead. */
const REPLACED_KEYS: Record<string, string> = {
  "publiccode-yaml-version": "publiccodeYmlVersion",
  tags: "categories",
  freeTags: "categories",
  "intendedAudience.onlyFor": "intendedAudience.scope",
};

export type ParsedTree = ReturnType<typeof parsePubliccodeTree>;

/** No node, or an explicit null (`key:` with nothing after it). */
export function isAbsent(node: YamlTree | null): boolean {
  return !node || (node.kind === "scalar" && node.value === null);
}

export class Reader {
  readonly errors: PubliccodeProblem[] = [];
  readonly warnings: PubliccodeProblem[] = [];
  readonly notChecked: PubliccodeNote[] = [];
  /** The minor version of publiccodeYmlVersion, once read. */
  minor = 4;

  constructor(readonly parsed: ParsedTree) {}

  // ---- reporting -------------------------------------------------------------------------------

  error(path: PathSegment[], key: ErrorKey, params?: MessageParams) {
    this.errors.push(problemAt(formatPath(path), this.parsed.nearestLineOf(path), key, params));
  }

  warn(path: PathSegment[], key: WarningKey, params?: MessageParams) {
    this.warnings.push(problemAt(formatPath(path), this.parsed.nearestLineOf(path), key, params));
  }

  notCheck(key: NotCheckedKey, params: MessageParams) {
    this.notChecked.push(noteOf(key, params));
  }

  required(path: PathSegment[]) {
    this.error(path, "publiccode.error.required");
  }

  wrongType(
    path: PathSegment[],
    expected: "string" | "boolean" | "list" | "map" | "string or list",
  ) {
    this.error(path, "publiccode.error.wrongType", { expected });
  }

  // ---- readers ---------------------------------------------------------------------------------

  node(path: PathSegment[]): YamlTree | null {
    let node = this.parsed.tree;
    for (const segment of path) {
      if (!node) return null;
      if (typeof segment === "number") {
        node = node.kind === "seq" ? (node.items[segment] ?? null) : null;
      } else {
        node = node.kind === "map" ? (node.byKey.get(segment)?.value ?? null) : null;
      }
    }
    return node;
  }

  /** A scalar as text; numbers and booleans keep the text as written, like the reference parser. */
  string(path: PathSegment[], required = false): string | undefined {
    const node = this.node(path);
    if (!node || isAbsent(node)) {
      if (required) this.required(path);
      return undefined;
    }
    if (node.kind !== "scalar") {
      this.wrongType(path, "string");
      return undefined;
    }
    const value = typeof node.value === "string" ? node.value : node.source;
    if (required && value === "") {
      this.required(path);
      return undefined;
    }
    return value;
  }

  boolean(path: PathSegment[], required = false): boolean | undefined {
    const node = this.node(path);
    if (!node || isAbsent(node)) {
      if (required) this.required(path);
      return undefined;
    }
    if (node.kind !== "scalar" || typeof node.value !== "boolean") {
      this.wrongType(path, "boolean");
      return undefined;
    }
    return node.value;
  }

  /** A list of strings; `check` reports problems of single items. */
  stringList(
    path: PathSegment[],
    options: {
      required?: boolean;
      nonEmpty?: boolean;
      check?: (value: string, at: PathSegment[]) => void;
    } = {},
  ): string[] | undefined {
    const node = this.node(path);
    if (!node || isAbsent(node)) {
      if (options.required) this.required(path);
      return undefined;
    }
    if (node.kind !== "seq") {
      this.wrongType(path, "list");
      return undefined;
    }
    if (options.nonEmpty && node.items.length === 0) {
      this.error(path, "publiccode.error.emptyList");
      return undefined;
    }
    const out: string[] = [];
    node.items.forEach((_item, index) => {
      const at = [...path, index];
      const value = this.string(at, true);
      if (value === undefined) return;
      options.check?.(value, at);
      out.push(value);
    });
    return out;
  }

  /** A mapping; unknown keys are reported (with a hint for keys replaced by the standard). */
  map(
    path: PathSegment[],
    known: readonly string[] | null,
    required = false,
  ): YamlTree | undefined {
    const node = this.node(path);
    if (!node || isAbsent(node)) {
      if (required) this.required(path);
      return undefined;
    }
    if (node.kind !== "map") {
      this.wrongType(path, "map");
      return undefined;
    }
    if (known) this.unknownKeys(path, node, known);
    return node;
  }

  unknownKeys(path: PathSegment[], node: YamlTree, known: readonly string[]) {
    if (node.kind !== "map") return;
    for (const entry of node.entries) {
      if (known.includes(entry.key)) continue;
      const at = [...path, entry.key];
      const replacement = REPLACED_KEYS[formatPath(at)];
      if (replacement) this.error(at, "publiccode.error.replacedKey", { replacement });
      else this.error(at, "publiccode.error.unknownKey");
    }
  }

  list(path: PathSegment[], required = false): YamlTree[] | undefined {
    const node = this.node(path);
    if (!node || isAbsent(node)) {
      if (required) this.required(path);
      return undefined;
    }
    if (node.kind !== "seq") {
      this.wrongType(path, "list");
      return undefined;
    }
    return node.items;
  }
}
