import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requestOrigin } from "~/auth/request-context.server";
import { blankSessionCookie, getSessionUser, invalidateSession } from "~/auth/session.server";
import { recordAudit } from "~/modules/audit/audit.server";

/** POST /logout — ends this browser's session. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) {
    await invalidateSession(user.sessionId);
    await recordAudit({
      action: "logout",
      actor: { id: user.id, email: user.email },
      ...requestOrigin(request, context),
    });
  }
  return redirect("/", { headers: { "Set-Cookie": blankSessionCookie(request) } });
}

export async function loader() {
  return redirect("/");
}
