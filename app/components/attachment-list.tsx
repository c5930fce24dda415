import { useTranslate } from "~/i18n/use-translate";

export interface AttachmentItem {
  id: string;
  name: string;
  size: number;
}

/** A practice's attachments, each once, with a remove button for those who may edit. */
export function AttachmentList({
  slug,
  attachments,
  canRemove,
}: {
  slug: string;
  attachments: AttachmentItem[];
  canRemove: boolean;
}) {
  const t = useTranslate();
  if (attachments.length === 0) return <p className="muted">{t("authoring.attachments.none")}</p>;
  return (
    <ul className="attachment-list">
      {attachments.map((a) => (
        <li key={a.id}>
          <span>
            <a href={`/attachments/${a.id}`}>{a.name}</a>{" "}
            <span className="muted">({Math.ceil(a.size / 1024)} KB)</span>
          </span>
          {canRemove ? (
            // A plain form: removing works without JavaScript.
            <form method="post" action={`/practices/${slug}/attachments/${a.id}/remove`}>
              <button type="submit" className="button secondary small">
                {t("authoring.attachments.remove")}
                <span className="visually-hidden"> {a.name}</span>
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Attachments of a practice not saved yet: a draft needs its title and summary first (its address
 * comes from the title), so this saves the draft from the fields typed so far and opens its
 * attachments. The button belongs to the practice form (form="practice-form").
 */
export function NewPracticeAttachments() {
  const t = useTranslate();
  return (
    <section className="aside-box" aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t("practice.attachments")}</h2>
      <p>{t("authoring.attachments.beforeSave")}</p>
      <p>
        <button
          type="submit"
          form="practice-form"
          name="intent"
          value="attach"
          className="button secondary"
        >
          {t("authoring.attachments.saveThenAttach")}
        </button>
      </p>
    </section>
  );
}
