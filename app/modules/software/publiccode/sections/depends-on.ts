// dependsOn: open, proprietary and hardware dependencies with their versions.

import type { PathSegment } from "../parse";
import type { PubliccodeData, PubliccodeDependency } from "../types";
import type { Validator } from "../validator";

const KINDS = ["open", "proprietary", "hardware"] as const;

function readDependency(v: Validator, at: PathSegment[]): PubliccodeDependency | undefined {
  if (!v.map(at, ["name", "versionMin", "versionMax", "version", "optional"], true)) {
    return undefined;
  }
  const name = v.string([...at, "name"], true);
  const dependency: PubliccodeDependency = { name: name ?? "" };
  for (const key of ["versionMin", "versionMax", "version"] as const) {
    const value = v.string([...at, key]);
    if (value !== undefined) dependency[key] = value;
  }
  const optional = v.boolean([...at, "optional"]);
  if (optional !== undefined) dependency.optional = optional;
  return name === undefined ? undefined : dependency;
}

export function readDependsOn(v: Validator): PubliccodeData["dependsOn"] | undefined {
  if (!v.map(["dependsOn"], KINDS)) return undefined;
  const out: PubliccodeData["dependsOn"] = {};
  for (const kind of KINDS) {
    const items = v.list(["dependsOn", kind]);
    if (!items) continue;
    const dependencies: PubliccodeDependency[] = [];
    items.forEach((_item, index) => {
      const dependency = readDependency(v, ["dependsOn", kind, index]);
      if (dependency) dependencies.push(dependency);
    });
    out[kind] = dependencies;
  }
  return out;
}
