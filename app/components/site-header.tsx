import { Form, Link, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { LANGUAGES } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { isCurrent, navItemsFor } from "./nav-items";
import { HeaderSearch } from "./search/header-search";
import { UserMenu } from "./user-menu";

/**
 * The page header. Below 64rem the account tools, language switch and navigation sit behind a
 * "Menu" button (a <details> disclosure, so it works without JavaScript); on wide screens the
 * stylesheet shows them in the header as rows and hides the button.
 */
export function SiteHeader({ currentPath }: { currentPath: string }) {
  const t = useTranslate();
  const language = useLanguage();
  const menu = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  const root = useRouteLoaderData<{ unreadNotifications?: number; mayMonitor?: boolean }>("root");
  const unread = root?.unreadNotifications ?? 0;

  // A client-side navigation keeps the document: close the menu so the new page is visible.
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.pathname, location.search]);

  // Escape closes the phone menu and returns focus to its button.
  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== "Escape" || !details?.open) return;
      const summary = details.querySelector("summary");
      if (!summary || getComputedStyle(summary).display === "none") return;
      details.open = false;
      summary.focus();
    }
    details.addEventListener("keydown", closeOnEscape);
    return () => details.removeEventListener("keydown", closeOnEscape);
  }, []);

  return (
    <header className="site-header">
      <div className="container header-row">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            LL
          </span>
          <span>
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-tagline">{t("app.tagline")}</span>
          </span>
        </Link>
        <HeaderSearch />
        <details className="site-menu" ref={menu}>
          <summary className="menu-button">
            <span className="menu-icon" aria-hidden="true" />
            {t("shell.menu")}
            {unread ? (
              <span className="badge notification-count">
                <span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>
                <span className="visually-hidden">
                  {t("notify.header.label", { count: unread })}
                </span>
              </span>
            ) : null}
          </summary>
          <div className="site-menu-panel">
            <div className="header-tools">
              <UserMenu />
              <Form
                method="post"
                action="/language"
                className="language-switch"
                aria-label={t("language.switchLabel")}
              >
                <input type="hidden" name="redirectTo" value={currentPath} />
                {LANGUAGES.map((code) => (
                  <button
                    key={code}
                    type="submit"
                    name="lang"
                    value={code}
                    aria-pressed={code === language}
                    lang={code}
                    title={t(code === "id" ? "language.id" : "language.en")}
                  >
                    {code.toUpperCase()}
                  </button>
                ))}
              </Form>
            </div>
            <nav aria-label={t("nav.label")} className="main-nav">
              <ul>
                {navItemsFor(root?.mayMonitor ?? false).map((item) => {
                  const current = isCurrent(item, currentPath);
                  return (
                    <li
                      key={item.to}
                      className={item.headerSearchOnWide ? "nav-item-search" : undefined}
                    >
                      <Link
                        to={item.to}
                        aria-current={current ? "page" : undefined}
                        prefetch="intent"
                      >
                        {t(item.label)}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          </div>
        </details>
      </div>
    </header>
  );
}
