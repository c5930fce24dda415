// The body of a software entry's page: the long description and features of the reader's
// language (from publiccode.yml), the portal's requirements and the README.
import type { PubliccodeDescription } from "~/modules/software/publiccode";
import { useTranslate } from "~/i18n/use-translate";

export type EntryDescription = PubliccodeDescription & { longDescriptionHtml: string };

export function EntryAbout({
  description,
  requirements,
  readmeHtml,
}: {
  description: EntryDescription | undefined;
  requirements: string | null;
  /** Rendered and sanitised on the server; empty when there is no README. */
  readmeHtml: string;
}) {
  const t = useTranslate();
  return (
    <>
      {description?.longDescription ? (
        <section aria-labelledby="about">
          <h2 id="about">{t("software.about")}</h2>
          <div dangerouslySetInnerHTML={{ __html: description.longDescriptionHtml }} />
        </section>
      ) : null}
      {description?.features?.length ? (
        <section aria-labelledby="features">
          <h2 id="features">{t("software.features")}</h2>
          <ul>
            {description.features.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {requirements ? (
        <section aria-labelledby="requirements">
          <h2 id="requirements">{t("software.requirements")}</h2>
          <p>{requirements}</p>
        </section>
      ) : null}
      {readmeHtml ? (
        <section aria-labelledby="readme">
          <h2 id="readme">README</h2>
          <div dangerouslySetInnerHTML={{ __html: readmeHtml }} />
        </section>
      ) : null}
    </>
  );
}
