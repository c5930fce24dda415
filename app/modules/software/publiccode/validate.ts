// Validates a publiccode.yml text against the standard (publiccodeYmlVersion 0.2.x to 0.5.x)
// without using the network. The rules follow the reference parser italia/publiccode-parser-go
// (v0 schema); checks that need the network are listed in `notChecked`, never counted as passed.

import {
  graphemeLength,
  isValidBcp47,
  isValidDate,
  isValidEmail,
  isValidHttpUrl,
  isValidMimeType,
  isValidSpdxExpression,
  isValidUri,
  relativePathOrUrlProblem,
} from "./checks";
import { PUBLICCODE_LIMITS } from "./limits";
import { parsePubliccodeTree, type PathSegment, type YamlTree } from "./parse";
import type {
  DevelopmentStatus,
  MaintenanceType,
  PubliccodeContact,
  PubliccodeContractor,
  PubliccodeData,
  PubliccodeDependency,
  PubliccodeDescription,
  PubliccodeNote,
  PubliccodeProblem,
  PubliccodeValidation,
  SoftwareType,
} from "./types";
import {
  CATEGORIES,
  COUNTRY_CODES,
  DEVELOPMENT_STATUSES,
  MAINTENANCE_TYPES,
  SCOPES,
  SOFTWARE_TYPES,
} from "./vocabularies";

/** Minor versions of publiccodeYmlVersion 0.x this validator knows; patch levels are accepted. */
export const SUPPORTED_VERSIONS = ["0.2", "0.3", "0.4", "0.5"] as const;
/** The version the portal writes and recommends. */
export const RECOMMENDED_VERSION = "0.4";

const SHORT_DESCRIPTION_MAX = 150;
const LONG_DESCRIPTION_MIN = 150;
const LONG_DESCRIPTION_MAX = 10000;
const GENERIC_NAME_MAX = 35;
const LOGO_EXTENSIONS = [".svg", ".svgz", ".png"];

/** Keys replaced or removed in earlier versions of the standard, with what to use instead. */
const REPLACED_KEYS: Record<string, string> = {
  "publiccode-yaml-version": "publiccodeYmlVersion",
  tags: "categories",
  freeTags: "categories",
  "intendedAudience.onlyFor": "intendedAudience.scope",
};

/** Keys added by a later version than some supported ones (minor version number). */
const KEY_SINCE: Record<string, number> = { organisation: 4, fundedBy: 4 };

type Params = Record<string, string | number>;

export function formatPath(path: PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}

function parseVersion(value: string): number | null {
  if (value === "0") return 5;
  const match = /^0\.(\d+)(?:\.\d+)?$/.exec(value);
  if (!match) return null;
  const minor = Number(match[1]);
  return SUPPORTED_VERSIONS.includes(`0.${minor}` as (typeof SUPPORTED_VERSIONS)[number])
    ? minor
    : null;
}

class Validator {
  readonly errors: PubliccodeProblem[] = [];
  readonly warnings: PubliccodeProblem[] = [];
  readonly notChecked: PubliccodeNote[] = [];
  private readonly parsed: ReturnType<typeof parsePubliccodeTree>;
  minor = 4;

  constructor(parsed: ReturnType<typeof parsePubliccodeTree>) {
    this.parsed = parsed;
  }

  // ---- reporting -------------------------------------------------------------------------------

  problem(path: PathSegment[], key: string, message: string, params: Params = {}) {
    const field = formatPath(path);
    return {
      path: field,
      line: this.parsed.nearestLineOf(path),
      message,
      key,
      params: { field, ...params },
    } satisfies PubliccodeProblem;
  }

  error(path: PathSegment[], key: string, message: string, params?: Params) {
    this.errors.push(this.problem(path, `publiccode.error.${key}`, message, params));
  }

  warn(path: PathSegment[], key: string, message: string, params?: Params) {
    this.warnings.push(this.problem(path, `publiccode.warning.${key}`, message, params));
  }

  notCheck(key: string, message: string, params: Params) {
    this.notChecked.push({ key: `publiccode.notChecked.${key}`, message, params });
  }

  required(path: PathSegment[]) {
    this.error(path, "required", `The key "${formatPath(path)}" is required.`);
  }

