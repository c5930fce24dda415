// intendedAudience: scope and (unsupported) countries, country codes upper-cased.

import type { PubliccodeData } from "../types";
import type { Validator } from "../validator";
import { COUNTRY_CODES, SCOPES } from "../vocabularies";

export function readIntendedAudience(v: Validator): PubliccodeData["intendedAudience"] | undefined {
  const path = ["intendedAudience"];
  if (!v.map(path, ["scope", "countries", "unsupportedCountries"])) return undefined;
  const out: PubliccodeData["intendedAudience"] = {};
  const scope = v.stringList([...path, "scope"], {
    check: (value, at) => {
      if (!SCOPES.has(value)) v.error(at, "publiccode.error.scope", { value });
    },
  });
  for (const key of ["countries", "unsupportedCountries"] as const) {
    const values = v.stringList([...path, key], {
      check: (value, at) => {
        if (!COUNTRY_CODES.has(value.toUpperCase()) || !/^([A-Z]{2}|[a-z]{2})$/.test(value)) {
          v.error(at, "publiccode.error.country", { value });
        } else if (value === value.toLowerCase()) {
          v.warn(at, "publiccode.warning.lowercaseCountry", {
            value,
            replacement: value.toUpperCase(),
          });
        }
      },
    });
    if (values) out[key] = values.map((value) => value.toUpperCase());
  }
  if (scope) out.scope = scope;
  return out;
}
