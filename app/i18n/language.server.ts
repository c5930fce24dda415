import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, isLanguage, type Language } from "./languages";

/** The user's language: the `lang` cookie, otherwise Bahasa Indonesia. */
export function languageOf(request: Request): Language {
  const cookies = request.headers.get("Cookie") ?? "";
  for (const part of cookies.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === LANGUAGE_COOKIE) {
      const value = decodeURIComponent(rest.join("="));
      if (isLanguage(value)) return value;
    }
  }
  return DEFAULT_LANGUAGE;
}

export function languageCookie(language: Language, secure: boolean): string {
  const oneYear = 60 * 60 * 24 * 365;
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${oneYear}; SameSite=Lax${secure ? "; Secure" : ""}`;
}
