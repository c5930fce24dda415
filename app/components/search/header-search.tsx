import { Form, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslate } from "~/i18n/use-translate";

export const PAGE_SEARCH_INPUT_ID = "search-q";

/** The header's search box. Ctrl+K (⌘K) focuses the search box of the page, or this one. */
export function HeaderSearch() {
  const t = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const location = useLocation();
  const onSearchPage = location.pathname === "/search";

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        const target =
          (document.getElementById(PAGE_SEARCH_INPUT_ID) as HTMLInputElement | null) ??
          input.current;
        target?.focus();
        target?.select();
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  if (onSearchPage) return null;
  return (
    <Form method="get" action="/search" role="search" className="header-search">
      <label htmlFor="header-search-q" className="visually-hidden">
        {t("search.header.label")}
      </label>
      <input
        ref={input}
        id="header-search-q"
        name="q"
        type="search"
        placeholder={t("search.header.placeholder")}
        title={t("search.header.shortcut")}
        aria-keyshortcuts="Control+K"
        maxLength={200}
        autoComplete="off"
      />
      <kbd aria-hidden="true">Ctrl K</kbd>
    </Form>
  );
}
