// Who publishes and who pays: organisation and fundedBy (both since 0.4).

import type { PathSegment } from "../parse";
import type { Validator } from "../validator";
import { isValidUri } from "../checks";

function organisationUri(v: Validator, path: PathSegment[]): string | undefined {
  const uri = v.string(path, true);
  if (uri === undefined) return undefined;
  if (!isValidUri(uri)) {
    v.error(path, "publiccode.error.uri", { value: uri });
    return undefined;
  }
  return uri;
}

export function readOrganisation(v: Validator): { name: string; uri?: string } | undefined {
  const node = v.map(["organisation"], ["name", "uri"]);
  if (!node) return undefined;
  const name = v.string(["organisation", "name"], true);
  const uri = organisationUri(v, ["organisation", "uri"]);
  if (name === undefined || uri === undefined) return undefined;
  return { name, uri };
}

/** fundedBy is checked, not kept. */
export function checkFundedBy(v: Validator) {
  v.list(["fundedBy"])?.forEach((_item, index) => {
    const at: PathSegment[] = ["fundedBy", index];
    if (!v.map(at, ["name", "uri"], true)) return;
    v.string([...at, "name"], true);
    organisationUri(v, [...at, "uri"]);
  });
}
