// legal: the SPDX licence expression and the owners; authorsFile is deprecated.

import { isValidSpdxExpression } from "../checks";
import { isAbsent } from "../reader";
import type { Validator } from "../validator";

export type Legal = { license: string; mainCopyrightOwner?: string; repoOwner?: string };

function checkAuthorsFile(v: Validator) {
  if (isAbsent(v.node(["legal", "authorsFile"]))) return;
  v.deprecated(["legal", "authorsFile"]);
  const authorsFile = v.pathOrUrl(["legal", "authorsFile"], v.string(["legal", "authorsFile"]));
  if (authorsFile) {
    v.notCheck("publiccode.notChecked.file", { field: "legal.authorsFile", value: authorsFile });
  }
}

export function readLegal(v: Validator): Legal | undefined {
  if (!v.map(["legal"], ["license", "mainCopyrightOwner", "repoOwner", "authorsFile"], true)) {
    return undefined;
  }
  let license = v.string(["legal", "license"], true);
  if (license !== undefined && !isValidSpdxExpression(license)) {
    v.error(["legal", "license"], "publiccode.error.license", { value: license });
    license = undefined;
  }
  const mainCopyrightOwner = v.string(["legal", "mainCopyrightOwner"]);
  const repoOwner = v.string(["legal", "repoOwner"]);
  if (repoOwner !== undefined && v.minor >= 4) {
    v.deprecated(["legal", "repoOwner"], "organisation.name");
  }
  checkAuthorsFile(v);
  if (license === undefined) return undefined;
  const out: Legal = { license };
  if (mainCopyrightOwner !== undefined) out.mainCopyrightOwner = mainCopyrightOwner;
  if (repoOwner !== undefined) out.repoOwner = repoOwner;
  return out;
}
