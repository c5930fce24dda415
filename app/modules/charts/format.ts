// Numbers and months in the reader's language for chart labels and their tables (3,52 in Indonesian).
import { localeOf, type Language } from "~/i18n/languages";

export function numberFormatter(language: Language, fractionDigits = 0): (value: number) => string {
  const format = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
  return (value) => format.format(value);
}

/** An axis tick: as many decimals as it has, at most two. */
export function tickFormatter(language: Language): (value: number) => string {
  const format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 });
  return (value) => format.format(value);
}

/** "2026-03" -> "Mar 2026" / "Mar 2026" in the reader's language (UTC, no day involved). */
export function monthFormatter(language: Language): (month: string) => string {
  const format = new Intl.DateTimeFormat(localeOf(language), {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
  return (month) => format.format(new Date(`${month}-01T00:00:00Z`));
}
