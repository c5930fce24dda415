// Value checks that need no network: BCP 47 tags (against the IANA subtag registry), SPDX licence
// expressions, dates, URLs, e-mail addresses and MIME types.

import extlangs from "language-subtag-registry/data/json/extlang.json";
import grandfathered from "language-subtag-registry/data/json/grandfathered.json";
import languages from "language-subtag-registry/data/json/language.json";
import regions from "language-subtag-registry/data/json/region.json";
import scripts from "language-subtag-registry/data/json/script.json";
import variants from "language-subtag-registry/data/json/variant.json";
import parseSpdx from "spdx-expression-parse";
import { safeHttpUrl } from "../../../utils/safe-url";

type Registry = Record<string, number>;

function rangesOf(registry: Registry): [string, string][] {
  return Object.keys(registry)
    .filter((key) => key.includes(".."))
    .map((key) => key.split("..") as [string, string]);
}

function inRegistry(registry: Registry, ranges: [string, string][], subtag: string): boolean {
  const lower = subtag.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(registry, lower)) return true;
  return ranges.some(([from, to]) => lower.length === from.length && lower >= from && lower <= to);
}

const languageRanges = rangesOf(languages);
const scriptRanges = rangesOf(scripts);
const regionRanges = rangesOf(regions);

const alphanum = /^[a-z0-9]+$/i;

/**
 * True for a well-formed BCP 47 (RFC 5646) tag whose language, extlang, script, region and variant
 * subtags are registered with IANA, e.g. `id`, `en-GB`, `sr-Latn-RS`, `sl-IT-nedis`.
 */
export function isValidBcp47(tag: string): boolean {
  if (tag.length === 0 || !/^[a-z0-9-]+$/i.test(tag)) return false;
  const lower = tag.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(grandfathered, lower)) return true;
  const parts = lower.split("-");
  if (parts.some((part) => part.length === 0 || part.length > 8 || !alphanum.test(part))) {
    return false;
  }
  let index = 0;
  const next = () => parts[index];

  // Private-use only tag: x-whatever.
  if (next() === "x") return parts.length > 1;

  const language = next();
  if (!language || !/^[a-z]{2,3}$|^[a-z]{5,8}$/.test(language)) return false;
  if (!inRegistry(languages, languageRanges, language)) return false;
  index += 1;

  // Up to three extended language subtags (only after a 2-3 letter language).
  let extlangCount = 0;
  while (language.length <= 3 && extlangCount < 3 && /^[a-z]{3}$/.test(next() ?? "")) {
    if (!inRegistry(extlangs, [], next() as string)) return false;
    index += 1;
    extlangCount += 1;
  }
  if (/^[a-z]{4}$/.test(next() ?? "")) {
    if (!inRegistry(scripts, scriptRanges, next() as string)) return false;
    index += 1;
  }
  if (/^[a-z]{2}$|^[0-9]{3}$/.test(next() ?? "")) {
    if (!inRegistry(regions, regionRanges, next() as string)) return false;
    index += 1;
  }
  const seenVariants = new Set<string>();
  while (/^[a-z0-9]{5,8}$|^[0-9][a-z0-9]{3}$/.test(next() ?? "")) {
    const variant = next() as string;
    if (seenVariants.has(variant) || !inRegistry(variants, [], variant)) return false;
    seenVariants.add(variant);
    index += 1;
  }
  const seenSingletons = new Set<string>();
  while (index < parts.length && /^[0-9a-wy-z]$/.test(next() as string)) {
    const singleton = next() as string;
    if (seenSingletons.has(singleton)) return false;
    seenSingletons.add(singleton);
    index += 1;
    let count = 0;
    while (index < parts.length && /^[a-z0-9]{2,8}$/.test(next() as string)) {
      index += 1;
      count += 1;
    }
    if (count === 0) return false;
  }
  if (index < parts.length && next() === "x") {
    index += 1;
    if (index >= parts.length) return false;
    index = parts.length; // the rest, 1-8 alphanumerics each, was checked above
  }
  return index === parts.length;
}

/** True when `expression` is a valid SPDX licence expression (ids from the SPDX licence list). */
export function isValidSpdxExpression(expression: string): boolean {
  if (expression.trim() !== expression || expression.length === 0) return false;
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}

/** YYYY-MM-DD that is a real calendar date. */
export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** An absolute http(s) URL with a host and no credentials: the portal's one rule (safeHttpUrl). */
export function isValidHttpUrl(value: string): boolean {
  return safeHttpUrl(value) !== null;
}

/**
 * A path relative to the repository root or an http(s) URL (logo, screenshots, authorsFile).
 * Returns the reason it is not, or null. The scheme is looked for as a browser would read it:
 * without the tabs, newlines and leading spaces it ignores ("java\tscript:").
 */
