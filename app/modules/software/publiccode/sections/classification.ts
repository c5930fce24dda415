// How the software is classified: inputTypes and outputTypes (deprecated), platforms, categories,
// usedBy, developmentStatus and softwareType.

import { isValidMimeType } from "../checks";
import type { DevelopmentStatus, SoftwareType } from "../types";
import type { Validator } from "../validator";
import { isAbsent } from "../reader";
import { CATEGORIES, DEVELOPMENT_STATUSES, SOFTWARE_TYPES } from "../vocabularies";

export type Classification = {
  platforms?: string[];
  categories?: string[];
  usedBy?: string[];
  developmentStatus?: DevelopmentStatus;
  softwareType?: SoftwareType;
};

function checkMimeTypes(v: Validator) {
  for (const key of ["inputTypes", "outputTypes"]) {
    if (isAbsent(v.node([key]))) continue;
    v.deprecated([key]);
    v.stringList([key], {
      check: (value, at) => {
        if (!isValidMimeType(value)) v.error(at, "publiccode.error.mimeType", { value });
      },
    });
  }
}

export function readClassification(v: Validator): Classification {
  checkMimeTypes(v);
  const platforms = v.stringList(["platforms"], { required: true, nonEmpty: true });
  const categories = v.stringList(["categories"], {
    required: v.minor < 4,
    nonEmpty: v.minor < 4,
    check: (value, at) => {
      if (!CATEGORIES.has(value)) v.error(at, "publiccode.error.category", { value });
    },
  });
  const usedBy = v.stringList(["usedBy"]);
  const developmentStatus = v.oneOf<DevelopmentStatus>(
    ["developmentStatus"],
    v.string(["developmentStatus"], true),
    DEVELOPMENT_STATUSES,
  );
  const softwareType = v.oneOf<SoftwareType>(
    ["softwareType"],
    v.string(["softwareType"], true),
    SOFTWARE_TYPES,
  );
  return { platforms, categories, usedBy, developmentStatus, softwareType };
}
