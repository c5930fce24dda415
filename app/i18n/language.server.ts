import { z } from "zod";
import {
  DEFAULT_LANGUAGE,
  LANGUAGES,
  LANGUAGE_COOKIE,
  isLanguage,
  type Language,
} from "./languages";

/** The language a Cookie header's `lang` cookie names, or null. */
export function languageFromCookieHeader(cookies: string | null | undefined): Language | null {
  for (const part of (cookies ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === LANGUAGE_COOKIE) {
      const value = decodeURIComponent(rest.join("="));
      if (isLanguage(value)) return value;
    }
  }
  return null;
}

/** The user's language: the `lang` cookie, otherwise Bahasa Indonesia. */
export function languageOf(request: Request): Language {
  return languageFromCookieHeader(request.headers.get("Cookie")) ?? DEFAULT_LANGUAGE;
}

export function languageCookie(language: Language, secure: boolean): string {
  const oneYear = 60 * 60 * 24 * 365;
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${oneYear}; SameSite=Lax${secure ? "; Secure" : ""}`;
}

/**
 * The language an API caller asks for: `?lang=id|en`, else the one its Accept-Language prefers
 * (q-values honoured, `en-US` counts as `en`), else Bahasa Indonesia. Cookies play no part.
 */
export function requestedLanguageOf(request: Request): Language {
  const asked = z.enum(LANGUAGES).safeParse(new URL(request.url).searchParams.get("lang"));
  if (asked.success) return asked.data;
  return preferredLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LANGUAGE;
}

/** The portal language an Accept-Language header ranks highest (the first of equals), or null. */
export function preferredLanguage(header: string | null): Language | null {
  let best: { language: Language; q: number } | null = null;
  for (const item of (header ?? "").split(",")) {
    const [range = "", ...params] = item.split(";");
    const primary = range.trim().toLowerCase().split("-")[0];
    if (!isLanguage(primary)) continue;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*(\d(?:\.\d{0,3})?)\s*$/i.exec(param);
      if (match) q = Number(match[1]);
    }
    if (q > 0 && q <= 1 && (!best || q > best.q)) best = { language: primary, q };
  }
  return best?.language ?? null;
}
