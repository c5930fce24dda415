import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { Field, FormNotice, SelectField } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { accountRequestSchema } from "~/modules/accounts/accounts.schema";
import { submitAccountRequest } from "~/modules/accounts/account-requests.server";
import { roleLabelKey } from "~/modules/accounts/roles";
import { listRegionsForSelect } from "~/modules/regions/regions.server";
import { parseForm } from "~/utils/forms";
import { formNotice, invalidForm, tooManyRequests } from "~/utils/responses.server";
import { publicBaseUrl } from "~/utils/url.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  return {
    regions: await listRegionsForSelect(),
    title: translator(languageOf(request))("request.title"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const form = parseForm(accountRequestSchema, formData);
  const values = Object.fromEntries(
    [...formData.entries()].filter(([, v]) => typeof v === "string"),
  ) as Record<string, string>;
  if (!form.ok) return invalidForm(form.errors, values);
  const result = await submitAccountRequest({
    request: form.data,
    origin: requestOrigin(request, context),
    baseUrl: publicBaseUrl(),
    language: languageOf(request),
  });
  if (result.status === "limited") return tooManyRequests(result.retryAfterSeconds);
  if (result.status === "unknown-region")
    return invalidForm({ regionCode: "form.error.regionInvalid" }, values);
  return formNotice("request.received");
}

export default function RequestAccountPage() {
  const { regions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const values = result?.values ?? {};
  return (
    <div className="container section form-card">
      <h1>{t("request.title")}</h1>
      <p>{t("request.explain")}</p>
      <FormNotice kind="error" message={result?.formError} />
      <FormNotice kind="success" message={result?.notice} />
      {result?.notice ? null : (
        <Form method="post" className="stack" noValidate>
          <Field
            name="name"
            label="auth.field.name"
            autoComplete="name"
            required
            defaultValue={values.name}
            error={result?.errors?.name}
          />
          <Field
            name="email"
            type="email"
            label="auth.field.email"
            autoComplete="email"
            required
            defaultValue={values.email}
            error={result?.errors?.email}
          />
          <SelectField
            name="regionCode"
            label="request.field.region"
            defaultValue={values.regionCode}
            error={result?.errors?.regionCode}
          >
            <option value="">{t("request.field.regionChoose")}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name} ({region.code})
              </option>
            ))}
          </SelectField>
          <SelectField
            name="role"
            label="request.field.role"
            defaultValue={values.role}
            error={result?.errors?.role}
          >
            <option value="DEVELOPER">{t(roleLabelKey("DEVELOPER"))}</option>
            <option value="SECRETARY">{t(roleLabelKey("SECRETARY"))}</option>
          </SelectField>
          <Field
            name="position"
            label="request.field.position"
            defaultValue={values.position}
            error={result?.errors?.position}
          />
          <div className="field">
            <label htmlFor="field-message">{t("request.field.message")}</label>
            <textarea
              id="field-message"
              name="message"
              defaultValue={values.message}
              maxLength={1000}
            />
          </div>
          <button type="submit" className="button">
            {t("request.submit")}
          </button>
        </Form>
      )}
    </div>
  );
}
