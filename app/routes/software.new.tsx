import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { forbidden } from "~/auth/errors";
import { can } from "~/auth/policy";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { EMPTY_SOFTWARE, PubliccodeProblems, SoftwareForm } from "~/components/software-form";
import { languageOf } from "~/i18n/language.server";
import { listIndicatorGroups } from "~/modules/spbe/spbe.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { publishSoftware } from "~/modules/software/software-commands.server";
import {
  CONFIRM_SAME_REPOSITORY_FIELD,
  type SoftwareFormAnswer,
  publishMetaSchema,
  readSoftwareForm,
} from "~/modules/software/software-form";
import { retryAfterHeader } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

function regionsOf(actor: Awaited<ReturnType<typeof requireUser>>) {
  return actor.memberships
    .filter((m) => can(actor, "record:create", { regionCode: m.regionCode }))
    .map((m) => ({ code: m.regionCode, name: m.regionName }));
}

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const regions = regionsOf(actor);
  if (regions.length === 0) throw forbidden();
  return {
    regions,
    indicatorGroups: await listIndicatorGroups(),
    title: translator(languageOf(request))("software.new.title"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = await readFormData(request);
  const read = await readSoftwareForm(form, publishMetaSchema);
  if (!read.ok)
    return data<SoftwareFormAnswer>(
      {
        errors: [],
        formError: read.formError,
        fieldErrors: read.fieldErrors,
        values: read.values,
      },
      { status: 400 },
    );
  const allowance = await spendAllowance(RATE_LIMITS.softwareWritesPerAccount, actor.id);
  if (allowance.limited)
    return data<SoftwareFormAnswer>(
      {
        errors: [],
        formError: "limits.error.writes",
        values: read.values,
      },
      { status: 429, headers: retryAfterHeader(allowance.retryAfterSeconds) },
    );
  const confirmed = form.get(CONFIRM_SAME_REPOSITORY_FIELD);
  const result = await publishSoftware({
    actor,
    yaml: read.yaml,
    meta: read.meta,
    confirmedSameAs: typeof confirmed === "string" ? confirmed : undefined,
    origin: requestOrigin(request, context),
  });
  if (result.status === "invalid")
    return data<SoftwareFormAnswer>(
      { errors: result.errors, formError: "software.new.invalid", values: read.values },
      { status: 400 },
    );
  if (result.status === "same-repository")
    return data<SoftwareFormAnswer>(
      {
        errors: [],
        formError: "software.sameRepository.notSaved",
        values: read.values,
        sameRepository: result.existing,
      },
      { status: 409 },
    );
  return redirect(`/software/${result.slug}`);
}

export default function NewSoftwarePage() {
  const { regions, indicatorGroups } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="container section">
      <h1>{t("software.new.title")}</h1>
      <p className="lead">{t("software.new.lead")}</p>
      <PubliccodeProblems
        formError={result?.formError}
        errors={result?.errors}
        fieldErrors={result?.fieldErrors}
      />
      <SoftwareForm
        values={result?.values ?? EMPTY_SOFTWARE}
        regions={regions}
        indicatorGroups={indicatorGroups}
        errors={result?.fieldErrors}
        submitLabel="software.new.submit"
        sameRepository={result?.sameRepository}
      />
    </div>
  );
}
