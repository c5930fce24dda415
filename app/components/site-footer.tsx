import { Link } from "@remix-run/react";
import { useTranslate } from "~/i18n/use-translate";

export function SiteFooter() {
  const t = useTranslate();
  return (
    <footer className="site-footer">
      <div className="container footer-grid">
        <div>
          <p className="footer-title">{t("app.name")}</p>
          <p>{t("footer.about")}</p>
        </div>
        <nav aria-label={t("footer.linksLabel")}>
          <ul>
            <li>
              <Link to="/regions">{t("nav.regions")}</Link>
            </li>
            <li>
              <Link to="/spbe">{t("nav.spbe")}</Link>
            </li>
            <li>
              <a href="/api/regions">{t("footer.api")}</a>
            </li>
            <li>
              <a href="/healthz">{t("footer.status")}</a>
            </li>
          </ul>
        </nav>
        <p className="footer-data">{t("footer.dataSources")}</p>
      </div>
    </footer>
  );
}
