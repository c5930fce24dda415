import type { ReactNode } from "react";
import { useTranslate } from "~/i18n/use-translate";

/**
 * A table that scrolls sideways inside its own box when it is wider than the screen, so the page
 * itself never does. Named "Tabel: …" so it differs from the section it sits in. The box is focusable and named, so keyboard users can scroll it too.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const t = useTranslate();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="data-table" role="region" aria-label={t("shell.table", { label })} tabIndex={0}>
      {children}
    </div>
  );
}