export function relativePathOrUrlProblem(value: string): "absolute" | "file" | "url" | null {
  // eslint-disable-next-line no-control-regex -- control characters are what this drops
  const read = value.replace(/[\u0000-\u0020\u007f]/g, "");
  if (/^[/\\]/.test(read)) return "absolute";
  if (/^file:/i.test(read)) return "file";
  if (/^[a-z][a-z0-9+.-]*:/i.test(read) && !isValidHttpUrl(value)) return "url";
  return null;
}

export function isValidEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export function isValidMimeType(value: string): boolean {
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i.test(value);
}

/** A URI with a scheme (organisation.uri): `https://…`, `urn:x-…:…`. */
export function isValidUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

/**
 * True for code units that never join a neighbour into one grapheme cluster (Unicode UAX #29: no
 * Extend, SpacingMark, Prepend, ZWJ, regional indicator, Hangul jamo, Extended_Pictographic or
 * Indic conjunct property): ASCII other than CR and LF, Latin-1 and Latin Extended letters,
 * Greek, Cyrillic letters, general punctuation, kana and CJK ideographs. Between two of them
 * there is always a boundary.
 */
function isLoneCharacter(code: number): boolean {
  if (code < 0x80) return !isControl(code);
  return (
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x370 && code <= 0x3ff) ||
    (code >= 0x400 && code <= 0x482) ||
    (code >= 0x48a && code <= 0x52f) ||
    (code >= 0x2010 && code <= 0x2027) ||
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x4e00 && code <= 0x9fff)
  );
}

/** C0 and C1 controls, CR and LF included (Grapheme_Cluster_Break Control, CR, LF). */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** A boundary certainly lies between these code units: around a control (but CR LF), or two lone ones. */
function isBoundary(before: number, after: number): boolean {
  if (before === 0x0d && after === 0x0a) return false;
  if (isControl(before) || isControl(after)) return true;
  // A combining diacritical mark (Extend) never joins what follows it unless that is Extend too.
  return (isLoneCharacter(before) || isCombiningMark(before)) && isLoneCharacter(after);
}

/** Combining Diacritical Marks, U+0300–U+036F (Grapheme_Cluster_Break Extend). */
function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** One lone character followed by combining diacritical marks only, such as "e\u0301". */
function isMarkedCharacter(value: string, start: number, end: number): boolean {
  if (!isLoneCharacter(value.charCodeAt(start))) return false;
  for (let index = start + 1; index < end; index += 1) {
    if (!isCombiningMark(value.charCodeAt(index))) return false;
  }
  return true;
}

let segmenter: Intl.Segmenter | null | undefined;

/** Code units given to Intl.Segmenter at a time: its cost per character grows with the text. */
const WINDOW = 256;
/** A grapheme cluster longer than this (only ever seen in crafted text) is cut there. */
const LONGEST_CLUSTER = 1024;

function segmentCount(text: string): number {
  if (segmenter === undefined) {
    const Segmenter = (Intl as unknown as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    segmenter = Segmenter ? new Segmenter(undefined, { granularity: "grapheme" }) : null;
  }
  if (!segmenter) return [...text].length;
  let count = 0;
  let start = 0;
  let size = WINDOW;
  while (start < text.length) {
    const end = Math.min(text.length, start + size);
    let segments = 0;
    let lastStart = 0;
    for (const segment of segmenter.segment(text.slice(start, end))) {
      segments += 1;
      lastStart = segment.index;
    }
    if (end === text.length) return count + segments;
    // Boundaries depend on what comes before them, never on more than one code unit after, and
    // `start` is a boundary: every segment of the window but the last one is final.
    if (segments > 1) {
      count += segments - 1;
      start += lastStart;
      size = WINDOW;
    } else if (size < LONGEST_CLUSTER) {
      size *= 2;
    } else {
      count += 1;
      start = end;
      size = WINDOW;
    }
  }
  return count;
}

/**
 * Length in user-perceived characters (grapheme clusters), as the reference parser counts.
 * Intl.Segmenter costs several microseconds per character, so only the stretches around other
 * characters (combining marks, emoji, CR LF, most scripts of South and South-East Asia) go
 * through it; a run of characters that stand alone is counted by its length.
 */
export function graphemeLength(value: string): number {
  let count = 0;
  let start = 0;
  for (let index = 1; index <= value.length; index += 1) {
    const atEnd = index === value.length;
    if (!atEnd && !isBoundary(value.charCodeAt(index - 1), value.charCodeAt(index))) continue;
    // A certain boundary before `index` (or the end): [start, index) is counted on its own.
    count +=
      index - start === 1 || isMarkedCharacter(value, start, index)
        ? 1
        : segmentCount(value.slice(start, index));
    start = index;
  }
  return count;
}
