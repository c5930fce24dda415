// publiccode.yml support: parse with line numbers, validate without the network, export.

export { parsePubliccode, type ParsedPubliccode, type PathSegment } from "./parse";
export {
  validatePubliccode,
  formatPath,
  SUPPORTED_VERSIONS,
  RECOMMENDED_VERSION,
} from "./validate";
export { toPubliccodeYaml } from "./serialize";
export { PUBLICCODE_LIMITS, MAX_BYTES_TEXT } from "./limits";
export { isValidBcp47, isValidSpdxExpression, isValidDate } from "./checks";
export {
  CATEGORIES,
  SCOPES,
  COUNTRY_CODES,
  DEVELOPMENT_STATUSES,
  SOFTWARE_TYPES,
  MAINTENANCE_TYPES,
  KNOWN_PLATFORMS,
} from "./vocabularies";
export type * from "./types";
