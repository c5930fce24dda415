import { Form } from "@remix-run/react";
import { TextAreaField } from "~/components/form-field";
import { dataLabel, isMessageKey, type MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { CommitmentPageAnswer } from "~/modules/tracker/commitment-page-action.server";
import type { CommitmentPageView } from "~/modules/tracker/commitment-page-view.server";
import { COMMITMENT_TEXT_MAX } from "~/modules/tracker/commitment-status";
import { answerFor, fieldError, PageFormErrors } from "./page-answer";
import { useDayFormat } from "./use-day-format";

type CommitmentEvent = CommitmentPageView["events"][number];

function EventLine({ event }: { event: CommitmentEvent }) {
  const t = useTranslate();
  const format = useDayFormat();
  const status =
    event.kind === "status" && event.subject
      ? dataLabel(t, `tracker.status.${event.subject}`, event.subject)
      : "";
  const key = `tracker.event.${event.kind}`;
  const what = isMessageKey(key) ? t(key, { status, subject: event.subject ?? "" }) : event.kind;
  return (
    <li className={`timeline-event timeline-${event.kind}`}>
      <p>
        <strong>{event.actor ?? t("tracker.event.someone")}</strong> {what}{" "}
        <time className="muted" dateTime={event.createdAt}>
          {format.moment(event.createdAt)}
        </time>
      </p>
      {event.text ? <p className="timeline-text">{event.text}</p> : null}
    </li>
  );
}

/** The thread between both regions (a comment form) and the timeline of every change, newest first. */
export function CommitmentThread({
  events,
  mayComment,
  answer,
}: {
  events: CommitmentEvent[];
  mayComment: boolean;
  answer: CommitmentPageAnswer | undefined;
}) {
  const t = useTranslate();
  const mine = answerFor(answer, ["comment"]);
  return (
    <section aria-labelledby="thread-title" className="section">
      <h2 id="thread-title">{t("tracker.thread.title")}</h2>
      {mayComment ? (
        <Form method="post" className="thread-form">
          <PageFormErrors answer={mine} fields={{ text: "comment-text" }} />
          <input type="hidden" name="intent" value="comment" />
          <TextAreaField
            id="field-comment-text"
            name="text"
            label={"tracker.thread.comment" satisfies MessageKey}
            rows={3}
            limit={COMMITMENT_TEXT_MAX}
            defaultValue={mine?.values?.text ?? ""}
            error={fieldError(mine, ["text"])}
          />
          <button type="submit" className="button">
            {t("tracker.thread.send")}
          </button>
        </Form>
      ) : null}
      <p className="muted">{t("tracker.thread.order")}</p>
      {events.length === 0 ? (
        <p className="muted">{t("tracker.thread.empty")}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <EventLine key={event.id} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}
