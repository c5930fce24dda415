import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { Field, FormNotice } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { passwordResetRequestSchema } from "~/modules/accounts/accounts.schema";
import { requestPasswordReset } from "~/modules/accounts/passwords.server";
import { parseForm } from "~/utils/forms";
import { formNotice, invalidForm, tooManyRequests } from "~/utils/responses.server";
import { publicBaseUrl } from "~/utils/url.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: translator(languageOf(request))("reset.request.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(passwordResetRequestSchema, await readFormData(request));
  if (!form.ok) return invalidForm(form.errors);
  const result = await requestPasswordReset({
    email: form.data.email,
    origin: requestOrigin(request, context),
    baseUrl: publicBaseUrl(),
    language: languageOf(request),
  });
  if (result.status === "limited") return tooManyRequests(result.retryAfterSeconds);
  return formNotice("reset.request.sent");
}

export default function ForgotPasswordPage() {
  const t = useTranslate();
  const result = useActionData<typeof action>();
  return (
    <div className="container section form-card">
      <h1>{t("reset.request.title")}</h1>
      <FormNotice kind="error" message={result?.formError} />
      <FormNotice kind="success" message={result?.notice} />
      <p>{t("reset.request.explain")}</p>
      <Form method="post" className="stack" noValidate>
        <Field
          name="email"
          type="email"
          label="auth.field.email"
          autoComplete="email"
          required
          error={result?.errors?.email}
        />
        <button type="submit" className="button">
          {t("reset.request.submit")}
        </button>
      </Form>
    </div>
  );
}
