import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import type { MessageKey, MessageParams } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

export interface ErrorSummaryItem {
  /** The field's name: the link goes to #field-<name>. */
  field: string;
  message: MessageKey;
}

/**
 * The GOV.UK error summary: at the top of a refused form, a heading and one link per bad field.
 * It takes the focus when it appears (with JavaScript through the effect, after every refused
 * submit; without it the server-rendered autofocus does), so the user hears what went wrong first.
 */
export function ErrorSummary({
  items,
  formError,
  formErrorParams,
  children,
}: {
  items: ErrorSummaryItem[];
  /** A problem of the whole form (no field to link to). */
  formError?: MessageKey;
  formErrorParams?: MessageParams;
  /** More detail after the links (e.g. a file's problems, line by line). */
  children?: ReactNode;
}) {
  const t = useTranslate();
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0 || Boolean(formError);
  // Every new answer is a new array: each refused submit moves the focus again.
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [items, formError, shown]);
  if (!shown) return null;

  const follow = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    const target = document.getElementById(`field-${field}`);
    if (!target) return;
    // Focus the field itself (a fragment link only scrolls) and keep its label in view.
    event.preventDefault();
    target.focus();
    const label = document.querySelector(`label[for="field-${field}"]`) ?? target;
    label.scrollIntoView({ block: "center" });
  };

  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      // Without JavaScript, the browser focuses the summary of a refused form on load: it is only
      // rendered after a refused submit, which is exactly when GOV.UK moves the focus to it.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
    >
      <h2 id="error-summary-title">{t("authoring.errorSummary.title")}</h2>
      {formError ? <p>{t(formError, formErrorParams)}</p> : null}
      {items.length ? (
        <ul>
          {items.map((item) => (
            <li key={item.field}>
              <a href={`#field-${item.field}`} onClick={(event) => follow(event, item.field)}>
                {t(item.message)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}

/** The summary's items in the order the fields appear, from an answer's per-field errors. */
export function summaryItems(
  errors: Partial<Record<string, MessageKey>>,
  order: readonly string[],
): ErrorSummaryItem[] {
  const known = order.filter((field) => errors[field]);
  const others = Object.keys(errors).filter((field) => !order.includes(field) && errors[field]);
  return [...known, ...others].map((field) => ({ field, message: errors[field]! }));
}
