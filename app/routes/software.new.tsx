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
import { EMPTY_SOFTWARE, PubliccodeProblems, SoftwareForm } from "~/components/software-form";
import { languageOf } from "~/i18n/language.server";
import { listIndicatorGroups } from "~/modules/spbe/spbe.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { createSoftware } from "~/modules/software/software-commands.server";
import { checkOnly, softwareIntentSchema } from "~/modules/software/software-workflow.server";
import { FormNotice } from "~/components/form-field";
import { softwareFormIntents } from "~/modules/review/workflow";
import {
  CONFIRM_SAME_REPOSITORY_FIELD,
  type SoftwareFormAnswer,
  publishMetaSchema,
  readSoftwareForm,
} from "~/modules/software/software-form";
import { formAnswer, retryAfterHeader } from "~/utils/responses.server";
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

/** The form's answer when it does not redirect; `notice` for a check that found it valid. */
/**
 * POST: "Periksa saja" (intent=check) validates and stores nothing; "Simpan draf" (save) stores a
 * draft; "Ajukan" (submit) stores it submitted for the region's secretary or a coordinator.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = await readFormData(request);
  const intent = softwareIntentSchema.parse(form.get("intent"));
  const read = await readSoftwareForm(form, publishMetaSchema);
  if (!read.ok)
    return formAnswer<SoftwareFormAnswer>(
      {
        errors: read.fieldErrors ?? {},
        formError: read.formError,
        values: read.values,
      },
      { status: 400 },
    );
  if (!can(actor, "record:create", { regionCode: read.meta.regionCode })) throw forbidden();
  if (intent === "check") {
    const checked = checkOnly(read.yaml);
    return checked.valid
      ? formAnswer<SoftwareFormAnswer>({
          errors: {},
          values: read.values,
          notice: "review.check.valid",
          warnings: checked.warnings,
        })
      : formAnswer<SoftwareFormAnswer>(
          {
            errors: {},
            problems: checked.errors,
            formError: "software.new.invalid",
            values: read.values,
          },
          { status: 400 },
        );
  }
  const allowance = await spendAllowance(RATE_LIMITS.softwareWritesPerAccount, actor.id);
  if (allowance.limited)
    return formAnswer<SoftwareFormAnswer>(
      {
        errors: {},
        formError: "limits.error.writes",
        values: read.values,
      },
      { status: 429, headers: retryAfterHeader(allowance.retryAfterSeconds) },
    );
  const confirmed = form.get(CONFIRM_SAME_REPOSITORY_FIELD);
  const result = await createSoftware({
    actor,
    yaml: read.yaml,
    meta: read.meta,
    submit: intent === "submit",
    confirmedSameAs: typeof confirmed === "string" ? confirmed : undefined,
    origin: requestOrigin(request, context),
  });
  if (result.status === "invalid")
    return formAnswer<SoftwareFormAnswer>(
      {
        errors: {},
        problems: result.errors,
        formError: "software.new.invalid",
        values: read.values,
      },
      { status: 400 },
    );
  if (result.status === "same-repository")
    return formAnswer<SoftwareFormAnswer>(
      {
        errors: {},
        formError: "software.sameRepository.notSaved",
        values: read.values,
        sameRepository: result.existing,
      },
      { status: 409 },
    );
  return redirect(`/software/${result.slug}?saved=${intent === "submit" ? "submitted" : "draft"}`);
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
        problems={result?.problems}
        errors={result?.errors}
      />
      <FormNotice kind="success" message={result?.notice} />
      <SoftwareForm
        values={result?.values ?? EMPTY_SOFTWARE}
        regions={regions}
        indicatorGroups={indicatorGroups}
        errors={result?.errors}
        submitLabel="software.new.submit"
        intents={softwareFormIntents({ draft: true, maySubmit: true })}
        sameRepository={result?.sameRepository}
      />
    </div>
  );
}
