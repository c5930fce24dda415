import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { DraftCommitmentForm } from "~/components/commitment/draft-form";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { submitDraftForm, type DraftAnswer } from "~/modules/tracker/commitment-form.server";
import { editDraftFormPage, updateDraftCommitment } from "~/modules/tracker/draft-edit.server";
import { readFormData } from "~/utils/form-data.server";
import { formAnswer } from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.pageTitle ?? "" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const t = translator(languageOf(request));
  const page = await editDraftFormPage(actor, params.id ?? "");
  return { ...page, pageTitle: `${t("tracker.edit.title")} · ${page.title} · Living Lab` };
}

/** POST: save the changes, or show one more indicator or milestone row ("tambah"). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const id = params.id ?? "";
  const form = await readFormData(request);
  const origin = requestOrigin(request, context);
  const outcome = await submitDraftForm(form, (input) =>
    updateDraftCommitment(actor, id, input, origin),
  );
  if (outcome.ok) return redirect(`/commitments/${outcome.id}?notice=tracker.notice.edited`, 303);
  return formAnswer<DraftAnswer>(outcome.answer, outcome.status);
}

export default function EditCommitmentPage() {
  const { id, title, adopters, values, options } = useLoaderData<typeof loader>();
  const answer = useActionData<DraftAnswer>();
  const t = useTranslate();
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to={`/commitments/${id}`}>{title}</Link>
      </nav>
      <h1>{t("tracker.edit.title")}</h1>
      <p className="lead">{t("tracker.edit.intro")}</p>
      <DraftCommitmentForm
        mode="edit"
        values={answer?.values ?? values}
        errors={answer?.errors ?? {}}
        formError={answer?.formError}
        formErrorParams={answer?.formErrorParams}
        adopters={adopters}
        options={options}
        rows={answer?.rows}
      />
      <p>
        <Link to={`/commitments/${id}`}>{t("tracker.edit.back")}</Link>
      </p>
    </div>
  );
}
