import { data, type ActionFunctionArgs } from "@remix-run/node";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { addPracticeAttachment } from "~/modules/practices/practice-attachments.server";

/** POST /practices/:slug/attachments (multipart, field "file") — JSON answer for the uploader. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const result = await addPracticeAttachment({
    actor,
    slug: params.slug ?? "",
    request,
    origin: requestOrigin(request, context),
  });
  const t = translator(languageOf(request));
  if (result.status === "rejected")
    return data({ ok: false, message: t(result.message, result.params) }, { status: 400 });
  return data({ ok: true, message: t("upload.added", { name: result.name }) });
}
