import { useTranslate } from "~/i18n/use-translate";

/** The reviewer's comment on a submission returned to draft, shown on the author's edit page. */
export function ReturnedComment({ comment, when }: { comment: string; when: string | null }) {
  const t = useTranslate();
  return (
    <section className="notice notice-error review-returned" aria-labelledby="returned-title">
      <h2 id="returned-title">{t("review.returnedTitle")}</h2>
      <p className="review-comment">{comment}</p>
      {when ? <p className="muted">{t("review.returnedAt", { when })}</p> : null}
    </section>
  );
}
