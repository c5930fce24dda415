import { Form } from "@remix-run/react";
import { TextAreaField } from "~/components/form-field";
import { useTranslate } from "~/i18n/use-translate";
import type { CommitmentPageAnswer } from "~/modules/tracker/commitment-page-action.server";
import type { CommitmentTransition } from "~/modules/tracker/commitment-status";
import { COMMITMENT_TEXT_MAX } from "~/modules/tracker/commitment-status";
import { answerFor, fieldError, PageFormErrors } from "./page-answer";

/** Transitions that need a text, and the label of that text. */
const TEXT_LABEL = {
  cancel: "tracker.action.reasonLabel",
  reopen: "tracker.action.commentLabel",
} as const;

/** One POST form per transition the viewer may make now (each is checked again on the server). */
export function CommitmentActions({
  transitions,
  answer,
}: {
  transitions: CommitmentTransition[];
  answer: CommitmentPageAnswer | undefined;
}) {
  const t = useTranslate();
  if (transitions.length === 0) return null;
  return (
    <section aria-labelledby="actions-title" className="aside-box commitment-actions">
      <h2 id="actions-title">{t("tracker.actions.title")}</h2>
      {transitions.map((transition) => {
        const mine = answerFor(answer, [transition]);
        const label =
          transition === "cancel" || transition === "reopen" ? TEXT_LABEL[transition] : null;
        return (
          <Form method="post" key={transition} className="commitment-action">
            <PageFormErrors answer={mine} fields={{ text: `${transition}-text` }} />
            <input type="hidden" name="intent" value={transition} />
            {label ? (
              <TextAreaField
                id={`field-${transition}-text`}
                name="text"
                label={label}
                rows={2}
                required
                limit={COMMITMENT_TEXT_MAX}
                defaultValue={mine?.values?.text ?? ""}
                error={fieldError(mine, ["text"])}
              />
            ) : null}
            <button
              type="submit"
              className={transition === "cancel" ? "button secondary" : "button"}
            >
              {t(`tracker.action.${transition}`)}
            </button>
          </Form>
        );
      })}
    </section>
  );
}
