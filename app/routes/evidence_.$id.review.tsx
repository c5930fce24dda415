import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useParams } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { EvidenceReviewForm } from "~/components/evidence-review/evidence-review-panel";
import { useTranslate } from "~/i18n/use-translate";
import { reviewEvidence } from "~/modules/evidence/evidence-review.server";
import { readFormData } from "~/utils/form-data.server";
import { formNotice, invalidForm, type FormResult } from "~/utils/responses.server";

/** GET /evidence/:id/review: the review lives on the record's page. */
export function loader({ params }: LoaderFunctionArgs) {
  return redirect(`/evidence/${params.id ?? ""}`);
}

/** POST /evidence/:id/review — a coordinator's decision: accepted, or needs revision with a comment. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = await readFormData(request);
  const raw = { decision: form.get("decision"), comment: form.get("comment") ?? "" };
  const result = await reviewEvidence(actor, params.id ?? "", raw, requestOrigin(request, context));
  if (result.status === "invalid")
    return invalidForm(result.errors, {
      comment: typeof raw.comment === "string" ? raw.comment : "",
    });
  return formNotice(
    result.decision === "accepted"
      ? "evidenceReview.saved.accepted"
      : "evidenceReview.saved.needsRevision",
  );
}

/** Without JavaScript the form's answer shows here, with the way back to the record. */
export default function EvidenceReviewAnswer() {
  const answer = useActionData<FormResult>();
  const { id = "" } = useParams();
  const t = useTranslate();
  return (
    <div className="container section">
      <EvidenceReviewForm id={id} answer={answer} />
      <p>
        <Link to={`/evidence/${id}`}>{t("evidenceReview.backToRecord")}</Link>
      </p>
    </div>
  );
}
