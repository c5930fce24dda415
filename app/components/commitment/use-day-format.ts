import { useMemo } from "react";
import { localeOf } from "~/i18n/languages";
import { useLanguage } from "~/i18n/use-translate";

/** Formats a calendar day (YYYY-MM-DD) and a moment (ISO) in the page's language ("5 Januari 2026"). */
export function useDayFormat() {
  const language = useLanguage();
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(localeOf(language), { dateStyle: "long", timeZone: "UTC" });
    const moment = new Intl.DateTimeFormat(localeOf(language), {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Jakarta",
    });
    return {
      day: (value: string) => day.format(new Date(`${value}T00:00:00Z`)),
      moment: (value: string) => moment.format(new Date(value)),
    };
  }, [language]);
}
