import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

/** Friendly 404 / error page, in the user's language; `message` says what was wrong with a request. */
export function ErrorPage({ status, message }: { status: number; message?: MessageKey | null }) {
  const t = useTranslate();
  const [title, body] =
    status === 404
      ? (["error.notFound.title", "error.notFound.body"] as const)
      : status === 403
        ? (["error.forbidden.title", "error.forbidden.body"] as const)
        : status >= 400 && status < 500
          ? (["error.badRequest.title", "error.badRequest.body"] as const)
          : (["error.generic.title", "error.generic.body"] as const);
  return (
    <div className="container narrow error-page">
      <p className="error-code">{status}</p>
      <h1>{t(title)}</h1>
      <p>{t(message ?? body)}</p>
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
