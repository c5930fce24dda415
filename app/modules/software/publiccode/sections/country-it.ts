// The Italian country section (`IT`, formerly `it`): checked for shape only. The standard has no
// other country extension; an Indonesian one would sit beside this file.

import { isAbsent } from "../reader";
import type { Validator } from "../validator";

const SECTION_KEYS = ["countryExtensionVersion", "conforme", "riuso", "piattaforme"];
const CONFORME_KEYS = [
  "lineeGuidaDesign",
  "modelloInteroperabilita",
  "misureMinimeSicurezza",
  "gdpr",
];
const PIATTAFORME_KEYS = ["spid", "pagopa", "cie", "anpr", "io"];

function checkSection(v: Validator, section: "IT" | "it") {
  if (!v.map([section], SECTION_KEYS)) return;
  const extensionVersion = v.string([section, "countryExtensionVersion"]);
  v.oneOf([section, "countryExtensionVersion"], extensionVersion, ["0.2", "1.0"]);
  if (v.map([section, "conforme"], CONFORME_KEYS)) {
    v.deprecated([section, "conforme"]);
    for (const key of CONFORME_KEYS) v.boolean([section, "conforme", key]);
  }
  if (v.map([section, "riuso"], ["codiceIPA"])) {
    const codiceIPA = v.string([section, "riuso", "codiceIPA"]);
    if (codiceIPA) {
      v.deprecated([section, "riuso", "codiceIPA"], "organisation.uri");
      v.notCheck("publiccode.notChecked.ipa", {
        field: `${section}.riuso.codiceIPA`,
        value: codiceIPA,
      });
    }
  }
  if (v.map([section, "piattaforme"], PIATTAFORME_KEYS)) {
    for (const key of PIATTAFORME_KEYS) v.boolean([section, "piattaforme", key]);
  }
}

export function checkCountrySection(v: Validator) {
  const hasUpper = !isAbsent(v.node(["IT"]));
  const hasLower = !isAbsent(v.node(["it"]));
  if (hasLower) v.deprecated(["it"], "IT");
  if (hasUpper && hasLower) v.error(["it"], "publiccode.error.duplicateKey", { other: "IT" });
  checkSection(v, "IT");
  checkSection(v, "it");
}
