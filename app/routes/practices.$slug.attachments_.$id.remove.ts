import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { removePracticeAttachment } from "~/modules/practices/practice-attachments.server";
import { retryAfterHeader } from "~/utils/responses.server";

/**
 * POST /practices/:slug/attachments/:id/remove: a plain form (works without JavaScript); back to
 * the edit page, which says which attachment went.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
  const allowance = await spendAllowance(RATE_LIMITS.practiceWritesPerAccount, actor.id);
  if (allowance.limited)
    return redirect(`/practices/${slug}/edit?upload=limits.error.writes#attachments-title`, {
      status: 303,
      headers: retryAfterHeader(allowance.retryAfterSeconds),
    });
  await removePracticeAttachment({
    actor,
    slug,
    attachmentId: params.id ?? "",
    origin: requestOrigin(request, context),
  });
  return redirect(`/practices/${slug}/edit?upload=removed#attachments-title`, 303);
}
