import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser, sessionCookie } from "~/auth/session.server";
import { Field, FormNotice, NewPasswordFields } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { changePasswordSchema } from "~/modules/accounts/accounts.schema";
import { changePassword } from "~/modules/accounts/passwords.server";
import { parseForm } from "~/utils/forms";
import { invalidForm, tooManyRequests } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  return {
    title: translator(languageOf(request))("password.change.title"),
    changed: new URL(request.url).searchParams.get("changed") === "1",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = parseForm(changePasswordSchema, await readFormData(request));
  if (!form.ok) return invalidForm(form.errors);
  // Each try checks the current password: a stolen session must not guess it at leisure.
  const allowance = await spendAllowance(RATE_LIMITS.passwordChangesPerAccount, user.id);
  if (allowance.limited) return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes");
  const result = await changePassword({
    userId: user.id,
    currentPassword: form.data.currentPassword,
    newPassword: form.data.password,
    origin: requestOrigin(request, context),
  });
  if (result.status === "error") return invalidForm({ [result.field]: result.message });
  // Every session of the account ended with the change, this one too: the new session's cookie
  // goes with a redirect, so that the page loaded next (with or without JavaScript) is signed in.
  return redirect("/account/password?changed=1", {
    headers: { "Set-Cookie": sessionCookie(result.token, result.expiresAt, request) },
  });
}

export default function ChangePasswordPage() {
  const t = useTranslate();
  const result = useActionData<typeof action>();
  const { changed } = useLoaderData<typeof loader>();
  return (
    <div className="container section form-card">
      <h1>{t("password.change.title")}</h1>
      <FormNotice
        kind="success"
        message={changed && !result ? "password.change.done" : undefined}
      />
      <FormNotice kind="error" message={result?.formError} />
      <p>{t("password.change.explain")}</p>
      <Form method="post" className="stack" noValidate>
        <Field
          name="currentPassword"
          type="password"
          label="password.field.current"
          autoComplete="current-password"
          error={result?.errors?.currentPassword}
        />
        <NewPasswordFields errors={result?.errors} />
        <button type="submit" className="button">
          {t("password.change.submit")}
        </button>
      </Form>
    </div>
  );
}
