import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { forbidden } from "~/auth/errors";
import { can } from "~/auth/policy";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { FormNotice, formErrorOf } from "~/components/form-field";
import { EMPTY_PRACTICE, PracticeForm, type PracticeFormValues } from "~/components/practice-form";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import { createPracticeDraft } from "~/modules/practices/practice-commands.server";
import { readPracticeForm } from "~/modules/practices/practice-form";
import { SECTIONS } from "~/modules/practices/practice.schema";
import { listIndicatorOptions } from "~/modules/spbe/spbe.server";
import { invalidForm, tooManyRequests } from "~/utils/responses.server";
import { data } from "@remix-run/node";
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
    indicators: await listIndicatorOptions(),
    title: translator(languageOf(request))("practice.form.newTitle"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = await readFormData(request);
  const regionCode = z
    .string()
    .regex(/^\d{2}\.\d{2}$/)
    .safeParse(form.get("regionCode"));
  if (!regionCode.success) return invalidForm({ regionCode: "form.error.regionInvalid" });
  if (!can(actor, "record:create", { regionCode: regionCode.data })) throw forbidden();
  const read = readPracticeForm(form);
  const values = Object.fromEntries(
    [...form.entries()].filter(([, v]) => typeof v === "string"),
  ) as Record<string, string>;
  if (!read.ok) return data({ errors: read.errors, values, preview: undefined }, { status: 400 });
  if (form.get("intent") === "preview") {
    const preview = SECTIONS.map((s) => ({
      key: s.key,
      html: renderMarkdown(read.content[s.key]),
    }));
    return data({ errors: {}, values, preview });
  }
  const allowance = await spendAllowance(RATE_LIMITS.practiceWritesPerAccount, actor.id);
  if (allowance.limited)
    return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes", values);
  const { slug } = await createPracticeDraft({
    actor,
    regionCode: regionCode.data,
    content: read.content,
    contacts: read.contacts,
    origin: requestOrigin(request, context),
  });
  return redirect(`/practices/${slug}/edit`);
}

export default function NewPracticePage() {
  const { regions, indicators } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const v = (result && "values" in result ? result.values : undefined) as
    Record<string, string> | undefined;
  const values: PracticeFormValues = v
    ? {
        ...EMPTY_PRACTICE,
        ...v,
        indicators: [],
        dimensions: [],
        year: Number(v.year) || EMPTY_PRACTICE.year,
      }
    : EMPTY_PRACTICE;
  return (
    <div className="container section">
      <h1>{t("practice.form.newTitle")}</h1>
      <FormNotice kind="error" message={formErrorOf(result)} />
      <PracticeForm
        values={values}
        errors={result?.errors ?? {}}
        indicators={indicators}
        regions={regions}
        preview={result && "preview" in result ? result.preview : undefined}
      />
    </div>
  );
}
