import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { addPracticeAttachment } from "~/modules/practices/practice-attachments.server";

/**
 * POST /practices/:slug/attachments (multipart, field "file"). The uploader asks for JSON; a plain
 * form post (no JavaScript) returns to the edit page, which shows the outcome.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
  const result = await addPracticeAttachment({
    actor,
    slug,
    request,
    origin: requestOrigin(request, context),
  });
  if (!(request.headers.get("Accept") ?? "").includes("application/json")) {
    const outcome = result.status === "added" ? "added" : result.message;
    return redirect(
      `/practices/${slug}/edit?upload=${encodeURIComponent(outcome)}#attachments-title`,
      303,
    );
  }
  const t = translator(languageOf(request));
  // Response.json, not data(): a resource route's data() loses its status under single fetch.
  if (result.status === "rejected")
    return Response.json({ ok: false, message: t(result.message, result.params) }, { status: 400 });
  return Response.json({ ok: true, message: t("upload.added", { name: result.name }) });
}
