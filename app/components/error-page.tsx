import { Link } from "@remix-run/react";
import { useTranslate } from "~/i18n/use-translate";

/** Friendly 404 / error page, in the user's language. */
export function ErrorPage({ status }: { status: number }) {
  const t = useTranslate();
  const [title, body] =
    status === 404
      ? (["error.notFound.title", "error.notFound.body"] as const)
      : status === 403
        ? (["error.forbidden.title", "error.forbidden.body"] as const)
        : (["error.generic.title", "error.generic.body"] as const);
  return (
    <div className="container narrow error-page">
      <p className="error-code">{status}</p>
      <h1>{t(title)}</h1>
      <p>{t(body)}</p>
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
