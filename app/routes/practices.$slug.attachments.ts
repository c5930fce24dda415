import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { addPracticeAttachment } from "~/modules/practices/practice-attachments.server";
import { retryAfterHeader } from "~/utils/responses.server";

/**
 * POST /practices/:slug/attachments (multipart, field "file"). The uploader asks for JSON; a plain
 * form post (no JavaScript) returns to the edit page, which shows the outcome.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
  const wantsJson = (request.headers.get("Accept") ?? "").includes("application/json");
  // Counted before the body is read: a refused upload stores nothing.
  const allowance = await spendAllowance(RATE_LIMITS.uploadsPerAccount, actor.id);
  if (allowance.limited) {
    const headers = retryAfterHeader(allowance.retryAfterSeconds);
    if (!wantsJson)
      return redirect(`/practices/${slug}/edit?upload=limits.error.writes#attachments-title`, {
        status: 303,
        headers,
      });
    const t = translator(languageOf(request));
    return Response.json(
      { ok: false, message: t("limits.error.writes") },
      { status: 429, headers },
    );
  }
  const result = await addPracticeAttachment({
    actor,
    slug,
    request,
    origin: requestOrigin(request, context),
  });
  if (!wantsJson) {
    const outcome = result.status === "rejected" ? result.message : result.status;
    return redirect(
      `/practices/${slug}/edit?upload=${encodeURIComponent(outcome)}#attachments-title`,
      303,
    );
  }
  const t = translator(languageOf(request));
  // Response.json, not data(): a resource route's data() loses its status under single fetch.
  if (result.status === "rejected")
    return Response.json({ ok: false, message: t(result.message, result.params) }, { status: 400 });
  if (result.status === "duplicate")
    return Response.json({
      ok: true,
      message: t("authoring.upload.alreadyAttached", { name: result.existingName }),
    });
  return Response.json({ ok: true, message: t("upload.added", { name: result.name }) });
}
