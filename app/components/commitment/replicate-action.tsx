import { Link } from "@remix-run/react";
import { useTranslate } from "~/i18n/use-translate";
import type { DraftEntry } from "~/modules/tracker/draft-entry";

/** "Buat komitmen tindak lanjut": to the prefilled draft form, or to sign in first. */
export function ReplicateAction({ entry, href }: { entry: DraftEntry; href: string }) {
  const t = useTranslate();
  if (entry === "create")
    return (
      <p>
        <Link to={href} className="button">
          {t("tracker.entry.create")}
        </Link>
      </p>
    );
  if (entry === "signIn")
    return (
      <p>
        <Link to={`/login?redirectTo=${encodeURIComponent(href)}`}>
          {t("tracker.entry.signIn")}
        </Link>
      </p>
    );
  return null;
}

/** The code entry's side box: replicate this code as a follow-up commitment. */
export function SoftwareReplicate({ entry, slug }: { entry: DraftEntry; slug: string }) {
  const t = useTranslate();
  if (!entry) return null;
  return (
    <section className="aside-box" aria-labelledby="replicate-code-title">
      <h2 id="replicate-code-title">{t("tracker.entry.title")}</h2>
      <ReplicateAction
        entry={entry}
        href={`/commitments/new?software=${encodeURIComponent(slug)}`}
      />
    </section>
  );
}
