import type { ActionFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import { readFormData } from "~/utils/form-data.server";

/** The longest text previewed: a section's limit, with room for a little over it. */
const MAX_PREVIEW_CHARACTERS = 25_000;

/**
 * POST /markdown-preview (field "text"): the sanitised HTML of the authoring forms' Markdown, the
 * same renderer the published page uses. Signed-in authors only; stores nothing.
 */
export async function action({ request }: ActionFunctionArgs) {
  await requireUser(request);
  const form = await readFormData(request);
  const text = form.get("text");
  const markdown = typeof text === "string" ? text.slice(0, MAX_PREVIEW_CHARACTERS) : "";
  return Response.json({ html: renderMarkdown(markdown) });
}
