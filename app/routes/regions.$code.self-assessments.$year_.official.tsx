import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { notFound } from "~/utils/app-error";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requireUser } from "~/auth/session.server";
import { OfficialResultForm } from "~/components/assessment/official-result-form";
import { useIndexFormat } from "~/components/assessment/use-index-format";
import { DemoBadge } from "~/components/demo-badge";
import { ErrorSummary } from "~/components/error-summary";
import { useTranslate } from "~/i18n/use-translate";
import {
  enterOfficialResult,
  getOfficialEntryView,
  readOfficialForm,
} from "~/modules/spbe/official-results.server";
import { yearSchema } from "~/modules/spbe/self-assessment.server";
import { readFormData } from "~/utils/form-data.server";
import { invalidForm, tooManyRequests, type FormResult } from "~/utils/responses.server";
import { redirect } from "@remix-run/node";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · SPBE ${data.year} · Living Lab` : "Living Lab" },
];

function yearOf(param: string | undefined): number {
  const year = yearSchema.safeParse(param);
  if (!year.success) throw notFound();
  return year.data;
}

/** Coordinators only (the policy's officialResult:enter): others get 403, anonymous a sign-in. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return getOfficialEntryView(actor, params.code ?? "", yearOf(params.year));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const year = yearOf(params.year);
  const view = await getOfficialEntryView(actor, params.code ?? "", year);
  const form = await readFormData(request);
  const read = readOfficialForm(form, view.framework);
  const values = Object.fromEntries(
    [...form.entries()].flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])),
  );
  if (!read.ok) return invalidForm(read.errors, values);
  const allowance = await spendAllowance(RATE_LIMITS.memberWritesPerAccount, actor.id);
  if (allowance.limited)
    return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes", values);
  await enterOfficialResult({ actor, regionCode: view.region.code, year, result: read.input });
  return redirect(`/regions/${view.region.code}/self-assessments/${year}?official=saved`);
}

export default function OfficialResultPage() {
  const { region, year, framework, official } = useLoaderData<typeof loader>();
  const answer = useActionData<FormResult>();
  const t = useTranslate();
  const format = useIndexFormat();
  const errors = answer?.errors ?? {};
  const back = `/regions/${region.code}/self-assessments/${year}`;
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/regions">{t("nav.regions")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${region.code}`}>{region.name}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={back}>{year}</Link>
      </nav>
      <h1>{t("official.title", { year: String(year) })}</h1>
      <p className="lead">{t("official.intro", { region: region.name, year: String(year) })}</p>
      <p>
        {official ? (
          <>
            {t("official.current", { index: format(official.index) })} — {official.source}
            {official.isDemo ? (
              <>
                {" "}
                <DemoBadge />
                <span className="muted block">{t("official.currentDemo")}</span>
              </>
            ) : null}
          </>
        ) : (
          t("official.none")
        )}
      </p>
      <ErrorSummary
        items={Object.entries(errors).flatMap(([field, message]) =>
          message ? [{ field, message }] : [],
        )}
        formError={answer?.formError}
      />
      <OfficialResultForm
        framework={framework}
        official={official}
        values={answer?.values}
        errors={errors}
      />
      <p>
        <Link to={back}>{t("official.backLink", { year: String(year) })}</Link>
      </p>
    </div>
  );
}
