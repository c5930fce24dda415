import { en } from "./messages.en";
import { id, type MessageKey } from "./messages.id";
import { localeOf, type Language } from "./languages";

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { id, en };

function interpolate(
  template: string,
  params: MessageParams | undefined,
  language: Language,
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === "number" ? value.toLocaleString(localeOf(language)) : value;
  });
}

/** The one translation function, used on the server and in components. */
export function translator(language: Language): Translate {
  const catalogue = catalogues[language];
  return (key, params) => interpolate(catalogue[key] ?? id[key] ?? key, params, language);
}

/** The same text in both languages, for things that are shown in one and searched in both. */
export function bilingual(key: MessageKey): Record<Language, string> {
  return { id: id[key], en: en[key] };
}

/** A message key coming from data (e.g. a validator's report): true when the catalogue has it. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(id, key);
}

/**
 * The label of a key built from data (`practice.status.${status}`): its text when the catalogue
 * has the key, else the raw value (never the bare key on the page).
 */
export function dataLabel(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}
