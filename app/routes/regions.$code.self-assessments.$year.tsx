import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useLoaderData,
  useNavigation,
  useSearchParams,
} from "@remix-run/react";
import { notFound } from "~/utils/app-error";
import { getSessionUser, requireUser } from "~/auth/session.server";
import { SelfAssessmentIndicators } from "~/components/assessment/self-assessment-indicators";
import { SelfAssessmentSummary } from "~/components/assessment/self-assessment-summary";
import { ErrorSummary } from "~/components/error-summary";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import {
  getSelfAssessmentView,
  levelsFromForm,
  saveSelfAssessmentDraft,
  transitionSelfAssessment,
  yearSchema,
} from "~/modules/spbe/self-assessment.server";
import { readFormData } from "~/utils/form-data.server";
import { formError, formNotice, invalidForm, type FormResult } from "~/utils/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · SPBE ${data.year} · Living Lab` : "Living Lab" },
];

function yearOf(param: string | undefined): number {
  const year = yearSchema.safeParse(param);
  if (!year.success) throw notFound();
  return year.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  return getSelfAssessmentView(params.code ?? "", yearOf(params.year), viewer);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const year = yearOf(params.year);
  const regionCode = params.code ?? "";
  const form = await readFormData(request);
  const intent = String(form.get("intent") ?? "");
  if (intent === "save") {
    const view = await getSelfAssessmentView(regionCode, year, actor);
    const rows = levelsFromForm(form, view.framework);
    if (!rows.ok) return invalidForm(rows.errors);
    const result = await saveSelfAssessmentDraft({ actor, regionCode, year, rows: rows.rows });
    return result.ok
      ? formNotice(result.notice)
      : formError(result.formError, undefined, result.status);
  }
  if (intent === "submit" || intent === "lock") {
    const to = intent === "submit" ? "SUBMITTED" : "LOCKED";
    const result = await transitionSelfAssessment({ actor, regionCode, year, to });
    return result.ok
      ? formNotice(result.notice)
      : formError(result.formError, undefined, result.status);
  }
  return formError("assessment.error.intent");
}

export default function SelfAssessmentPage() {
  const view = useLoaderData<typeof loader>();
  const answer = useActionData<FormResult>();
  const navigation = useNavigation();
  const t = useTranslate();
  const language = useLanguage();
  const { region, year, assessment, may } = view;
  const errors = answer?.errors ?? {};
  const busy = navigation.state !== "idle";
  const officialSaved = useSearchParams()[0].get("official") === "saved" && !answer;
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/regions">{t("nav.regions")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${region.code}`}>{region.name}</Link>
      </nav>
      <h1>{t("assessment.title", { year: String(year) })}</h1>
      <p className="lead">
        {t("assessment.intro", {
          framework: language === "en" ? view.framework.titleEn : view.framework.title,
        })}
      </p>
      <nav aria-label={t("assessment.yearNav")} className="year-nav">
        <Link to={`/regions/${region.code}/self-assessments/${year - 1}`} rel="prev">
          ← {year - 1}
        </Link>
        <strong aria-current="page">{year}</strong>
        <Link to={`/regions/${region.code}/self-assessments/${year + 1}`} rel="next">
          {year + 1} →
        </Link>
      </nav>

      <ErrorSummary
        items={Object.entries(errors).flatMap(([field, message]) =>
          message ? [{ field, message }] : [],
        )}
        formError={answer?.formError}
      />
      {answer?.notice ? (
        <p className="notice notice-success" role="status">
          {t(answer.notice)}
        </p>
      ) : null}

      {officialSaved ? (
        <p className="notice notice-success" role="status">
          {t("official.saved", { year: String(year) })}
        </p>
      ) : null}
      <SelfAssessmentSummary view={view} />
      {may.enterOfficial ? (
        <p>
          <Link to={`/regions/${region.code}/self-assessments/${year}/official`}>
            {t("official.enterLink", { year: String(year) })}
          </Link>
        </p>
      ) : null}
      <p>
        <Link to={`/regions/${region.code}/gap/${year}`}>
          {t("region.gapLink", { year: String(year) })}
        </Link>
        {" · "}
        <Link to={`/regions/${region.code}/evidence/${year}`}>
          {t("evidence.boardLink", { year: String(year) })}
        </Link>
      </p>

      {assessment === null && !may.edit ? (
        <p className="notice">{t("assessment.notVisible", { year: String(year) })}</p>
      ) : (
        <Form method="post" className="assessment-form" noValidate>
          <SelfAssessmentIndicators
            framework={view.framework}
            levels={assessment?.levels ?? {}}
            official={view.official?.levels ?? {}}
            editable={may.edit}
            errors={errors}
          />
          <div className="form-actions">
            {may.edit ? (
              <button type="submit" name="intent" value="save" className="button" disabled={busy}>
                {t("assessment.save")}
              </button>
            ) : (
              <p className="muted">{t("assessment.readOnly")}</p>
            )}
          </div>
        </Form>
      )}

      {may.submit || may.lock ? (
        <Form method="post" className="form-actions">
          {may.submit ? (
            <>
              <p className="muted" id="submit-help">
                {t("assessment.submitHelp")}
              </p>
              <button
                type="submit"
                name="intent"
                value="submit"
                className="button button-primary"
                aria-describedby="submit-help"
                disabled={busy}
              >
                {t("assessment.submit")}
              </button>
            </>
          ) : null}
          {may.lock ? (
            <button type="submit" name="intent" value="lock" className="button" disabled={busy}>
              {t("assessment.lock")}
            </button>
          ) : null}
        </Form>
      ) : null}
      <p>
        <Link to={`/regions/${region.code}`}>{t("assessment.regionLink")}</Link>
      </p>
    </div>
  );
}
