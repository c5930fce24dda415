// The value checks every section uses: one of a list, URLs, dates, e-mail addresses, lengths,
// language tags, deprecated keys. Each reports its problem and answers undefined (or false).

import {
  graphemeLength,
  isValidBcp47,
  isValidDate,
  isValidEmail,
  isValidHttpUrl,
  relativePathOrUrlProblem,
} from "./checks";
import type { PathSegment } from "./parse";
import { Reader } from "./reader";

export class Validator extends Reader {
  oneOf<T extends string>(
    path: PathSegment[],
    value: string | undefined,
    allowed: readonly T[],
  ): T | undefined {
    if (value === undefined) return undefined;
    const known = allowed.find((item) => item === value);
    if (known === undefined) {
      this.error(path, "publiccode.error.enum", { value, allowed: allowed.join(", ") });
    }
    return known;
  }

  httpUrl(path: PathSegment[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!isValidHttpUrl(value)) {
      this.error(path, "publiccode.error.httpUrl", { value });
      return undefined;
    }
    return value;
  }

  date(path: PathSegment[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!isValidDate(value)) {
      this.error(path, "publiccode.error.date", { value });
      return undefined;
    }
    return value;
  }

  email(path: PathSegment[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!isValidEmail(value)) {
      this.error(path, "publiccode.error.email", { value });
      return undefined;
    }
    return value;
  }

  /** A path relative to the repository root or an http(s) URL. */
  pathOrUrl(path: PathSegment[], value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (relativePathOrUrlProblem(value)) {
      this.error(path, "publiccode.error.pathOrUrl", { value });
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
      this.error(path, "publiccode.error.tooLong", { max, actual });
      return undefined;
    }
    if (min !== null && actual < min) {
      this.error(path, "publiccode.error.tooShort", { min, actual });
      return undefined;
    }
    return value;
  }

  bcp47(path: PathSegment[], value: string) {
    if (!isValidBcp47(value)) {
      this.error(path, "publiccode.error.bcp47", { value });
      return false;
    }
    return true;
  }

  deprecated(path: PathSegment[], replacement?: string) {
    this.warn(path, "publiccode.warning.deprecatedKey", replacement ? { replacement } : {});
  }
}
