// The review of an evidence record on its page: the latest state, the history (newest first, with
// the coordinator's comments the region reads) and, for coordinators, the decision form. The form
// posts to /evidence/:id/review (a fetcher, so the page revalidates in place; without JavaScript
// that route shows the answer).
import { useFetcher } from "@remix-run/react";
import { TextAreaField } from "~/components/form-field";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { EvidenceReviewEntry } from "~/modules/evidence/evidence-review.server";
import {
  EVIDENCE_REVIEW_COMMENT_MAX,
  REVIEW_DECISIONS,
} from "~/modules/evidence/evidence-review.schema";
import type { ReviewState } from "~/modules/evidence/evidence.schema";
import type { FormResult } from "~/utils/responses.server";

export interface EvidenceReviewData {
  entries: EvidenceReviewEntry[];
  mayReview: boolean;
  /** False for readers outside the region and the centre: they see the state only. */
  historyVisible: boolean;
}

export function EvidenceReviewForm({ id, answer }: { id: string; answer?: FormResult }) {
  const fetcher = useFetcher<FormResult>();
  const t = useTranslate();
  const result = fetcher.data ?? answer;
  const errors = result?.errors ?? {};
  return (
    <fetcher.Form method="post" action={`/evidence/${id}/review`} className="stack" noValidate>
      <h3 id="review-form-title">{t("evidenceReview.formTitle")}</h3>
      {result?.notice ? (
        <p className="notice notice-success" role="status">
          {t(result.notice)}
        </p>
      ) : null}
      <fieldset className="field">
        <legend>{t("evidenceReview.decision")}</legend>
        {errors.decision ? <p className="field-error">{t(errors.decision)}</p> : null}
        {REVIEW_DECISIONS.map((decision, i) => (
          <label key={decision} className="radio-option">
            <input
              type="radio"
              name="decision"
              value={decision}
              id={i === 0 ? "field-decision" : undefined}
              defaultChecked={i === 0}
            />{" "}
            {t(`evidenceReview.decision.${decision}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        name="comment"
        label="evidenceReview.comment"
        limit={EVIDENCE_REVIEW_COMMENT_MAX}
        defaultValue={result?.values?.comment ?? ""}
        error={errors.comment}
        rows={3}
      />
      <p>
        <button type="submit" className="button" disabled={fetcher.state !== "idle"}>
          {t("evidenceReview.submit")}
        </button>
      </p>
    </fetcher.Form>
  );
}

export function EvidenceReviewPanel({
  id,
  state,
  review,
}: {
  id: string;
  state: ReviewState;
  review: EvidenceReviewData;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  });
  return (
    <section aria-labelledby="review-title" className="section evidence-review">
      <h2 id="review-title">{t("evidenceReview.title")}</h2>
      <p>
        <span className={`review-state review-state-${state.toLowerCase()}`}>
          {t("evidenceReview.state", { state: t(`evidence.review.${state}`) })}
        </span>
      </p>
      {!review.historyVisible ? null : <h3>{t("evidenceReview.historyTitle")}</h3>}
      {!review.historyVisible ? null : review.entries.length === 0 ? (
        <p className="empty-state">{t("evidenceReview.historyEmpty")}</p>
      ) : (
        <ol className="plain-list review-history">
          {review.entries.map((entry) => (
            <li key={entry.id}>
              <strong>
                {t("evidenceReview.entry", {
                  decision: t(`evidence.review.${entry.decision}`),
                  reviewer: entry.reviewer ?? t("evidenceReview.reviewerUnknown"),
                })}
              </strong>{" "}
              <span className="muted">{when.format(new Date(entry.createdAt))}</span>
              {entry.comment ? <blockquote>{entry.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
      {review.mayReview ? <EvidenceReviewForm id={id} /> : null}
    </section>
  );
}
