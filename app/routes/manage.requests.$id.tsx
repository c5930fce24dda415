import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/policy";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { FormNotice, formErrorOf } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { decisionSchema } from "~/modules/accounts/accounts.schema";
import {
  decideAccountRequest,
  getAccountRequestFor,
} from "~/modules/accounts/account-requests.server";
import { roleLabelKey } from "~/modules/accounts/roles";
import { parseForm } from "~/utils/forms";
import { invalidForm, tooManyRequests } from "~/utils/responses.server";
import { publicBaseUrl } from "~/utils/url.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const accountRequest = await getAccountRequestFor(actor, params.id ?? "");
  return {
    title: translator(languageOf(request))("requests.detailTitle"),
    request: {
      ...accountRequest,
      createdAt: accountRequest.createdAt.toISOString(),
      decidedAt: accountRequest.decidedAt?.toISOString() ?? null,
    },
    mayDecide: can(actor, "accountRequest:decide", { regionCode: accountRequest.regionCode }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = parseForm(decisionSchema, await readFormData(request));
  if (!form.ok) return invalidForm(form.errors);
  const allowance = await spendAllowance(RATE_LIMITS.memberWritesPerAccount, actor.id);
  if (allowance.limited) return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes");
  const result = await decideAccountRequest({
    actor,
    id: params.id ?? "",
    decision: form.data.decision,
    origin: requestOrigin(request, context),
    baseUrl: publicBaseUrl(),
    language: languageOf(request),
  });
  if (result.status === "already-decided")
    return invalidForm({ form: "requests.error.alreadyDecided" });
  return redirect(`/manage/requests/${params.id}`);
}

export default function AccountRequestPage() {
  const { request, mayDecide } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="container section form-card">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/manage/requests">{t("requests.title")}</Link>
      </nav>
      <h1>{request.name}</h1>
      <FormNotice kind="error" message={result?.errors?.form ?? formErrorOf(result)} />
      <dl className="stack">
        <div>
          <dt>{t("auth.field.email")}</dt>
          <dd>{request.email}</dd>
        </div>
        <div>
          <dt>{t("request.field.region")}</dt>
          <dd>
            {request.region.name} ({request.regionCode})
          </dd>
        </div>
        <div>
          <dt>{t("request.field.role")}</dt>
          <dd>{t(roleLabelKey(request.role))}</dd>
        </div>
        {request.position ? (
          <div>
            <dt>{t("request.field.position")}</dt>
            <dd>{request.position}</dd>
          </div>
        ) : null}
        {request.message ? (
          <div>
            <dt>{t("request.field.message")}</dt>
            <dd>{request.message}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("requests.statusLabel")}</dt>
          <dd>
            {t(`requests.status.${request.status}`)}
            {request.decidedBy ? ` — ${request.decidedBy.name}` : ""}
          </dd>
        </div>
      </dl>
      {mayDecide && request.status === "PENDING" ? (
        <Form method="post" className="actions">
          <button type="submit" name="decision" value="approve" className="button">
            {t("requests.approve")}
          </button>
          <button type="submit" name="decision" value="reject" className="button secondary">
            {t("requests.reject")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
