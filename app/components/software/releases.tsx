// A software entry's releases, newest first, with their archives and checksums; the owning
// region also gets the form that adds one (POST /software/:slug/releases).
import { Field, FormNotice } from "~/components/form-field";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";

export interface Release {
  id: string;
  version: string;
  /** YYYY-MM-DD */
  releaseDate: string;
  changelog: string | null;
  sha256: string | null;
  archiveName: string | null;
}

function ReleaseForm({ slug }: { slug: string }) {
  const t = useTranslate();
  return (
    <form
      method="post"
      action={`/software/${slug}/releases`}
      encType="multipart/form-data"
      className="stack aside-box"
      aria-labelledby="release-form-title"
    >
      <h3 id="release-form-title">{t("release.formTitle")}</h3>
      <Field name="version" label="release.version" required />
      <Field name="releaseDate" type="date" label="release.date" required />
      <div className="field">
        <label htmlFor="field-changelog">{t("release.changelog")}</label>
        <textarea id="field-changelog" name="changelog" rows={3} />
      </div>
      <div className="field">
        <label htmlFor="field-archive">{t("release.archive")}</label>
        <input id="field-archive" name="archive" type="file" accept=".zip,.tar.gz,.tgz" />
      </div>
      <p>
        <button type="submit" className="button secondary">
          {t("release.submit")}
        </button>
      </p>
    </form>
  );
}

export function Releases({
  slug,
  releases,
  outcome,
  mayManage,
}: {
  slug: string;
  releases: Release[];
  /** What the release form said, carried back in the URL. */
  outcome: MessageKey | null;
  mayManage: boolean;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium" });
  return (
    <section aria-labelledby="releases">
      <h2 id="releases">{t("software.releases")}</h2>
      {releases.length === 0 ? (
        <p className="empty-state">{t("software.noReleases")}</p>
      ) : (
        <ul className="plain-list">
          {releases.map((r) => (
            <li key={r.id}>
              {r.version} · {date.format(new Date(r.releaseDate))}
              {r.sha256 ? (
                <>
                  {" "}
                  · <a href={`/releases/${r.id}/archive`}>{t("release.download")}</a> (
                  {r.archiveName}) · <span className="code checksum">SHA-256 {r.sha256}</span>
                </>
              ) : null}
              {r.changelog ? <p className="question-body muted">{r.changelog}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {outcome ? (
        <FormNotice kind={outcome === "release.added" ? "success" : "error"} message={outcome} />
      ) : null}
      {mayManage ? <ReleaseForm slug={slug} /> : null}
    </section>
  );
}
