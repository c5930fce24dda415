// Writes a publiccode.yml (version 0.4 layout) from the portal's normalised data, so that
// validatePubliccode(toPubliccodeYaml(data)).data deep-equals data for valid data.

import { Document } from "yaml";
import { DESCRIPTION_KEYS, type PubliccodeData } from "./types";

type Plain = Record<string, unknown>;

/** Copies the defined values of `source` under `keys`, in that order. */
function pick<T extends object>(source: T, keys: readonly (keyof T)[]): Plain {
  const out: Plain = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key as string] = value;
  }
  return out;
}

/** The publiccode.yml text for `data`; the version written is `data.publiccodeYmlVersion`. */
export function toPubliccodeYaml(data: PubliccodeData): string {
  const out: Plain = pick(data, [
    "publiccodeYmlVersion",
    "name",
    "applicationSuite",
    "url",
    "landingURL",
  ]);
  if (data.isBasedOn.length > 0) out.isBasedOn = data.isBasedOn;
  Object.assign(out, pick(data, ["softwareVersion", "releaseDate", "logo", "organisation"]));
  out.platforms = data.platforms;
  if (data.categories.length > 0) out.categories = data.categories;
  Object.assign(out, pick(data, ["usedBy", "roadmap", "developmentStatus", "softwareType"]));

  const audience = pick(data.intendedAudience, ["countries", "unsupportedCountries", "scope"]);
  if (Object.keys(audience).length > 0) out.intendedAudience = audience;

  const description: Plain = {};
  for (const [lang, text] of Object.entries(data.descriptions)) {
    description[lang] = pick(text, DESCRIPTION_KEYS);
  }
  out.description = description;

  out.legal = pick(data, ["license", "mainCopyrightOwner", "repoOwner"]);

  const maintenance: Plain = { type: data.maintenance.type };
  if (data.maintenance.contractors !== undefined) {
    maintenance.contractors = data.maintenance.contractors.map((contractor) =>
      pick(contractor, ["name", "until", "email", "website"]),
    );
  }
  if (data.maintenance.contacts.length > 0) {
    maintenance.contacts = data.maintenance.contacts.map((contact) =>
      pick(contact, ["name", "email", "phone", "affiliation"]),
    );
  }
  out.maintenance = maintenance;

  out.localisation = {
    localisationReady: data.localisation.localisationReady,
    availableLanguages: data.localisation.availableLanguages,
  };

  const dependsOn: Plain = {};
  for (const kind of ["open", "proprietary", "hardware"] as const) {
    const list = data.dependsOn[kind];
    if (list !== undefined) {
      dependsOn[kind] = list.map((dependency) =>
        pick(dependency, ["name", "versionMin", "versionMax", "version", "optional"]),
      );
    }
  }
  if (Object.keys(dependsOn).length > 0) out.dependsOn = dependsOn;

  const doc = new Document(out, { version: "1.2" });
  return doc.toString({ lineWidth: 0, blockQuote: "literal" });
}
