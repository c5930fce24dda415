import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { getSessionUser, sessionCookie } from "~/auth/session.server";
import { Field, FormNotice, NewPasswordFields } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { acceptInvitationSchema } from "~/modules/accounts/accounts.schema";
import {
  acceptInvitation,
  findUsableInvitation,
  invitedRoleOf,
} from "~/modules/accounts/invitations.server";
import { placeLabel, roleLabelKey } from "~/modules/accounts/roles";
import { parseForm } from "~/utils/forms";
import { invalidForm } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = await findUsableInvitation(params.token ?? "");
  const user = await getSessionUser(request);
  return {
    title: translator(languageOf(request))("invite.accept.title"),
    invitation: invitation
      ? {
          email: invitation.email,
          role: invitedRoleOf(invitation),
          regionName: invitation.region?.name ?? null,
          provinceName: invitation.province?.name ?? null,
          inviter: invitation.invitedBy.name,
          hasAccount: invitation.hasAccount,
        }
      : null,
    signedInAs: user?.email ?? null,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const signedIn = await getSessionUser(request);
  const origin = requestOrigin(request, context);
  const invitation = await findUsableInvitation(params.token ?? "");
  let name: string | undefined;
  let password: string | undefined;
  if (invitation && !invitation.hasAccount) {
    const form = parseForm(acceptInvitationSchema, await readFormData(request));
    if (!form.ok) return invalidForm(form.errors);
    ({ name, password } = form.data);
  }
  const result = await acceptInvitation({
    token: params.token ?? "",
    signedIn,
    name,
    password,
    origin,
  });
  if (result.status === "invalid") return invalidForm({ form: "invite.error.invalidLink" });
  if (result.status === "sign-in-required")
    return invalidForm({ form: "invite.error.signInFirst" });
  if (result.status === "error") return invalidForm({ [result.field]: result.message });
  const headers = new Headers();
  if (result.token && result.expiresAt)
    headers.set("Set-Cookie", sessionCookie(result.token, result.expiresAt, request));
  return redirect("/account", { headers });
}

export default function AcceptInvitationPage() {
  const { invitation, signedInAs } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const location = useLocation();
  if (!invitation) {
    return (
      <div className="container section form-card">
        <h1>{t("invite.accept.title")}</h1>
        <FormNotice kind="error" message="invite.error.invalidLink" />
      </div>
    );
  }
  return (
    <div className="container section form-card">
      <h1>{t("invite.accept.title")}</h1>
      <p>
        {t("invite.accept.summary", {
          inviter: invitation.inviter,
          role: t(roleLabelKey(invitation.role)),
          region: placeLabel(
            t,
            invitation.regionName
              ? { region: invitation.regionName }
              : invitation.provinceName
                ? { province: invitation.provinceName }
                : null,
          ),
        })}
      </p>
      <FormNotice kind="error" message={result?.errors?.form} />
      {invitation.hasAccount ? (
        signedInAs === invitation.email ? (
          <Form method="post">
            <button type="submit" className="button">
              {t("invite.accept.submit")}
            </button>
          </Form>
        ) : (
          <p>
            {t("invite.accept.existingAccount", { email: invitation.email })}{" "}
            <Link to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}>
              {t("auth.signIn")}
            </Link>
          </p>
        )
      ) : (
        <Form method="post" className="stack" noValidate>
          <Field
            name="email"
            type="email"
            label="auth.field.email"
            value={invitation.email}
            readOnly
          />
          <Field
            name="name"
            label="auth.field.name"
            autoComplete="name"
            required
            error={result?.errors?.name}
          />
          <NewPasswordFields errors={result?.errors} />
          <button type="submit" className="button">
            {t("invite.accept.create")}
          </button>
        </Form>
      )}
    </div>
  );
}
