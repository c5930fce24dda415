// What a publiccode.yml problem is made of: its typed message key, its params and its English
// sentence, which is the message catalogue's (app/i18n/messages.publiccode.en.ts) and no other.

import { translator, type MessageKey, type MessageParams } from "../../../i18n/translate";
import type { PathSegment } from "./parse";
import type { PubliccodeNote, PubliccodeProblem } from "./types";

export type ErrorKey = Extract<MessageKey, `publiccode.error.${string}`>;
export type WarningKey = Extract<MessageKey, `publiccode.warning.${string}`>;
export type NotCheckedKey = Extract<MessageKey, `publiccode.notChecked.${string}`>;

const english = translator("en");

/** The catalogue's English sentence for a problem, its placeholders filled. */
export function englishText(key: MessageKey, params: MessageParams): string {
  return english(key, params);
}

/** `description.en.features[0]`: keys joined by dots, list items in brackets. */
export function formatPath(path: PathSegment[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}

/** A problem at a path (`field` in its params is always the path). */
export function problemAt(
  path: string,
  line: number | null,
  key: ErrorKey | WarningKey,
  params: MessageParams = {},
): PubliccodeProblem {
  const withField = { field: path, ...params };
  return { path, line, message: englishText(key, withField), key, params: withField };
}

/** A check that was not made. */
export function noteOf(key: NotCheckedKey, params: MessageParams): PubliccodeNote {
  return { key, message: englishText(key, params), params };
}
