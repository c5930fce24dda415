// localisation: whether the software can be translated and the languages it speaks.

import type { PubliccodeData } from "../types";
import type { Validator } from "../validator";

export function readLocalisation(v: Validator): PubliccodeData["localisation"] | undefined {
  if (!v.map(["localisation"], ["localisationReady", "availableLanguages"], true)) {
    return undefined;
  }
  const localisationReady = v.boolean(["localisation", "localisationReady"], true);
  const availableLanguages = v.stringList(["localisation", "availableLanguages"], {
    required: true,
    nonEmpty: true,
    check: (value, at) => v.bcp47(at, value),
  });
  if (localisationReady === undefined || availableLanguages === undefined) return undefined;
  return { localisationReady, availableLanguages };
}
