import { Form, Link, useLocation } from "@remix-run/react";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";

interface Entry {
  id: string;
  body: string;
  createdAt: string;
  author: string;
  authorRegion: string | null;
}

export function PracticeQuestions(props: {
  questions: Array<Entry & { replies: Entry[] }>;
  signedIn: boolean;
  error?: MessageKey;
  notice?: MessageKey;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const location = useLocation();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const meta = (e: Entry) =>
    t("question.meta", {
      author: e.authorRegion ? `${e.author} (${e.authorRegion})` : e.author,
      when: when.format(new Date(e.createdAt)),
    });
  return (
    <section className="section" aria-labelledby="questions-title" id="tanya-jawab">
      <h2 id="questions-title">{t("question.title")}</h2>
      {props.error ? (
        <p className="notice notice-error" role="alert">
          {t(props.error)}
        </p>
      ) : null}
      {props.notice ? (
        <p className="notice notice-success" role="status">
          {t(props.notice)}
        </p>
      ) : null}
      {props.questions.length === 0 ? <p className="empty-state">{t("question.empty")}</p> : null}
      <ol className="question-list">
        {props.questions.map((q) => (
          <li key={q.id} className="aside-box">
            <p className="question-body">{q.body}</p>
            <p className="muted">{meta(q)}</p>
            {q.replies.length ? (
              <ul className="reply-list">
                {q.replies.map((r) => (
                  <li key={r.id}>
                    <p className="question-body">{r.body}</p>
                    <p className="muted">{meta(r)}</p>
                  </li>
                ))}
              </ul>
            ) : null}
            {props.signedIn ? (
              <details>
                <summary>{t("question.reply")}</summary>
                <Form method="post" className="stack">
                  <input type="hidden" name="parentId" value={q.id} />
                  <div className="field">
                    <label htmlFor={`reply-${q.id}`}>{t("question.replyField")}</label>
                    <textarea id={`reply-${q.id}`} name="body" rows={3} maxLength={2000} required />
                  </div>
                  <p>
                    <button type="submit" className="button secondary">
                      {t("question.reply")}
                    </button>
                  </p>
                </Form>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {props.signedIn ? (
        <Form method="post" className="stack">
          <div className="field">
            <label htmlFor="question-body">{t("question.field")}</label>
            <textarea id="question-body" name="body" rows={4} maxLength={2000} required />
          </div>
          <p>
            <button type="submit" className="button">
              {t("question.ask")}
            </button>
          </p>
        </Form>
      ) : (
        <p>
          <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}>
            {t("question.signIn")}
          </Link>
        </p>
      )}
    </section>
  );
}
