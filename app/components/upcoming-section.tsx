import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

/** A section the portal does not hold yet: says so plainly and points to what exists. */
export function UpcomingSection({ title, body }: { title: MessageKey; body: MessageKey }) {
  const t = useTranslate();
  return (
    <div className="container section narrow">
      <h1>{t(title)}</h1>
      <div className="empty-state">
        <p>{t(body)}</p>
        <p>{t("upcoming.meanwhile")}</p>
        <p className="actions">
          <Link className="button" to="/regions">
            {t("nav.regions")}
          </Link>
          <Link className="button secondary" to="/spbe">
            {t("nav.spbe")}
          </Link>
        </p>
      </div>
    </div>
  );
}
