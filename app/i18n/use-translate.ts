import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "./languages";
import { translator, type Translate } from "./translate";

/** The page's language, from the root loader (Bahasa Indonesia when the root failed). */
export function useLanguage(): Language {
  const data = useRouteLoaderData<{ language?: string }>("root");
  return isLanguage(data?.language) ? data.language : DEFAULT_LANGUAGE;
}

export function useTranslate(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}
