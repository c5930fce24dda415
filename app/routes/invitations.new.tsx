import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { forbidden } from "~/utils/app-error";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { Field, FormNotice, SelectField } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { invitationSchema } from "~/modules/accounts/accounts.schema";
import { invitationOptionsFor } from "~/modules/accounts/invitation-options.server";
import { createInvitation } from "~/modules/accounts/invitations.server";
import { roleLabelKey } from "~/modules/accounts/roles";
import { parseForm } from "~/utils/forms";
import { formNotice, invalidForm, tooManyRequests } from "~/utils/responses.server";
import { publicBaseUrl } from "~/utils/url.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const options = await invitationOptionsFor(actor);
  if (options.roles.length === 0) throw forbidden();
  return { ...options, title: translator(languageOf(request))("invite.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = parseForm(invitationSchema, await readFormData(request));
  if (!form.ok) return invalidForm(form.errors);
  const allowance = await spendAllowance(RATE_LIMITS.invitationsPerAccount, actor.id);
  if (allowance.limited) return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes");
  const result = await createInvitation({
    actor,
    email: form.data.email,
    role: form.data.role,
    regionCode: form.data.regionCode || null,
    provinceCode: form.data.provinceCode || null,
    origin: requestOrigin(request, context),
    baseUrl: publicBaseUrl(),
    language: languageOf(request),
  });
  if (result.status === "error") return invalidForm({ [result.field]: result.message });
  return formNotice("invite.sent");
}

export default function InvitePage() {
  const { roles, regions, provinces } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="container section form-card">
      <h1>{t("invite.title")}</h1>
      <p>{t("invite.explain")}</p>
      <FormNotice kind="success" message={result?.notice} />
      <FormNotice kind="error" message={result?.formError} />
      <Form method="post" className="stack" noValidate>
        <Field
          name="email"
          type="email"
          label="auth.field.email"
          required
          error={result?.errors?.email}
        />
        <SelectField name="role" label="invite.field.role" error={result?.errors?.role}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(roleLabelKey(role))}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="regionCode"
          label="invite.field.region"
          error={result?.errors?.regionCode}
        >
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name} ({region.code})
            </option>
          ))}
        </SelectField>
        {roles.includes("PROVINCE_COORDINATOR") ? (
          <SelectField
            name="provinceCode"
            label="invite.field.province"
            error={result?.errors?.provinceCode}
          >
            <option value="">{t("invite.field.provinceChoose")}</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name} ({province.code})
              </option>
            ))}
          </SelectField>
        ) : null}
        <button type="submit" className="button">
          {t("invite.submit")}
        </button>
      </Form>
    </div>
  );
}
