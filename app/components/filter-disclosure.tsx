import type { ReactNode } from "react";
import { useTranslate } from "~/i18n/use-translate";

/**
 * Filters behind a "Saring" (Filter) button on phones, shown as they are on wide screens (the
 * stylesheet hides the button and lays the content out open from 48rem). A <details> element, so
 * it opens and closes without JavaScript.
 */
export function FilterDisclosure({
  activeCount = 0,
  children,
}: {
  /** Filters in force, shown on the button so a closed panel does not hide them. */
  activeCount?: number;
  children: ReactNode;
}) {
  const t = useTranslate();
  return (
    <details className="filter-disclosure">
      <summary className="button secondary filter-toggle">
        {activeCount > 0 ? t("shell.filterActive", { count: activeCount }) : t("shell.filter")}
      </summary>
      {children}
    </details>
  );
}

/** How many of `keys` have a value in `query`. */
export function countActive(query: Record<string, unknown>, keys: readonly string[]): number {
  return keys.filter((key) => query[key] !== undefined && query[key] !== null && query[key] !== "")
    .length;
}
