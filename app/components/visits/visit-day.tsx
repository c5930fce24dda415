import { localeOf } from "~/i18n/languages";
import { useLanguage } from "~/i18n/use-translate";

/** A visit's day (YYYY-MM-DD) as the reader's language writes it, e.g. "20 November 2026". */
export function useVisitDay(): (day: string) => string {
  const language = useLanguage();
  const format = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "long",
    timeZone: "UTC",
  });
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}
