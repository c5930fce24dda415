import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { statusLabelKey } from "~/modules/review/workflow";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { PubliccodeProblems, SoftwareForm } from "~/components/software-form";
import { languageOf } from "~/i18n/language.server";
import { listIndicatorGroups } from "~/modules/spbe/spbe.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { getSoftwareForEditing, updateSoftware } from "~/modules/software/software-commands.server";
import { checkOnly, softwareIntentSchema } from "~/modules/software/software-workflow.server";
import { FormNotice } from "~/components/form-field";
import { ReturnedComment } from "~/components/review/returned-comment";
import { localeOf } from "~/i18n/languages";
import { useLanguage } from "~/i18n/use-translate";
import { softwareFormIntents } from "~/modules/review/workflow";
import {
  CONFIRM_SAME_REPOSITORY_FIELD,
  type SoftwareFormAnswer,
  entryMetaSchema,
  readSoftwareForm,
} from "~/modules/software/software-form";
import { formAnswer, retryAfterHeader } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const entry = await getSoftwareForEditing(actor, params.slug ?? "");
  return {
    ...entry,
    indicatorGroups: await listIndicatorGroups(),
    returnedAt: entry.returnedAt?.toISOString() ?? null,
    title: `${translator(languageOf(request))("software.edit.title")} · ${entry.name}`,
  };
}

/**
 * POST: a new publiccode.yml and portal fields for the entry; nothing changes when invalid.
 * intent=check only checks; intent=submit also submits a draft for review.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
  // The same rights as saving: 404 or 403 before anything is read or checked.
  await getSoftwareForEditing(actor, slug);
  const form = await readFormData(request);
  const intent = softwareIntentSchema.parse(form.get("intent"));
  const read = await readSoftwareForm(form, entryMetaSchema);
  if (!read.ok)
    return formAnswer<SoftwareFormAnswer>(
      {
        errors: read.fieldErrors ?? {},
        formError: read.formError,
        values: read.values,
      },
      { status: 400 },
    );
  if (intent === "check") {
    const checked = checkOnly(read.yaml);
    return checked.valid
      ? formAnswer<SoftwareFormAnswer>({
          errors: {},
          values: read.values,
          notice: "review.check.valid",
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
  const result = await updateSoftware({
    actor,
    slug,
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
  return redirect(`/software/${slug}?saved=${result.submitted ? "submitted" : "updated"}`);
}

export default function EditSoftwarePage() {
  const {
    slug,
    name,
    region,
    values,
    indicatorGroups,
    status,
    returnComment,
    returnedAt,
    transitions,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const language = useLanguage();
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/software">{t("software.title")}</Link> ·{" "}
        <Link to={`/software/${slug}`}>{name}</Link> · {region.name}
      </nav>
      <h1>{t("software.edit.title")}</h1>
      <p className="lead">{t("software.edit.lead")}</p>
      <p className="notice">{t("review.status.label", { status: t(statusLabelKey(status)) })}</p>
      {returnComment ? (
        <ReturnedComment
          comment={returnComment}
          when={
            returnedAt
              ? new Intl.DateTimeFormat(localeOf(language), {
                  dateStyle: "medium",
                  timeStyle: "short",
                }).format(new Date(returnedAt))
              : null
          }
        />
      ) : null}
      <PubliccodeProblems
        formError={result?.formError}
        problems={result?.problems}
        errors={result?.errors}
      />
      <FormNotice kind="success" message={result?.notice} />
      <SoftwareForm
        values={result?.values ?? values}
        indicatorGroups={indicatorGroups}
        errors={result?.errors}
        submitLabel="software.edit.submit"
        intents={softwareFormIntents({
          draft: status === "DRAFT",
          maySubmit: transitions.includes("submit"),
        })}
        sameRepository={result?.sameRepository}
      />
    </div>
  );
}
