import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { addRelease } from "~/modules/software/software-releases.server";
import { retryAfterHeader } from "~/utils/responses.server";

/** POST /software/:slug/releases (multipart: version, releaseDate, changelog, archive). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
  // Counted before the body is read: a refused release stores nothing.
  const allowance = await spendAllowance(RATE_LIMITS.uploadsPerAccount, actor.id);
  if (allowance.limited)
    return redirect(`/software/${slug}?release=limits.error.writes#releases`, {
      status: 303,
      headers: retryAfterHeader(allowance.retryAfterSeconds),
    });
  const result = await addRelease({
    actor,
    slug,
    request,
    origin: requestOrigin(request, context),
  });
  return redirect(
    `/software/${slug}?release=${encodeURIComponent(result.ok ? "added" : result.message)}#releases`,
    303,
  );
}
