import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { openNotification } from "~/modules/review/notifications.server";

/** GET /notifications/:id — opens one of the user's notifications: marked read, then followed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return redirect(await openNotification(user.id, params.id ?? ""));
}
