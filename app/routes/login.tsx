import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { getSessionUser, sessionCookie } from "~/auth/session.server";
import { Field, FormNotice } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { loginSchema } from "~/modules/accounts/accounts.schema";
import { signIn } from "~/modules/accounts/login.server";
import { parseForm, safeRedirectPath } from "~/utils/forms";
import { formError, invalidForm, tooManyRequests } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(
    new URL(request.url).searchParams.get("redirectTo"),
    "/dashboard",
  );
  if (await getSessionUser(request)) throw redirect(redirectTo);
  return { title: translator(languageOf(request))("auth.login.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = parseForm(loginSchema, await readFormData(request));
  if (!form.ok) return invalidForm(form.errors);
  const result = await signIn({
    email: form.data.email,
    password: form.data.password,
    origin: requestOrigin(request, context),
  });
  if (result.status === "limited")
    return tooManyRequests(result.retryAfterSeconds, "auth.error.tooManyAttempts");
  if (result.status === "invalid") {
    return formError("auth.error.invalidCredentials", { email: form.data.email });
  }
  return redirect(safeRedirectPath(form.data.redirectTo, "/dashboard"), {
    headers: { "Set-Cookie": sessionCookie(result.token, result.expiresAt, request) },
  });
}

export default function LoginPage() {
  const t = useTranslate();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <div className="container section form-card">
      <h1>{t("auth.login.title")}</h1>
      <FormNotice kind="error" message={result?.formError} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          name="email"
          type="email"
          label="auth.field.email"
          autoComplete="username"
          required
          defaultValue={result?.values?.email}
          error={result?.errors?.email}
        />
        <Field
          name="password"
          type="password"
          label="auth.field.password"
          autoComplete="current-password"
          required
          error={result?.errors?.password}
        />
        <button type="submit" className="button">
          {t("auth.signIn")}
        </button>
      </Form>
      <p>
        <Link to="/forgot-password">{t("auth.login.forgot")}</Link>
      </p>
      <p>
        {t("auth.login.noAccount")}{" "}
        <Link to="/request-account">{t("auth.login.requestAccount")}</Link>
      </p>
    </div>
  );
}
