import { Link, useRouteLoaderData } from "@remix-run/react";
import { useTranslate } from "~/i18n/use-translate";

export function SiteFooter() {
  const t = useTranslate();
  const demoMode = useRouteLoaderData<{ demoMode?: boolean }>("root")?.demoMode ?? false;
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
              <Link to="/partisipasi">{t("footer.participation")}</Link>
            </li>
            <li>
              <a href="/api/regions">{t("footer.api")}</a>
            </li>
            <li>
              <a href="/healthz">{t("footer.status")}</a>
            </li>
            {demoMode ? (
              <li>
                <Link to="/outbox">{t("outbox.title")}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="footer-data">
          <p>{t("footer.dataSources")}</p>
          {demoMode ? <p>{t("footer.demoMode")}</p> : null}
        </div>
      </div>
    </footer>
  );
}
