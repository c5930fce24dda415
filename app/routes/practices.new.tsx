import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { forbidden } from "~/utils/app-error";
import { can } from "~/auth/policy";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { NewPracticeAttachments } from "~/components/attachment-list";
import { EMPTY_PRACTICE, PracticeForm } from "~/components/practice-form";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import { createPracticeDraft } from "~/modules/practices/practice-commands.server";
import {
  practiceFormValues,
  readPracticeForm,
  type PracticeFormValues,
} from "~/modules/practices/practice-form";
import { SECTIONS, type SectionKey } from "~/modules/practices/practice.schema";
import { listIndicatorGroups } from "~/modules/spbe/spbe.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import type { FieldErrors } from "~/utils/forms";
import { formAnswer, retryAfterHeader, type FormResult } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const regions = actor.memberships
    .filter((m) => can(actor, "record:create", { regionCode: m.regionCode }))
    .map((m) => ({ code: m.regionCode, name: m.regionName }));
  if (regions.length === 0) throw forbidden();
  return {
    regions,
    indicatorGroups: await listIndicatorGroups(),
    title: translator(languageOf(request))("practice.form.newTitle"),
  };
}

/** What the action answers when it does not save: the form as typed, its errors or its preview. */
interface NewPracticeAnswer extends FormResult<PracticeFormValues> {
  values: PracticeFormValues;
  previews?: Partial<Record<SectionKey, string>>;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = await readFormData(request);
  const values = practiceFormValues(form, EMPTY_PRACTICE.year);
  const read = readPracticeForm(form);
  const regionCode = regionCodeSchema.safeParse(form.get("regionCode"));
  if (!regionCode.success || !read.ok) {
    const errors: FieldErrors = {
      ...(regionCode.success ? {} : { regionCode: "form.error.regionInvalid" as const }),
      ...(read.ok ? {} : read.errors),
    };
    return formAnswer<NewPracticeAnswer>({ errors, values }, 400);
  }
  if (!can(actor, "record:create", { regionCode: regionCode.data })) throw forbidden();
  if (form.get("intent") === "preview") {
    const previews = Object.fromEntries(
      SECTIONS.map((s) => [s.key, renderMarkdown(read.content[s.key])]),
    );
    return formAnswer<NewPracticeAnswer>({ errors: {}, values, previews });
  }
  const allowance = await spendAllowance(RATE_LIMITS.practiceWritesPerAccount, actor.id);
  if (allowance.limited)
    return formAnswer<NewPracticeAnswer>(
      { errors: {}, values, formError: "limits.error.writes" },
      { status: 429, headers: retryAfterHeader(allowance.retryAfterSeconds) },
    );
  const { slug } = await createPracticeDraft({
    actor,
    regionCode: regionCode.data,
    content: read.content,
    contacts: read.contacts,
    origin: requestOrigin(request, context),
  });
  // "Save the draft, then attach": straight to the draft's attachments.
  if (form.get("intent") === "attach")
    return redirect(`/practices/${slug}/edit?attach=1#attachments-title`);
  return redirect(`/practices/${slug}/edit`);
}

export default function NewPracticePage() {
  const { regions, indicatorGroups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="container section">
      <h1>{t("practice.form.newTitle")}</h1>
      <PracticeForm
        values={result?.values ?? EMPTY_PRACTICE}
        errors={result?.errors ?? {}}
        formError={result?.formError}
        indicatorGroups={indicatorGroups}
        regions={regions}
        previews={result?.previews}
      />
      <NewPracticeAttachments />
    </div>
  );
}
