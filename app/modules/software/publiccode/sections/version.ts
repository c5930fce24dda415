// publiccodeYmlVersion, and the top-level keys that the declared version knows.

import type { Validator } from "../validator";
import type { YamlTree } from "../parse";

/** Minor versions of publiccodeYmlVersion 0.x this validator knows; patch levels are accepted. */
export const SUPPORTED_VERSIONS = ["0.2", "0.3", "0.4", "0.5"] as const;
/** The version the portal writes and recommends. */
export const RECOMMENDED_VERSION = "0.4";

const TOP_LEVEL_KEYS = [
  "publiccodeYmlVersion",
  "name",
  "applicationSuite",
  "url",
  "landingURL",
  "isBasedOn",
  "softwareVersion",
  "releaseDate",
  "logo",
  "monochromeLogo",
  "organisation",
  "inputTypes",
  "outputTypes",
  "platforms",
  "categories",
  "usedBy",
  "fundedBy",
  "roadmap",
  "developmentStatus",
  "softwareType",
  "intendedAudience",
  "description",
  "legal",
  "maintenance",
  "localisation",
  "dependsOn",
  "IT",
  "it",
];

/** Keys added by a later version than some supported ones (minor version number). */
const KEY_SINCE: Record<string, number> = { organisation: 4, fundedBy: 4 };

function minorOf(value: string): number | null {
  if (value === "0") return 5;
  const match = /^0\.(\d+)(?:\.\d+)?$/.exec(value);
  if (!match) return null;
  const minor = Number(match[1]);
  return SUPPORTED_VERSIONS.some((supported) => supported === `0.${minor}`) ? minor : null;
}

/**
 * Reads publiccodeYmlVersion (setting `v.minor`) and checks the top-level keys against it; null
 * when the version is missing or not supported, and nothing else can be checked.
 */
export function readVersion(v: Validator, root: YamlTree): string | null {
  const version = v.string(["publiccodeYmlVersion"], true);
  if (version === undefined) return null;
  const minor = minorOf(version);
  if (minor === null) {
    v.error(["publiccodeYmlVersion"], "publiccode.error.unsupportedVersion", {
      value: version,
      supported: SUPPORTED_VERSIONS.join(", "),
    });
    return null;
  }
  v.minor = minor;
  if (minor < 4) {
    v.warn(["publiccodeYmlVersion"], "publiccode.warning.oldVersion", {
      value: version,
      recommended: RECOMMENDED_VERSION,
    });
  }
  v.unknownKeys([], root, TOP_LEVEL_KEYS);
  for (const [key, since] of Object.entries(KEY_SINCE)) {
    if (minor < since && v.node([key])) {
      v.warn([key], "publiccode.warning.keyNewerThanVersion", {
        since: `0.${since}`,
        value: version,
      });
    }
  }
  return version;
}
