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
  draftInputOf,
  readDraftForm,
  type DraftFormValues,
} from "~/modules/tracker/commitment-form";
import { draftFormPage } from "~/modules/tracker/commitment-form.server";
import { readFormData } from "~/utils/form-data.server";
import { formAnswer, type FormResult } from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const t = translator(languageOf(request));
  const page = await draftFormPage(actor, new URL(request.url), t);
  return { ...page, title: `${t("tracker.form.newTitle")} · Living Lab` };
}

interface DraftAnswer extends FormResult<DraftFormValues> {
  values: DraftFormValues;
  rows: { indicators: number; milestones: number };
}

const count = (form: FormData, name: string) =>
  Math.min(30, Math.max(0, Number.parseInt(String(form.get(name) ?? "0"), 10) || 0));

/** POST: save the draft, or show one more indicator or milestone row ("tambah"). */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = await readFormData(request);
  const values = readDraftForm(form);
  const intent = form.get("intent");
  const rows = {
    indicators: count(form, "indicatorRows"),
    milestones: count(form, "milestoneRows"),
  };
  if (intent === "addIndicator" || intent === "addMilestone") {
    if (intent === "addIndicator") rows.indicators += 1;
    else rows.milestones += 1;
    return formAnswer<DraftAnswer>({ errors: {}, values, rows });
  }
  const result = await createDraftCommitment(
    actor,
    draftInputOf(values),
    requestOrigin(request, context),
  );
  if (result.ok) return redirect(`/commitments/${result.id}?notice=tracker.notice.created`, 303);
  return formAnswer<DraftAnswer>(
    {
      errors: result.errors ?? {},
      // Field errors speak for themselves; a refusal without them (403) is said once.
      ...(Object.keys(result.errors ?? {}).length ? {} : { formError: result.message }),
      ...(result.params ? { formErrorParams: result.params } : {}),
      values,
      rows,
    },
    result.status,
  );
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
