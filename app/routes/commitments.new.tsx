import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { DraftCommitmentForm } from "~/components/commitment/draft-form";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { createDraftCommitment } from "~/modules/tracker/commitment-commands.server";
import {
  draftFormPage,
  submitDraftForm,
  type DraftAnswer,
} from "~/modules/tracker/commitment-form.server";
import { readFormData } from "~/utils/form-data.server";
import { formAnswer } from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const t = translator(languageOf(request));
  const page = await draftFormPage(actor, new URL(request.url), t);
  return { ...page, title: `${t("tracker.form.newTitle")} · Living Lab` };
}

/** POST: save the draft, or show one more indicator or milestone row ("tambah"). */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = await readFormData(request);
  const origin = requestOrigin(request, context);
  const outcome = await submitDraftForm(form, (input) =>
    createDraftCommitment(actor, input, origin),
  );
  if (outcome.ok) return redirect(`/commitments/${outcome.id}?notice=tracker.notice.created`, 303);
  return formAnswer<DraftAnswer>(outcome.answer, outcome.status);
}

export default function NewCommitmentPage() {
  const { adopters, values, options } = useLoaderData<typeof loader>();
  const answer = useActionData<DraftAnswer>();
  const t = useTranslate();
  return (
    <div className="container section">
      <h1>{t("tracker.form.newTitle")}</h1>
      <p className="lead">{t("tracker.form.intro")}</p>
      <DraftCommitmentForm
        values={answer?.values ?? values}
        errors={answer?.errors ?? {}}
        formError={answer?.formError}
        formErrorParams={answer?.formErrorParams}
        adopters={adopters}
        options={options}
        rows={answer?.rows}
      />
    </div>
  );
}
