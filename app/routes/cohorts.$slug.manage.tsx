import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { FormNotice, SelectField } from "~/components/form-field";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import {
  changeCohortMembers,
  cohortChangeSchema,
  getCohortForManagement,
} from "~/modules/cohorts/cohorts.server";
import { listRegionsForSelect } from "~/modules/regions/regions.server";
import { cohortCount } from "~/modules/cohorts/cohort-count.server";
import { cohortCountText } from "~/components/cohort-count";
import { parseForm } from "~/utils/forms";
import { formError, formNotice, invalidForm, tooManyRequests } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";
import { ScrollTable } from "~/components/scroll-table";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.cohort.name} · Living Lab` : "" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const cohort = await getCohortForManagement(actor, params.slug ?? "");
  const [count, regions] = await Promise.all([cohortCount(cohort.slug), listRegionsForSelect()]);
  return { cohort, count: count!, regions };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = parseForm(cohortChangeSchema, await readFormData(request));
  if (!form.ok) return invalidForm(form.errors);
  const allowance = await spendAllowance(RATE_LIMITS.memberWritesPerAccount, actor.id);
  if (allowance.limited) return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes");
  const result = await changeCohortMembers({
    actor,
    slug: params.slug ?? "",
    change: form.data,
    origin: requestOrigin(request, context),
  });
  if (result.status === "unknown-region")
    return invalidForm({ regionCode: "form.error.regionInvalid" });
  if (result.status === "unchanged")
    return formError(
      form.data.intent === "add" ? "cohort.error.alreadyMember" : "cohort.error.notMember",
    );
  return formNotice(form.data.intent === "add" ? "cohort.added" : "cohort.removed");
}

export default function ManageCohortPage() {
  const { cohort, count, regions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const language = useLanguage();
  const memberCodes = new Set(cohort.members.map((m) => m.region.code));
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to={`/regions?cohort=${cohort.slug}`}>
          {language === "id" ? cohort.name : cohort.nameEn}
        </Link>
      </nav>
      <h1>
        {t("cohort.manageTitle")} {cohort.isDemo ? <DemoBadge /> : null}
      </h1>
      <p>{t("cohort.summary", { count: cohortCountText(t, count) })}</p>
      <FormNotice kind="error" message={result?.formError} />
      <FormNotice kind="success" message={result?.notice} />
      <Form method="post" className="filter-bar">
        <input type="hidden" name="intent" value="add" />
        <SelectField
          name="regionCode"
          label="cohort.field.region"
          error={result?.errors?.regionCode}
        >
          {regions
            .filter((r) => !memberCodes.has(r.code))
            .map((r) => (
              <option key={r.code} value={r.code}>
                {r.name} ({r.code})
              </option>
            ))}
        </SelectField>
        <SelectField name="basis" label="cohort.field.basis" error={result?.errors?.basis}>
          <option value="study-visit">{t("region.cohortMember")}</option>
          <option value="top-spbe-index">{t("region.cohortTopIndex")}</option>
          <option value="other">{t("cohort.basis.other")}</option>
        </SelectField>
        <button type="submit" className="button">
          {t("cohort.add")}
        </button>
      </Form>
      <ScrollTable label={t("cohort.membersTable")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("region.code")}</th>
              <th scope="col">{t("nav.regions")}</th>
              <th scope="col">{t("region.province")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("account.session.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cohort.members.map((member) => (
              <tr key={member.region.code}>
                <td className="code">{member.region.code}</td>
                <td>
                  <Link to={`/regions/${member.region.code}`}>{member.region.name}</Link>
                </td>
                <td>{member.region.province.name}</td>
                <td>
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="regionCode" value={member.region.code} />
                    <button
                      type="submit"
                      className="link-button"
                      aria-label={t("cohort.removeLabel", { region: member.region.name })}
                    >
                      {t("cohort.remove")}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