  wrongType(
    path: PathSegment[],
    expected: "string" | "boolean" | "list" | "map" | "string or list",
  ) {
    this.error(path, "wrongType", `The key "${formatPath(path)}" must be a ${expected}.`, {
      expected,
    });
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

  static isAbsent(node: YamlTree | null): boolean {
    return !node || (node.kind === "scalar" && node.value === null);
  }

  /** A scalar as text; numbers and booleans keep the text as written, like the reference parser. */
  string(path: PathSegment[], required = false): string | undefined {
    const node = this.node(path);
    if (Validator.isAbsent(node)) {
      if (required) this.required(path);
      return undefined;
    }
    if (node!.kind !== "scalar") {
      this.wrongType(path, "string");
      return undefined;
    }
    const value = typeof node!.value === "string" ? node!.value : node!.source;
    if (required && value === "") {
      this.required(path);
      return undefined;
    }
    return value;
  }

  boolean(path: PathSegment[], required = false): boolean | undefined {
    const node = this.node(path);
    if (Validator.isAbsent(node)) {
      if (required) this.required(path);
      return undefined;
    }
    if (node!.kind !== "scalar" || typeof node!.value !== "boolean") {
      this.wrongType(path, "boolean");
      return undefined;
    }
    return node!.value;
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
    if (Validator.isAbsent(node)) {
      if (options.required) this.required(path);
      return undefined;
    }
    if (node!.kind !== "seq") {
      this.wrongType(path, "list");
      return undefined;
    }
    if (options.nonEmpty && node!.items.length === 0) {
      this.error(path, "emptyList", `The list "${formatPath(path)}" must have at least one item.`);
      return undefined;
    }
    const out: string[] = [];
    node!.items.forEach((_item, index) => {
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
    if (Validator.isAbsent(node)) {
      if (required) this.required(path);
      return undefined;
    }
    if (node!.kind !== "map") {
      this.wrongType(path, "map");
      return undefined;
    }
    if (known) this.unknownKeys(path, node!, known);
    return node!;
  }

  unknownKeys(path: PathSegment[], node: YamlTree, known: readonly string[]) {
    if (node.kind !== "map") return;
    for (const entry of node.entries) {
      if (known.includes(entry.key)) continue;
      const at = [...path, entry.key];
      const replacement = REPLACED_KEYS[formatPath(at)];
      if (replacement) {
        this.error(
          at,
          "replacedKey",
          `The key "${formatPath(at)}" is no longer part of the standard; use "${replacement}" instead.`,
          { replacement },
        );
      } else {
        this.error(at, "unknownKey", `Unknown key "${formatPath(at)}".`);
      }
    }
  }

  list(path: PathSegment[], required = false): YamlTree[] | undefined {
    const node = this.node(path);
    if (Validator.isAbsent(node)) {
      if (required) this.required(path);
      return undefined;
    }
    if (node!.kind !== "seq") {
      this.wrongType(path, "list");
      return undefined;
    }
    return node!.items;
  }

  // ---- value checks ----------------------------------------------------------------------------

  oneOf<T extends string>(
    path: PathSegment[],
    value: string | undefined,
    allowed: readonly T[],
  ): T | undefined {
    if (value === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.error(
        path,
        "enum",
        `The key "${formatPath(path)}" must be one of ${quoteList(allowed)}; "${value}" is not.`,
        { value, allowed: allowed.join(", ") },
      );
      return undefined;
    }
    return value as T;
  }

  httpUrl(path: PathSegment[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!isValidHttpUrl(value)) {
      this.error(
        path,
        "httpUrl",
        `"${formatPath(path)}" must be an http(s) URL; "${value}" is not.`,
        {
          value,
        },
      );
      return undefined;
    }
    return value;
  }

  date(path: PathSegment[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!isValidDate(value)) {
      this.error(
        path,
        "date",
        `"${formatPath(path)}" must be a real date written YYYY-MM-DD; "${value}" is not.`,
        { value },
      );
      return undefined;
    }
    return value;
  }

  email(path: PathSegment[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!isValidEmail(value)) {
      this.error(
        path,
        "email",
        `"${formatPath(path)}" must be an e-mail address; "${value}" is not.`,
        {
          value,
        },
      );
      return undefined;
    }
    return value;
  }

  pathOrUrl(path: PathSegment[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    const problem = relativePathOrUrlProblem(value);
    if (problem) {
      const reason =
        problem === "absolute"
          ? "is an absolute path"
          : problem === "file"
            ? "is a file: URL"
            : "is not an http(s) URL";
      this.error(
        path,
        "pathOrUrl",
        `"${formatPath(path)}" ${reason}; only a path relative to the repository root or an http(s) URL is allowed.`,
        { value },
      );
      return undefined;
    }
    return value;
  }

  /** Grapheme counts by text: an alias repeats its text without costing the count again. */
  private readonly graphemeCounts = new Map<string, number>();

  length(path: PathSegment[], value: string | undefined, min: number | null, max: number | null) {
    if (value === undefined) return undefined;
    let actual = this.graphemeCounts.get(value);
    if (actual === undefined) {
      actual = graphemeLength(value);
      this.graphemeCounts.set(value, actual);
    }
    if (max !== null && actual > max) {
      this.error(
        path,
        "tooLong",
        `"${formatPath(path)}" may have at most ${max} characters; it has ${actual}.`,
        { max, actual },
      );
      return undefined;
    }
    if (min !== null && actual < min) {
      this.error(
        path,
        "tooShort",
        `"${formatPath(path)}" must have at least ${min} characters; it has ${actual}.`,
        { min, actual },
      );
      return undefined;
    }
    return value;
  }

  bcp47(path: PathSegment[], value: string) {
    if (!isValidBcp47(value)) {
      this.error(
        path,
        "bcp47",
        `"${value}" at "${formatPath(path)}" is not a valid BCP 47 language tag (for example "id", "en" or "en-GB").`,
        { value },
      );
      return false;
    }
    return true;
  }

  deprecated(path: PathSegment[], replacement?: string) {
    this.warn(
      path,
      "deprecatedKey",
      replacement
        ? `The key "${formatPath(path)}" is deprecated; use "${replacement}" instead.`
        : `The key "${formatPath(path)}" is deprecated and can be removed.`,
      replacement ? { replacement } : {},
    );
  }

  // ---- sections --------------------------------------------------------------------------------

  run(): PubliccodeData | null {
    const root = this.parsed.tree;
    if (!root || root.kind !== "map") {
      this.errors.push({
        path: "",
        line: root?.line ?? 1,
        message: "A publiccode.yml file must be a YAML mapping of keys to values.",
        key: "publiccode.error.notAMap",
        params: { field: "" },
      });
      return null;
    }

    const version = this.string(["publiccodeYmlVersion"], true);
    if (version === undefined) return null;
    const minor = parseVersion(version);
    if (minor === null) {
      this.error(
        ["publiccodeYmlVersion"],
        "unsupportedVersion",
        `publiccodeYmlVersion "${version}" is not supported; use one of ${quoteList(SUPPORTED_VERSIONS)}.`,
        { value: version, supported: SUPPORTED_VERSIONS.join(", ") },
      );
      return null;
    }
    this.minor = minor;
    if (minor < 4) {
      this.warn(
        ["publiccodeYmlVersion"],
        "oldVersion",
        `Version ${version} of the standard is not the latest; consider "${RECOMMENDED_VERSION}".`,
        { value: version, recommended: RECOMMENDED_VERSION },
      );
    }

    this.unknownKeys([], root, [
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
    ]);
    for (const [key, since] of Object.entries(KEY_SINCE)) {
      if (minor < since && this.node([key])) {
        this.warn(
          [key],
          "keyNewerThanVersion",
          `The key "${key}" was added in version 0.${since} of the standard; declare publiccodeYmlVersion "0.${since}" or later.`,
          { since: `0.${since}`, value: version },
        );
      }
    }

    const name = this.string(["name"], true);
    const applicationSuite = this.string(["applicationSuite"]);

    let url = this.string(["url"], true);
    if (url !== undefined && !isValidHttpUrl(url)) {
      this.error(
        ["url"],
        "url",
        `"url" must be the http(s) URL of the code repository; "${url}" is not.`,
        {
          value: url,
        },
      );
      url = undefined;
    }
    if (url !== undefined) {
      this.notCheck(
        "repository",
        `Whether the repository at ${url} is reachable and is a code repository was not checked (it needs the network).`,
        { url },
      );
    }
    const landingURL = this.httpUrl(["landingURL"], this.string(["landingURL"]));
    if (landingURL) {
      this.notCheck("reachable", `Whether landingURL ${landingURL} is reachable was not checked.`, {
        field: "landingURL",
        value: landingURL,
      });
    }
    const roadmap = this.httpUrl(["roadmap"], this.string(["roadmap"]));
    if (roadmap)
      this.notCheck("reachable", `Whether roadmap ${roadmap} is reachable was not checked.`, {
        field: "roadmap",
        value: roadmap,
      });

    const isBasedOn = this.isBasedOn();
    const softwareVersion = this.string(["softwareVersion"]);
    const releaseDate = this.date(["releaseDate"], this.string(["releaseDate"], minor < 4));

    const logo = this.logo("logo");
    if (this.node(["monochromeLogo"])) {
      this.deprecated(["monochromeLogo"], "logo");
      this.logo("monochromeLogo");
    }

    const organisation = this.organisation();
    this.fundedBy();

    for (const key of ["inputTypes", "outputTypes"]) {
      if (Validator.isAbsent(this.node([key]))) continue;
      this.deprecated([key]);
      this.stringList([key], {
        check: (value, at) => {
          if (!isValidMimeType(value)) {
            this.error(at, "mimeType", `"${value}" at "${formatPath(at)}" is not a MIME type.`, {
              value,
            });
          }
        },
      });
    }

    const platforms = this.stringList(["platforms"], { required: true, nonEmpty: true });
    const categories = this.stringList(["categories"], {
      required: minor < 4,
      nonEmpty: minor < 4,
      check: (value, at) => {
        if (!CATEGORIES.has(value)) {
          this.error(
            at,
            "category",
            `"${value}" at "${formatPath(at)}" is not a category of the standard's list.`,
            { value },
          );
        }
      },
    });
    const usedBy = this.stringList(["usedBy"]);

    const developmentStatus = this.oneOf<DevelopmentStatus>(
      ["developmentStatus"],
      this.string(["developmentStatus"], true),
      DEVELOPMENT_STATUSES,
    );
    const softwareType = this.oneOf<SoftwareType>(
      ["softwareType"],
      this.string(["softwareType"], true),
      SOFTWARE_TYPES,
    );

    const intendedAudience = this.intendedAudience();
    const descriptions = this.descriptions();
    const legal = this.legal();
    const maintenance = this.maintenance();
    const localisation = this.localisation();
    const dependsOn = this.dependsOn();
    this.countrySection();

    if (this.errors.length > 0) return null;

    const data: PubliccodeData = {
      publiccodeYmlVersion: version,
      name: name!,
      url: url!,
      platforms: platforms ?? [],
      categories: categories ?? [],
      developmentStatus: developmentStatus!,
      softwareType: softwareType!,
      descriptions: descriptions!,
      license: legal!.license,
      maintenance: maintenance!,
      localisation: localisation!,
      dependsOn: dependsOn ?? {},
      intendedAudience: intendedAudience ?? {},
      isBasedOn: isBasedOn ?? [],
    };
    if (applicationSuite !== undefined) data.applicationSuite = applicationSuite;
    if (landingURL !== undefined) data.landingURL = landingURL;
    if (roadmap !== undefined) data.roadmap = roadmap;
    if (logo !== undefined) data.logo = logo;
    if (releaseDate !== undefined) data.releaseDate = releaseDate;
    if (softwareVersion !== undefined) data.softwareVersion = softwareVersion;
    if (legal!.mainCopyrightOwner !== undefined)
      data.mainCopyrightOwner = legal!.mainCopyrightOwner;
    if (legal!.repoOwner !== undefined) data.repoOwner = legal!.repoOwner;
    if (organisation !== undefined) data.organisation = organisation;
    if (usedBy !== undefined) data.usedBy = usedBy;
    return data;
  }

  isBasedOn(): string[] | undefined {
    const node = this.node(["isBasedOn"]);
    if (Validator.isAbsent(node)) return undefined;
    const check = (value: string, at: PathSegment[]) => {
      if (!isValidHttpUrl(value)) {
        this.error(
          at,
          "url",
          `"${formatPath(at)}" must be the http(s) URL of a code repository; "${value}" is not.`,
          {
            value,
          },
        );
        return false;
      }
      return true;
    };
    if (node!.kind === "scalar") {
      const value = this.string(["isBasedOn"]);
      return value !== undefined && check(value, ["isBasedOn"]) ? [value] : undefined;
    }
    if (node!.kind === "seq") {
      const values = this.stringList(["isBasedOn"], { check });
      return values;
    }
    this.wrongType(["isBasedOn"], "string or list");
    return undefined;
  }

  logo(key: "logo" | "monochromeLogo"): string | undefined {
    const value = this.pathOrUrl([key], this.string([key]));
    if (value === undefined) return undefined;
    const lower = value.toLowerCase().split(/[?#]/)[0] ?? "";
    if (!LOGO_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
      this.error(
        [key],
        "logoExtension",
        `"${key}" must be an SVG, SVGZ or PNG file; "${value}" is not.`,
        { value, allowed: "svg, svgz, png" },
      );
      return undefined;
    }
    this.notCheck(
      "image",
      `Whether ${key} "${value}" exists in the repository and is a valid image was not checked.`,
      { field: key, value },
    );
    return value;
  }

  organisation(): { name: string; uri?: string } | undefined {
    const node = this.map(["organisation"], ["name", "uri"]);
    if (!node) return undefined;
    const name = this.string(["organisation", "name"], true);
    const uri = this.organisationUri(["organisation", "uri"]);
    if (name === undefined || uri === undefined) return undefined;
    return { name, uri };
  }

  organisationUri(path: PathSegment[]): string | undefined {
    const uri = this.string(path, true);
    if (uri === undefined) return undefined;
    if (!isValidUri(uri)) {
      this.error(path, "uri", `"${formatPath(path)}" must be a URI; "${uri}" is not.`, {
        value: uri,
      });
      return undefined;
    }
    return uri;
  }

  fundedBy() {
    const items = this.list(["fundedBy"]);
    items?.forEach((_item, index) => {
      const at: PathSegment[] = ["fundedBy", index];
      if (!this.map(at, ["name", "uri"], true)) return;
      this.string([...at, "name"], true);
      this.organisationUri([...at, "uri"]);
    });
  }

  intendedAudience(): PubliccodeData["intendedAudience"] | undefined {
    const path = ["intendedAudience"];
    if (!this.map(path, ["scope", "countries", "unsupportedCountries"])) return undefined;
    const out: PubliccodeData["intendedAudience"] = {};
    const scope = this.stringList([...path, "scope"], {
      check: (value, at) => {
        if (!SCOPES.has(value)) {
          this.error(
            at,
            "scope",
            `"${value}" at "${formatPath(at)}" is not a scope of the standard's list.`,
            {
              value,
            },
          );
        }
      },
    });
    for (const key of ["countries", "unsupportedCountries"] as const) {
      const values = this.stringList([...path, key], {
        check: (value, at) => {
          if (!COUNTRY_CODES.has(value.toUpperCase()) || !/^([A-Z]{2}|[a-z]{2})$/.test(value)) {
            this.error(
              at,
              "country",
              `"${value}" at "${formatPath(at)}" is not an ISO 3166-1 alpha-2 country code (for example "ID").`,
              { value },
            );
          } else if (value === value.toLowerCase()) {
            this.warn(
              at,
              "lowercaseCountry",
              `Lower-case country codes are deprecated; write "${value.toUpperCase()}".`,
              { value, replacement: value.toUpperCase() },
            );
          }
        },
      });
      if (values) out[key] = values.map((value) => value.toUpperCase());
    }
    if (scope) out.scope = scope;
    return out;
  }

  descriptions(): Record<string, PubliccodeDescription> | undefined {
    const node = this.map(["description"], null, true);
    if (!node || node.kind !== "map") return undefined;
    if (node.entries.length === 0) {
      this.error(
        ["description"],
        "noLanguage",
        `"description" must have at least one language (for example "id" or "en").`,
      );
      return undefined;
    }
    const out: Record<string, PubliccodeDescription> = {};
    for (const entry of node.entries) {
      const lang = entry.key;
      const path: PathSegment[] = ["description", lang];
      this.bcp47(path, lang);
      const description = this.description(path);
      if (description) out[lang] = description;
    }
    return out;
  }

  description(path: PathSegment[]): PubliccodeDescription | undefined {
    const node = this.map(
      path,
      [
        "localisedName",
        "genericName",
        "shortDescription",
        "longDescription",
        "documentation",
        "apiDocumentation",
        "features",
        "screenshots",
        "videos",
        "awards",
      ],
      true,
    );
    if (!node) return undefined;
    const field = (key: string): PathSegment[] => [...path, key];
    const lang = String(path[1]);

    const localisedName = this.string(field("localisedName"));
    const genericNameRaw = this.string(field("genericName"));
    const genericName = this.length(field("genericName"), genericNameRaw, null, GENERIC_NAME_MAX);
    if (genericNameRaw) this.deprecated(field("genericName"));
    const shortDescription = this.length(
      field("shortDescription"),
      this.string(field("shortDescription"), true),
      null,
      SHORT_DESCRIPTION_MAX,
    );
    const longDescription = this.length(
      field("longDescription"),
      this.string(field("longDescription"), true),
      LONG_DESCRIPTION_MIN,
      LONG_DESCRIPTION_MAX,
    );
    const documentation = this.httpUrl(field("documentation"), this.string(field("documentation")));
    const apiDocumentation = this.httpUrl(
      field("apiDocumentation"),
      this.string(field("apiDocumentation")),
    );
    for (const [key, value] of [
      ["documentation", documentation],
      ["apiDocumentation", apiDocumentation],
    ] as const) {
      if (value)
        this.notCheck(
          "reachable",
          `Whether description.${lang}.${key} ${value} is reachable was not checked.`,
          { field: `description.${lang}.${key}`, value },
        );
    }
    const features = this.stringList(field("features"), { required: true, nonEmpty: true });
    const screenshots = this.stringList(field("screenshots"), {
      check: (value, at) => this.pathOrUrl(at, value),
    });
    if (screenshots?.length) {
      this.notCheck(
        "screenshots",
        `Whether the screenshots of description.${lang} exist in the repository and are images was not checked.`,
        { field: `description.${lang}.screenshots` },
      );
    }
    const videos = this.stringList(field("videos"), {
      check: (value, at) => this.httpUrl(at, value),
    });
    if (videos?.length) {
      this.notCheck(
        "videos",
        `Whether the videos of description.${lang} are reachable and support oEmbed was not checked.`,
        { field: `description.${lang}.videos` },
      );
    }
    const awards = this.stringList(field("awards"));

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

  legal(): { license: string; mainCopyrightOwner?: string; repoOwner?: string } | undefined {
    const path = ["legal"];
    if (!this.map(path, ["license", "mainCopyrightOwner", "repoOwner", "authorsFile"], true)) {
      return undefined;
    }
    let license = this.string(["legal", "license"], true);
    if (license !== undefined && !isValidSpdxExpression(license)) {
      this.error(
        ["legal", "license"],
        "license",
        `"${license}" is not a valid SPDX licence expression (for example "AGPL-3.0-or-later" or "MIT OR Apache-2.0").`,
        { value: license },
      );
      license = undefined;
    }
    const mainCopyrightOwner = this.string(["legal", "mainCopyrightOwner"]);
    const repoOwner = this.string(["legal", "repoOwner"]);
    if (repoOwner !== undefined && this.minor >= 4) {
      this.deprecated(["legal", "repoOwner"], "organisation.name");
    }
    if (!Validator.isAbsent(this.node(["legal", "authorsFile"]))) {
      this.deprecated(["legal", "authorsFile"]);
      const authorsFile = this.pathOrUrl(
        ["legal", "authorsFile"],
        this.string(["legal", "authorsFile"]),
      );
      if (authorsFile) {
        this.notCheck(
          "file",
          `Whether legal.authorsFile "${authorsFile}" exists in the repository was not checked.`,
          { field: "legal.authorsFile", value: authorsFile },
        );
      }
    }
    if (license === undefined) return undefined;
    const out: { license: string; mainCopyrightOwner?: string; repoOwner?: string } = { license };
    if (mainCopyrightOwner !== undefined) out.mainCopyrightOwner = mainCopyrightOwner;
    if (repoOwner !== undefined) out.repoOwner = repoOwner;
    return out;
  }

  maintenance(): PubliccodeData["maintenance"] | undefined {
    if (!this.map(["maintenance"], ["type", "contractors", "contacts"], true)) return undefined;
    const type = this.oneOf<MaintenanceType>(
      ["maintenance", "type"],
      this.string(["maintenance", "type"], true),
      MAINTENANCE_TYPES,
    );

    const contactsPath: PathSegment[] = ["maintenance", "contacts"];
    const contractorsPath: PathSegment[] = ["maintenance", "contractors"];
    const contactsNode = this.node(contactsPath);
    const contractorsNode = this.node(contractorsPath);
    const hasItems = (node: YamlTree | null) =>
      !!node && node.kind === "seq" && node.items.length > 0;

    if ((type === "internal" || type === "community") && Validator.isAbsent(contactsNode)) {
      this.error(
        contactsPath,
        "requiredWhen",
        `"maintenance.contacts" is required when maintenance.type is "${type}".`,
        { when: "maintenance.type", value: type },
      );
    } else if (
      (type === "internal" || type === "community") &&
      contactsNode?.kind === "seq" &&
      !hasItems(contactsNode)
    ) {
      this.error(
        contactsPath,
        "emptyList",
        `The list "maintenance.contacts" must have at least one item.`,
      );
    }
    if (type === "contract" && Validator.isAbsent(contractorsNode)) {
      this.error(
        contractorsPath,
        "requiredWhen",
        `"maintenance.contractors" is required when maintenance.type is "contract".`,
        { when: "maintenance.type", value: "contract" },
      );
    } else if (
      type === "contract" &&
      contractorsNode?.kind === "seq" &&
      !hasItems(contractorsNode)
    ) {
      this.error(
        contractorsPath,
        "emptyList",
        `The list "maintenance.contractors" must have at least one item.`,
      );
    }
    if (type !== undefined && type !== "contract" && !Validator.isAbsent(contractorsNode)) {
      this.error(
        contractorsPath,
        "notAllowedUnless",
        `"maintenance.contractors" is only allowed when maintenance.type is "contract".`,
        { when: "maintenance.type", value: "contract" },
      );
    }

    const contacts: PubliccodeContact[] = [];
    this.list(contactsPath)?.forEach((_item, index) => {
      const at = [...contactsPath, index];
      if (!this.map(at, ["name", "email", "affiliation", "phone"], true)) return;
      const name = this.string([...at, "name"], true);
      const email = this.email([...at, "email"], this.string([...at, "email"]));
      const phone = this.string([...at, "phone"]);
      const affiliation = this.string([...at, "affiliation"]);
      if (name === undefined) return;
      const contact: PubliccodeContact = { name };
      if (email !== undefined) contact.email = email;
      if (phone !== undefined) contact.phone = phone;
      if (affiliation !== undefined) contact.affiliation = affiliation;
      contacts.push(contact);
    });

    let contractors: PubliccodeContractor[] | undefined;
    if (type === "contract") {
      contractors = [];
      this.list(contractorsPath)?.forEach((_item, index) => {
        const at = [...contractorsPath, index];
        if (!this.map(at, ["name", "email", "website", "until"], true)) return;
        const name = this.string([...at, "name"], true);
        const until = this.date([...at, "until"], this.string([...at, "until"], true));
        const email = this.email([...at, "email"], this.string([...at, "email"]));
        const website = this.httpUrl([...at, "website"], this.string([...at, "website"]));
        if (name === undefined || until === undefined) return;
        const contractor: PubliccodeContractor = { name, until };
        if (email !== undefined) contractor.email = email;
        if (website !== undefined) contractor.website = website;
        contractors!.push(contractor);
      });
    }

    if (type === undefined) return undefined;
    return contractors ? { type, contacts, contractors } : { type, contacts };
  }

  localisation(): PubliccodeData["localisation"] | undefined {
    if (!this.map(["localisation"], ["localisationReady", "availableLanguages"], true))
      return undefined;
    const localisationReady = this.boolean(["localisation", "localisationReady"], true);
    const availableLanguages = this.stringList(["localisation", "availableLanguages"], {
      required: true,
      nonEmpty: true,
      check: (value, at) => this.bcp47(at, value),
    });
    if (localisationReady === undefined || availableLanguages === undefined) return undefined;
    return { localisationReady, availableLanguages };
  }

  dependsOn(): PubliccodeData["dependsOn"] | undefined {
    const kinds = ["open", "proprietary", "hardware"] as const;
    if (!this.map(["dependsOn"], kinds)) return undefined;
    const out: PubliccodeData["dependsOn"] = {};
    for (const kind of kinds) {
      const items = this.list(["dependsOn", kind]);
      if (!items) continue;
      const dependencies: PubliccodeDependency[] = [];
      items.forEach((_item, index) => {
        const at: PathSegment[] = ["dependsOn", kind, index];
        if (!this.map(at, ["name", "versionMin", "versionMax", "version", "optional"], true))
          return;
        const name = this.string([...at, "name"], true);
        const dependency: PubliccodeDependency = { name: name ?? "" };
        for (const key of ["versionMin", "versionMax", "version"] as const) {
          const value = this.string([...at, key]);
          if (value !== undefined) dependency[key] = value;
        }
        const optional = this.boolean([...at, "optional"]);
        if (optional !== undefined) dependency.optional = optional;
        if (name !== undefined) dependencies.push(dependency);
      });
      out[kind] = dependencies;
    }
    return out;
  }

  /** The Italian country section (`IT`, formerly `it`): checked for shape only. */
  countrySection() {
    const hasUpper = !Validator.isAbsent(this.node(["IT"]));
    const hasLower = !Validator.isAbsent(this.node(["it"]));
    if (hasLower) this.deprecated(["it"], "IT");
    if (hasUpper && hasLower) {
      this.error(["it"], "duplicateKey", `"IT" is already present; remove "it".`, { other: "IT" });
    }
    for (const section of ["IT", "it"]) {
      if (!this.map([section], ["countryExtensionVersion", "conforme", "riuso", "piattaforme"]))
        continue;
      const extensionVersion = this.string([section, "countryExtensionVersion"]);
      this.oneOf([section, "countryExtensionVersion"], extensionVersion, ["0.2", "1.0"]);
      if (
        this.map(
          [section, "conforme"],
          ["lineeGuidaDesign", "modelloInteroperabilita", "misureMinimeSicurezza", "gdpr"],
        )
      ) {
        this.deprecated([section, "conforme"]);
        for (const key of [
          "lineeGuidaDesign",
          "modelloInteroperabilita",
          "misureMinimeSicurezza",
          "gdpr",
        ]) {
          this.boolean([section, "conforme", key]);
        }
      }
      if (this.map([section, "riuso"], ["codiceIPA"])) {
        const codiceIPA = this.string([section, "riuso", "codiceIPA"]);
        if (codiceIPA) {
          this.deprecated([section, "riuso", "codiceIPA"], "organisation.uri");
          this.notCheck(
            "ipa",
            `Whether ${section}.riuso.codiceIPA "${codiceIPA}" is a registered iPA code was not checked.`,
            { field: `${section}.riuso.codiceIPA`, value: codiceIPA },
          );
        }
      }
      if (this.map([section, "piattaforme"], ["spid", "pagopa", "cie", "anpr", "io"])) {
        for (const key of ["spid", "pagopa", "cie", "anpr", "io"])
          this.boolean([section, "piattaforme", key]);
      }
    }
  }
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
    {
      path: "",
      line: null,
      message: `And ${count} more problems, not listed.`,
      key: "publiccode.error.moreProblems",
      params: { field: "", count },
    },
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
  const data = validator.run();
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
