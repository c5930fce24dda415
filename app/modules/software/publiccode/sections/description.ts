// description: one block per BCP 47 language, each with its names, texts, links and media.

import type { PathSegment } from "../parse";
import { DESCRIPTION_KEYS, type PubliccodeDescription } from "../types";
import type { Validator } from "../validator";

const SHORT_DESCRIPTION_MAX = 150;
const LONG_DESCRIPTION_MIN = 150;
const LONG_DESCRIPTION_MAX = 10000;
const GENERIC_NAME_MAX = 35;

function readLanguage(v: Validator, path: PathSegment[]): PubliccodeDescription | undefined {
  if (!v.map(path, DESCRIPTION_KEYS, true)) return undefined;
  const field = (key: string): PathSegment[] => [...path, key];
  const lang = String(path[1]);

  const localisedName = v.string(field("localisedName"));
  const genericNameRaw = v.string(field("genericName"));
  const genericName = v.length(field("genericName"), genericNameRaw, null, GENERIC_NAME_MAX);
  if (genericNameRaw) v.deprecated(field("genericName"));
  const shortDescription = v.length(
    field("shortDescription"),
    v.string(field("shortDescription"), true),
    null,
    SHORT_DESCRIPTION_MAX,
  );
  const longDescription = v.length(
    field("longDescription"),
    v.string(field("longDescription"), true),
    LONG_DESCRIPTION_MIN,
    LONG_DESCRIPTION_MAX,
  );
  const documentation = v.httpUrl(field("documentation"), v.string(field("documentation")));
  const apiDocumentation = v.httpUrl(
    field("apiDocumentation"),
    v.string(field("apiDocumentation")),
  );
  for (const [key, value] of [
    ["documentation", documentation],
    ["apiDocumentation", apiDocumentation],
  ] as const) {
    if (value) {
      v.notCheck("publiccode.notChecked.reachable", { field: `description.${lang}.${key}`, value });
    }
  }
  const features = v.stringList(field("features"), { required: true, nonEmpty: true });
  const screenshots = v.stringList(field("screenshots"), {
    check: (value, at) => v.pathOrUrl(at, value),
  });
  if (screenshots?.length) {
    v.notCheck("publiccode.notChecked.screenshots", { field: `description.${lang}.screenshots` });
  }
  const videos = v.stringList(field("videos"), { check: (value, at) => v.httpUrl(at, value) });
  if (videos?.length) {
    v.notCheck("publiccode.notChecked.videos", { field: `description.${lang}.videos` });
  }
  const awards = v.stringList(field("awards"));

  if (shortDescription === undefined) return undefined;
  const out: PubliccodeDescription = { shortDescription };
  if (longDescription !== undefined) out.longDescription = longDescription;
  if (features !== undefined) out.features = features;
  if (documentation !== undefined) out.documentation = documentation;
  if (apiDocumentation !== undefined) out.apiDocumentation = apiDocumentation;
  if (genericName) out.genericName = genericName;
  if (localisedName !== undefined) out.localisedName = localisedName;
  if (screenshots !== undefined) out.screenshots = screenshots;
  if (videos !== undefined) out.videos = videos;
  if (awards !== undefined) out.awards = awards;
  return out;
}

/** The descriptions by language, in the file's order. */
export function readDescriptions(v: Validator): Record<string, PubliccodeDescription> | undefined {
  const node = v.map(["description"], null, true);
  if (!node || node.kind !== "map") return undefined;
  if (node.entries.length === 0) {
    v.error(["description"], "publiccode.error.noLanguage");
    return undefined;
  }
  const out: Record<string, PubliccodeDescription> = {};
  for (const entry of node.entries) {
    const lang = entry.key;
    const path: PathSegment[] = ["description", lang];
    v.bcp47(path, lang);
    const description = readLanguage(v, path);
    if (description) out[lang] = description;
  }
  return out;
}
