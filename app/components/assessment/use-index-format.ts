import { localeOf } from "~/i18n/languages";
import { useLanguage } from "~/i18n/use-translate";

/** An index or level mean in the reader's number format with two decimals (3,52 in Indonesian). */
export function useIndexFormat(): (value: number) => string {
  const format = new Intl.NumberFormat(localeOf(useLanguage()), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (value) => format.format(value);
}
