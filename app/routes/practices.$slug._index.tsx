import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { statusLabelKey } from "~/modules/review/workflow";
import { getSessionUser, requireUser } from "~/auth/session.server";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { DemoBadge } from "~/components/demo-badge";
import { PracticeCodeEntries, PracticeHistory } from "~/components/practice-links";
import { PracticeQuestions } from "~/components/practice-questions";
import { PracticeReplicate } from "~/components/practice-replicate";
import { ReplicateAction } from "~/components/commitment/replicate-action";
import { draftEntryFor, draftHref } from "~/modules/tracker/draft-entry";
import { ReplicatedBy } from "~/components/tracker/replicated-by";
import { dataLabel } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { practicePage } from "~/modules/practices/practice-page.server";
import { askQuestion, questionSchema } from "~/modules/practices/practice-questions.server";
import { sectionLabelKey, stageLabelKey } from "~/modules/practices/practice.schema";
import { parseForm } from "~/utils/forms";
import { formError, formNotice, invalidForm, tooManyRequests } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.practice.title} · Living Lab` },
        { name: "description", content: data.practice.summary },
      ]
    : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const page = await practicePage(params.slug ?? "", viewer, request.method === "GET");
  return { ...page, draftEntry: draftEntryFor(viewer) };
}

/** POST: a question, or a reply (parentId), from a signed-in member. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const parsed = parseForm(questionSchema, await readFormData(request));
  if (!parsed.ok) return invalidForm(parsed.errors);
  const answer = Boolean(parsed.data.parentId);
  const allowance = await spendAllowance(
    answer ? RATE_LIMITS.answersPerAccount : RATE_LIMITS.questionsPerAccount,
    actor.id,
  );
  if (allowance.limited)
    return tooManyRequests(
      allowance.retryAfterSeconds,
      answer ? "limits.error.answers" : "limits.error.questions",
    );
  const asked = await askQuestion({
    actor,
    slug: params.slug ?? "",
    body: parsed.data.body,
    parentId: parsed.data.parentId,
    origin: requestOrigin(request, context),
  });
  if (asked === "not-published") return formError("question.error.notPublished", undefined, 409);
  return formNotice("question.posted");
}

export default function PracticePage() {
  const {
    practice,
    codeEntries,
    replications,
    related,
    mayEdit,
    mayReview,
    questions,
    signedIn,
    draftEntry,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const language = useLanguage();
  const en = language === "en";
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/practices">{t("practices.title")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${practice.region.code}`}>{practice.region.name}</Link>
      </nav>
      <h1>
        {practice.title} {practice.isDemo ? <DemoBadge /> : null}
      </h1>
      {practice.status !== "PUBLISHED" ? (
        <p className="notice">
          {t(statusLabelKey(practice.status))}
          {mayReview ? (
            <>
              {" · "}
              <Link to={`/review/practices/${practice.slug}`}>{t("review.openReview")}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <p className="lead">{practice.summary}</p>
      <dl className="facts">
        <div>
          <dt>{t("practice.region")}</dt>
          <dd>
            <Link to={`/regions/${practice.region.code}`}>{practice.region.name}</Link>,{" "}
            {practice.region.province.name}
          </dd>
        </div>
        <div>
          <dt>{t("practice.year")}</dt>
          <dd>{practice.year}</dd>
        </div>
        <div>
          <dt>{t("practice.stage")}</dt>
          <dd>{t(stageLabelKey(practice.stage))}</dd>
        </div>
        <div>
          <dt>{t("practice.sector")}</dt>
          <dd>{t(`practice.sector.${practice.sector}` as Parameters<typeof t>[0])}</dd>
        </div>
      </dl>
      {mayEdit ? (
        <p>
          <Link to={`/practices/${practice.slug}/edit`}>{t("practice.edit")}</Link>
        </p>
      ) : null}
      <div className="practice-layout">
        <article className="practice-body">
          <nav className="toc aside-box" aria-labelledby="toc-title">
            <h2 id="toc-title">{t("practice.toc")}</h2>
            <ol>
              {practice.sections.map((s) => (
                <li key={s.key}>
                  <a href={`#${s.key}`}>{t(sectionLabelKey(s.key))}</a>
                </li>
              ))}
            </ol>
          </nav>
          {practice.sections.map((section) => (
            <section key={section.key} aria-labelledby={section.key}>
              <h2 id={section.key}>{t(sectionLabelKey(section.key))}</h2>
              {/* Rendered by marked and sanitised with sanitize-html on the server. */}
              <div dangerouslySetInnerHTML={{ __html: section.html }} />
            </section>
          ))}
          <PracticeReplicate
            contacts={practice.contacts}
            actions={
              practice.status === "PUBLISHED" ? (
                <ReplicateAction entry={draftEntry} href={draftHref({ practice: practice.slug })} />
              ) : undefined
            }
          />
          {questions ? (
            <PracticeQuestions
              questions={questions}
              signedIn={signedIn}
              error={result?.formError ?? result?.errors.body ?? result?.errors.parentId}
              notice={result?.notice}
            />
          ) : null}
        </article>
        <aside>
          <section className="aside-box" aria-labelledby="indicators-title">
            <h2 id="indicators-title">{t("practice.indicators")}</h2>
            <ul className="plain-list">
              {practice.indicators.map((i) => (
                <li key={i.number}>
                  <Link to={`/spbe/indicators/${i.number}`}>
                    {i.number}. {en ? i.titleEn : i.title}
                  </Link>
                </li>
              ))}
            </ul>
            {practice.dimensions.length ? (
              <>
                <h3>{t("practice.dimensions")}</h3>
                <p>
                  {practice.dimensions
                    .map((d) => dataLabel(t, `dimension.${d.key}`, en ? d.name : d.nameId))
                    .join(", ")}
                </p>
              </>
            ) : null}
            {practice.tags.length ? (
              <>
                <h3>{t("practice.tags")}</h3>
                <p className="chips">
                  {practice.tags.map((tag) => (
                    <span key={tag} className="chip">
                      {tag}
                    </span>
                  ))}
                </p>
              </>
            ) : null}
            <p className="muted">{t("practice.views", { count: practice.viewCount })}</p>
          </section>
          <ReplicatedBy list={replications} side="record" />
          <PracticeCodeEntries entries={codeEntries} />
          {practice.attachments.length ? (
            <section className="aside-box" aria-labelledby="attachments-title">
              <h2 id="attachments-title">{t("practice.attachments")}</h2>
              <ul className="plain-list">
                {practice.attachments.map((a) => (
                  <li key={a.id}>
                    <a href={`/attachments/${a.id}`}>{a.originalName}</a>{" "}
                    <span className="muted">({Math.ceil(a.file.size / 1024)} KB)</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {related.length ? (
            <section className="aside-box" aria-labelledby="related-title">
              <h2 id="related-title">{t("practice.related")}</h2>
              <ul className="plain-list">
                {related.map((r) => (
                  <li key={r.slug}>
                    <Link to={`/practices/${r.slug}`}>{r.title}</Link>{" "}
                    <span className="muted">({r.region.name})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <PracticeHistory slug={practice.slug} revisions={practice.revisions} />
        </aside>
      </div>
    </div>
  );
}
