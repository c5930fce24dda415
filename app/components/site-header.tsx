import { Form, Link } from "@remix-run/react";
import { LANGUAGES } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { NAV_ITEMS, isCurrent } from "./nav-items";
import { HeaderSearch } from "./search/header-search";
import { UserMenu } from "./user-menu";

export function SiteHeader({ currentPath }: { currentPath: string }) {
  const t = useTranslate();
  const language = useLanguage();
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
        <div className="header-tools">
          <HeaderSearch />
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
      </div>
      <nav aria-label={t("nav.label")} className="main-nav">
        <ul className="container">
          {NAV_ITEMS.map((item) => {
            const current = isCurrent(item, currentPath);
            return (
              <li key={item.to}>
                <Link to={item.to} aria-current={current ? "page" : undefined} prefetch="intent">
                  {t(item.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </header>
  );
}
