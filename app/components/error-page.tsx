import { Link } from "@remix-run/react";
import { useTranslate } from "~/i18n/use-translate";

/** Friendly 404 / error page, in the user's language. */
export function ErrorPage({ status }: { status: number }) {
  const t = useTranslate();
  const notFound = status === 404;
  return (
    <div className="container narrow error-page">
      <p className="error-code">{status}</p>
      <h1>{notFound ? t("error.notFound.title") : t("error.generic.title")}</h1>
      <p>{notFound ? t("error.notFound.body") : t("error.generic.body")}</p>
      <p className="actions">
        <Link className="button" to="/">
          {t("error.backHome")}
        </Link>
        <Link className="button secondary" to="/regions">
          {t("error.browseRegions")}
        </Link>
      </p>
    </div>
  );
}
