// Types of the publiccode.yml validator: the problems it reports and the normalised data the portal
// stores for a valid file.

import type { MessageKey } from "../../../i18n/translate";

/** One problem found in a publiccode.yml file. */
export type PubliccodeProblem = {
  /** Dotted key path, list items in brackets: `description.en.shortDescription`, `categories[0]`. */
  path: string;
  /** 1-based line of the key (or, for a missing key, of its parent); null when unknown. */
  line: number | null;
  /** The problem as an English sentence: the catalogue's English text for `key`. */
  message: string;
  /** Message key for the UI to translate, e.g. `publiccode.error.required`. */
  key: MessageKey;
  /** Values for the translated message; always carries `field` (the path). */
  params?: Record<string, string | number>;
};

/** A check that was not made, as an English sentence and as a message key with its params. */
export type PubliccodeNote = {
  /** The catalogue's English text for `key`. */
  message: string;
  /** e.g. `publiccode.notChecked.reachable`. */
  key: MessageKey;
  params: Record<string, string | number>;
};

export type PubliccodeValidation = {
  valid: boolean;
  /**
   * Set when the text was not checked at all: larger than the size limit (`tooLarge`), or beyond
   * a limit of tokens, nesting, nodes or keys (`tooComplex`); `errors` then holds that one problem.
   */
  refusal: "tooLarge" | "tooComplex" | null;
  errors: PubliccodeProblem[];
  warnings: PubliccodeProblem[];
  /** Checks that need the network (reachability, files in the repository): never counted as passed. */
  notChecked: PubliccodeNote[];
  /** The normalised data, only when the file is valid. */
  data: PubliccodeData | null;
};

export type MaintenanceType = "internal" | "contract" | "community" | "none";

export type DevelopmentStatus = "concept" | "development" | "beta" | "stable" | "obsolete";

export type SoftwareType =
  | "standalone/mobile"
  | "standalone/iot"
  | "standalone/desktop"
  | "standalone/web"
  | "standalone/backend"
  | "standalone/other"
  | "addon"
  | "library"
  | "configurationFiles";

export type PubliccodeDescription = {
  shortDescription: string;
  longDescription?: string;
  features?: string[];
  documentation?: string;
  apiDocumentation?: string;
  /** Deprecated by the standard, kept so that older files round-trip. */
  genericName?: string;
  localisedName?: string;
  screenshots?: string[];
  videos?: string[];
  awards?: string[];
};

/** The keys of one language's description block, in the standard's order (read and written). */
export const DESCRIPTION_KEYS: readonly (keyof PubliccodeDescription)[] = [
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
];

export type PubliccodeContact = {
  name: string;
  email?: string;
  phone?: string;
  affiliation?: string;
};

export type PubliccodeContractor = {
  name: string;
  /** YYYY-MM-DD */
  until: string;
  email?: string;
  website?: string;
};

export type PubliccodeDependency = {
  name: string;
  versionMin?: string;
  versionMax?: string;
  version?: string;
  optional?: boolean;
};

export type PubliccodeData = {
  publiccodeYmlVersion: string;
  name: string;
  applicationSuite?: string;
  url: string;
  landingURL?: string;
  roadmap?: string;
  /** Relative path in the repository or absolute URL. */
  logo?: string;
  releaseDate?: string;
  softwareVersion?: string;
  platforms: string[];
  categories: string[];
  developmentStatus: DevelopmentStatus;
  softwareType: SoftwareType;
  /** Keyed by BCP 47 language tag, in the file's order. */
  descriptions: Record<string, PubliccodeDescription>;
  /** SPDX licence expression. */
  license: string;
  mainCopyrightOwner?: string;
  repoOwner?: string;
  organisation?: { name: string; uri?: string };
  maintenance: {
    type: MaintenanceType;
    contacts: PubliccodeContact[];
    contractors?: PubliccodeContractor[];
  };
  localisation: { localisationReady: boolean; availableLanguages: string[] };
  dependsOn: {
    open?: PubliccodeDependency[];
    proprietary?: PubliccodeDependency[];
    hardware?: PubliccodeDependency[];
  };
  intendedAudience: {
    /** ISO 3166-1 alpha-2, upper case. */
    countries?: string[];
    unsupportedCountries?: string[];
    scope?: string[];
  };
  isBasedOn: string[];
  usedBy?: string[];
};
