// Validates a publiccode.yml text against the standard (publiccodeYmlVersion 0.2.x to 0.5.x)
// without using the network. The rules follow the reference parser italia/publiccode-parser-go
// (v0 schema); checks that need the network are listed in `notChecked`, never counted as passed.
// Each top-level section has its module in sections/; this file runs them in the standard's
// order and puts the normalised data together.

import { PUBLICCODE_LIMITS } from "./limits";
import { parsePubliccodeTree } from "./parse";
import { problemAt } from "./problems";
import { checkCountrySection } from "./sections/country-it";
import { readDependsOn } from "./sections/depends-on";
import { readDescriptions } from "./sections/description";
import { readIdentity } from "./sections/identity";
import { readIntendedAudience } from "./sections/intended-audience";
import { readLegal } from "./sections/legal";
import { readLocalisation } from "./sections/localisation";
import { readMaintenance } from "./sections/maintenance";
import { checkFundedBy, readOrganisation } from "./sections/organisation";
import { readClassification } from "./sections/classification";
import { readVersion } from "./sections/version";
import type { PubliccodeData, PubliccodeProblem, PubliccodeValidation } from "./types";
import { Validator } from "./validator";

export { formatPath } from "./problems";
export { RECOMMENDED_VERSION, SUPPORTED_VERSIONS } from "./sections/version";

/** Runs every section; the normalised data when nothing was wrong, else null. */
function readAll(v: Validator): PubliccodeData | null {
  const root = v.parsed.tree;
  if (!root || root.kind !== "map") {
    v.errors.push(problemAt("", root?.line ?? 1, "publiccode.error.notAMap"));
    return null;
  }
  const version = readVersion(v, root);
  if (version === null) return null;

  const identity = readIdentity(v);
  const organisation = readOrganisation(v);
  checkFundedBy(v);
  const classification = readClassification(v);
  const intendedAudience = readIntendedAudience(v);
  const descriptions = readDescriptions(v);
  const legal = readLegal(v);
  const maintenance = readMaintenance(v);
  const localisation = readLocalisation(v);
  const dependsOn = readDependsOn(v);
  checkCountrySection(v);

  // No errors: every required value above was read.
  const { name, url } = identity;
  const { developmentStatus, softwareType } = classification;
  if (
    v.errors.length > 0 ||
    name === undefined ||
    url === undefined ||
    developmentStatus === undefined ||
    softwareType === undefined ||
    descriptions === undefined ||
    legal === undefined ||
    maintenance === undefined ||
    localisation === undefined
  ) {
    return null;
  }
  const data: PubliccodeData = {
    publiccodeYmlVersion: version,
    name,
    url,
    platforms: classification.platforms ?? [],
    categories: classification.categories ?? [],
    developmentStatus,
    softwareType,
    descriptions,
    license: legal.license,
    maintenance,
    localisation,
    dependsOn: dependsOn ?? {},
    intendedAudience: intendedAudience ?? {},
    isBasedOn: identity.isBasedOn,
  };
  if (identity.applicationSuite !== undefined) data.applicationSuite = identity.applicationSuite;
  if (identity.landingURL !== undefined) data.landingURL = identity.landingURL;
  if (identity.roadmap !== undefined) data.roadmap = identity.roadmap;
  if (identity.logo !== undefined) data.logo = identity.logo;
  if (identity.releaseDate !== undefined) data.releaseDate = identity.releaseDate;
  if (identity.softwareVersion !== undefined) data.softwareVersion = identity.softwareVersion;
  if (legal.mainCopyrightOwner !== undefined) data.mainCopyrightOwner = legal.mainCopyrightOwner;
  if (legal.repoOwner !== undefined) data.repoOwner = legal.repoOwner;
  if (organisation !== undefined) data.organisation = organisation;
  if (classification.usedBy !== undefined) data.usedBy = classification.usedBy;
  return data;
}

function byLine(a: PubliccodeProblem, b: PubliccodeProblem): number {
  return (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);
}

/**
 * The first `PUBLICCODE_LIMITS.maxProblems` problems, and then one entry that says how many more
 * there are (never cut silently).
 */
function listed(problems: PubliccodeProblem[]): PubliccodeProblem[] {
  const max = PUBLICCODE_LIMITS.maxProblems;
  if (problems.length <= max) return problems;
  const count = problems.length - max;
  return [
    ...problems.slice(0, max),
    problemAt("", null, "publiccode.error.moreProblems", { count }),
  ];
}

/** Validates a publiccode.yml text; `data` is the normalised content when there are no errors. */
export function validatePubliccode(text: string): PubliccodeValidation {
  const parsed = parsePubliccodeTree(text);
  if (parsed.yamlErrors.length > 0) {
    return {
      valid: false,
      refusal: parsed.refusal ? (parsed.refusal === "tooLarge" ? "tooLarge" : "tooComplex") : null,
      errors: listed(parsed.yamlErrors),
      warnings: listed(parsed.yamlWarnings),
      notChecked: [],
      data: null,
    };
  }
  const validator = new Validator(parsed);
  const data = readAll(validator);
  const errors = [...validator.errors].sort(byLine);
  return {
    valid: errors.length === 0,
    refusal: null,
    errors: listed(errors),
    warnings: listed([...parsed.yamlWarnings, ...validator.warnings].sort(byLine)),
    notChecked: validator.notChecked,
    data: errors.length === 0 ? data : null,
  };
}
