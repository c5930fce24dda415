import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { getSessionUser, requireUser } from "~/auth/session.server";
import { CommitmentActions } from "~/components/commitment/commitment-actions";
import { CommitmentFacts } from "~/components/commitment/commitment-facts";
import { CommitmentMilestones } from "~/components/commitment/commitment-milestones";
import { CommitmentSummary } from "~/components/commitment/commitment-summary";
import { CommitmentThread } from "~/components/commitment/commitment-thread";
import { DraftEditBox } from "~/components/commitment/draft-edit";
import { answeredInPlace } from "~/components/commitment/page-answer";
import { FormNotice } from "~/components/form-field";
import { CommitmentImpact } from "~/components/tracker/commitment-impact";
import { isMessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import {
  commitmentPageAction,
  fileRefusedAnswer,
  outsiderRefusal,
  type CommitmentPageAnswer,
  type CommitmentPageOutcome,
} from "~/modules/tracker/commitment-page-action.server";
import {
  discardUnattached,
  isMultipart,
  readCommitmentPageForm,
} from "~/modules/tracker/milestone-files.server";
import { commitmentPageView } from "~/modules/tracker/commitment-page-view.server";
import { retryAfterHeader } from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.commitment.title} · Living Lab` : "Living Lab" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return commitmentPageView(await getSessionUser(request), params.id ?? "");
}

/**
 * POST: a transition, a comment or a milestone's step, named by `intent`. A milestone's evidence
 * form is multipart (its file goes to the file store): an outsider is refused before the body is
 * read, and whatever no record came to point to is removed afterwards.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const id = params.id ?? "";
  const answer = (outcome: Extract<CommitmentPageOutcome, { ok: false }>) =>
    data<CommitmentPageAnswer>(outcome.answer, { status: outcome.status });
  if (isMultipart(request)) {
    const early = await outsiderRefusal(actor, id);
    if (early && !early.ok) return answer(early);
    // Counted before the body is read, as every upload is.
    const allowance = await spendAllowance(RATE_LIMITS.uploadsPerAccount, actor.id);
    if (allowance.limited)
      return data<CommitmentPageAnswer>(
        { errors: {}, formError: "limits.error.writes", intent: "" },
        { status: 429, headers: retryAfterHeader(allowance.retryAfterSeconds) },
      );
  }
  const read = await readCommitmentPageForm(request);
  if (!read.ok) return answer(fileRefusedAnswer(read.form, read.fileError));
  let outcome: CommitmentPageOutcome;
  try {
    outcome = await commitmentPageAction(
      actor,
      id,
      read.form,
      requestOrigin(request, context),
      read.files,
    );
  } finally {
    await discardUnattached(read.files);
  }
  if (!outcome.ok) return answer(outcome);
  return redirect(`/commitments/${id}?notice=${outcome.notice}#${outcome.anchor}`, 303);
}

export default function CommitmentPage() {
  const view = useLoaderData<typeof loader>();
  const answer = useActionData<CommitmentPageAnswer>();
  const [search] = useSearchParams();
  const t = useTranslate();
  const notice = search.get("notice") ?? "";
  const { commitment } = view;
  return (
    <div className="container section commitment-page">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/tracker">{t("tracker.page.breadcrumb")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${commitment.adopterRegion.code}`}>
          {commitment.adopterRegion.name}
        </Link>
      </nav>
      {notice.startsWith("tracker.notice.") && isMessageKey(notice) && !answer ? (
        <p className="notice notice-success" role="status">
          {t(notice)}
        </p>
      ) : null}
      {answer && !answeredInPlace(view, answer) ? (
        <FormNotice kind="error" message={answer.formError} />
      ) : null}
      <CommitmentSummary view={view} />
      <div className="practice-layout">
        <article className="practice-body commitment-body">
          <CommitmentFacts commitment={commitment} planHtml={view.planHtml} />
          <CommitmentMilestones
            milestones={view.milestones}
            records={view.evidenceRecords}
            mayAttach={view.mayAttach}
            answer={answer}
          />
          <CommitmentThread events={view.events} mayComment={view.mayComment} answer={answer} />
        </article>
        <aside>
          {view.mayEdit ? (
            <DraftEditBox commitmentId={commitment.id} milestoneCount={view.milestones.length} />
          ) : null}
          <CommitmentActions transitions={view.transitions} answer={answer} />
          {view.impact ? <CommitmentImpact impact={view.impact} /> : null}
        </aside>
      </div>
    </div>
  );
}
