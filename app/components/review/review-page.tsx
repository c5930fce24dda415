import type { ReactNode } from "react";
import { Form, Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { FormNotice } from "~/components/form-field";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { DiffPart } from "~/modules/practices/practice-revisions.server";
import type { FormResult } from "~/utils/responses.server";
import { dataLabel } from "~/i18n/translate";

export interface ReviewPageData {
  title: string;
  summary: string;
  status: string;
  isDemo: boolean;
  region: { code: string; name: string };
  submittedAt: string | null;
  submittedBy: { name: string; email: string } | null;
  diff: Array<{ field: string; parts: DiffPart[] }> | null;
  transitions: string[];
}

function DiffText({ parts }: { parts: DiffPart[] }) {
  const t = useTranslate();
  return (
    <pre className="review-diff">
      {parts.map((part, i) =>
        part.kind === "added" ? (
          <ins key={i} className="diff-added" title={t("review.diff.added")}>
            {part.text}
          </ins>
        ) : part.kind === "removed" ? (
          <del key={i} className="diff-removed" title={t("review.diff.removed")}>
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </pre>
  );
}

/** A submitted record as its reviewer sees it: who and when, the decision, content, the diff. */
export function ReviewPage({
  record,
  typeLabel,
  publicPath,
  fieldLabels,
  result,
  children,
}: {
  record: ReviewPageData;
  typeLabel: MessageKey;
  publicPath: string;
  fieldLabels: Record<string, MessageKey>;
  result?: FormResult;
  children: ReactNode;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const commentError = result?.errors?.comment;
  return (
    <div className="container section review-page">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/dashboard">{t("dashboard.title")}</Link> · {t(typeLabel)} ·{" "}
        <Link to={publicPath}>{record.title}</Link>
      </nav>
      <h1>
        {t("review.page.title", { title: record.title })} {record.isDemo ? <DemoBadge /> : null}
      </h1>
      <p className="lead">{record.summary}</p>
      <dl className="facts">
        <div>
          <dt>{t("practice.region")}</dt>
          <dd>
            <Link to={`/regions/${record.region.code}`}>{record.region.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("review.page.status")}</dt>
          <dd>{dataLabel(t, `practice.status.${record.status}`, record.status)}</dd>
        </div>
        <div>
          <dt>{t("review.page.submitted")}</dt>
          <dd>
            {record.submittedAt && record.submittedBy
              ? t("review.page.submittedBy", {
                  name: record.submittedBy.name,
                  when: when.format(new Date(record.submittedAt)),
                })
              : t("review.page.notSubmitted")}
          </dd>
        </div>
      </dl>
      <FormNotice kind="success" message={result?.notice} />
      <FormNotice kind="error" message={result?.formError} />
      <section className="aside-box review-decision" aria-labelledby="decision-title">
        <h2 id="decision-title">{t("review.page.decisionTitle")}</h2>
        {record.transitions.length === 0 ? (
          <p>{t("review.page.nothingToDo")}</p>
        ) : (
          <Form method="post" className="stack">
            <p className="muted">{t("review.page.lead")}</p>
            <div className="field">
              <label htmlFor="review-comment">{t("review.page.comment")}</label>
              <textarea
                id="review-comment"
                name="comment"
                rows={4}
                maxLength={2000}
                defaultValue={result?.values?.comment ?? ""}
                aria-invalid={commentError ? true : undefined}
                aria-describedby={commentError ? "review-comment-error" : undefined}
              />
              {commentError ? (
                <p id="review-comment-error" className="field-error">
                  {t(commentError)}
                </p>
              ) : null}
            </div>
            <p className="actions">
              {record.transitions.includes("publish") ? (
                <button type="submit" name="decision" value="publish" className="button">
                  {t("review.page.publish")}
                </button>
              ) : null}
              {record.transitions.includes("return") ? (
                <button type="submit" name="decision" value="return" className="button secondary">
                  {t("review.page.return")}
                </button>
              ) : null}
            </p>
          </Form>
        )}
      </section>
      <section aria-labelledby="diff-title" className="section review-diff-section">
        <h2 id="diff-title">{t("review.page.diffTitle")}</h2>
        {record.diff === null ? (
          <p className="empty-state">{t("review.page.diffFirst")}</p>
        ) : record.diff.length === 0 ? (
          <p className="empty-state">{t("review.page.diffNone")}</p>
        ) : (
          record.diff.map((d) => (
            <section key={d.field} className="aside-box" aria-labelledby={`diff-${d.field}`}>
              <h3 id={`diff-${d.field}`}>{t(fieldLabels[d.field] ?? "review.field.publiccode")}</h3>
              <DiffText parts={d.parts} />
            </section>
          ))
        )}
      </section>
      <section aria-labelledby="content-title" className="section review-content">
        <h2 id="content-title">{t("review.page.content")}</h2>
        {children}
      </section>
    </div>
  );
}
