// What the software is and where it lives: name, applicationSuite, url, landingURL, roadmap,
// isBasedOn, softwareVersion, releaseDate, logo and monochromeLogo.

import { isValidHttpUrl } from "../checks";
import type { PathSegment } from "../parse";
import { isAbsent } from "../reader";
import type { PubliccodeData } from "../types";
import type { Validator } from "../validator";

const LOGO_EXTENSIONS = [".svg", ".svgz", ".png"];

export type Identity = Pick<
  PubliccodeData,
  | "applicationSuite"
  | "landingURL"
  | "roadmap"
  | "logo"
  | "releaseDate"
  | "softwareVersion"
  | "isBasedOn"
> & { name?: string; url?: string };

function repositoryUrl(v: Validator): string | undefined {
  const url = v.string(["url"], true);
  if (url === undefined) return undefined;
  if (!isValidHttpUrl(url)) {
    v.error(["url"], "publiccode.error.url", { value: url });
    return undefined;
  }
  v.notCheck("publiccode.notChecked.repository", { url });
  return url;
}

/** An http(s) URL whose reachability is listed as not checked. */
function reachableUrl(v: Validator, key: "landingURL" | "roadmap"): string | undefined {
  const value = v.httpUrl([key], v.string([key]));
  if (value) v.notCheck("publiccode.notChecked.reachable", { field: key, value });
  return value;
}

function isBasedOn(v: Validator): string[] | undefined {
  const node = v.node(["isBasedOn"]);
  if (!node || isAbsent(node)) return undefined;
  const check = (value: string, at: PathSegment[]) => {
    if (!isValidHttpUrl(value)) {
      v.error(at, "publiccode.error.url", { value });
      return false;
    }
    return true;
  };
  if (node.kind === "scalar") {
    const value = v.string(["isBasedOn"]);
    return value !== undefined && check(value, ["isBasedOn"]) ? [value] : undefined;
  }
  if (node.kind === "seq") return v.stringList(["isBasedOn"], { check });
  v.wrongType(["isBasedOn"], "string or list");
  return undefined;
}

function logo(v: Validator, key: "logo" | "monochromeLogo"): string | undefined {
  const value = v.pathOrUrl([key], v.string([key]));
  if (value === undefined) return undefined;
  const lower = value.toLowerCase().split(/[?#]/)[0] ?? "";
  if (!LOGO_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    v.error([key], "publiccode.error.logoExtension", { value, allowed: "svg, svgz, png" });
    return undefined;
  }
  v.notCheck("publiccode.notChecked.image", { field: key, value });
  return value;
}

export function readIdentity(v: Validator): Identity {
  const name = v.string(["name"], true);
  const applicationSuite = v.string(["applicationSuite"]);
  const url = repositoryUrl(v);
  const landingURL = reachableUrl(v, "landingURL");
  const roadmap = reachableUrl(v, "roadmap");
  const basedOn = isBasedOn(v);
  const softwareVersion = v.string(["softwareVersion"]);
  const releaseDate = v.date(["releaseDate"], v.string(["releaseDate"], v.minor < 4));
  const mainLogo = logo(v, "logo");
  if (v.node(["monochromeLogo"])) {
    v.deprecated(["monochromeLogo"], "logo");
    logo(v, "monochromeLogo");
  }
  return {
    name,
    applicationSuite,
    url,
    landingURL,
    roadmap,
    isBasedOn: basedOn ?? [],
    softwareVersion,
    releaseDate,
    logo: mainLogo,
  };
}
