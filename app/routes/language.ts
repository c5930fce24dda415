import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { languageCookie } from "~/i18n/language.server";
import { LANGUAGES } from "~/i18n/languages";
import { readFormData } from "~/utils/form-data.server";

const languageForm = z.object({
  lang: z.enum(LANGUAGES),
  // Only a local path: never an open redirect.
  redirectTo: z
    .string()
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .catch("/"),
});

/** POST /language — keeps the chosen language in a cookie and returns to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = languageForm.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) return redirect("/", { status: 303 });
  const secure = new URL(request.url).protocol === "https:";
  return redirect(parsed.data.redirectTo, {
    status: 303,
    headers: { "Set-Cookie": languageCookie(parsed.data.lang, secure) },
  });
}

export async function loader() {
  return redirect("/");
}
