import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { addRelease } from "~/modules/software/software-releases.server";

/** POST /software/:slug/releases (multipart: version, releaseDate, changelog, archive). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
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
