import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { sessionCookie } from "~/auth/session.server";
import { FormNotice, NewPasswordFields } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { setPasswordSchema } from "~/modules/accounts/accounts.schema";
import { passwordTokenIsUsable, resetPassword } from "~/modules/accounts/passwords.server";
import { parseForm } from "~/utils/forms";
import { invalidForm } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return {
    usable: await passwordTokenIsUsable(params.token ?? ""),
    title: translator(languageOf(request))("reset.set.title"),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = parseForm(setPasswordSchema, await readFormData(request));
  if (!form.ok) return invalidForm(form.errors);
  const result = await resetPassword({
    token: params.token ?? "",
    newPassword: form.data.password,
    origin: requestOrigin(request, context),
  });
  if (result.status === "invalid-token") return invalidForm({ form: "reset.error.invalidLink" });
  if (result.status === "weak") return invalidForm({ password: result.message });
  return redirect("/account", {
    headers: { "Set-Cookie": sessionCookie(result.token, result.expiresAt, request) },
  });
}

export default function ResetPasswordPage() {
  const t = useTranslate();
  const { usable } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="container section form-card">
      <h1>{t("reset.set.title")}</h1>
      {!usable ? (
        <>
          <FormNotice kind="error" message="reset.error.invalidLink" />
          <p>
            <Link to="/forgot-password">{t("reset.request.again")}</Link>
          </p>
        </>
      ) : (
        <>
          <FormNotice kind="error" message={result?.errors?.form} />
          <Form method="post" className="stack" noValidate>
            <NewPasswordFields errors={result?.errors} />
            <button type="submit" className="button">
              {t("reset.set.submit")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
