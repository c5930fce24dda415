import type { LoaderFunctionArgs } from "@remix-run/node";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import {
  verifiedAtomFeed,
  verifiedPublicCommitments,
} from "~/modules/tracker/verified-feed.server";
import { publicBaseUrl } from "~/utils/url.server";

/** GET /tracker/verified.atom — the 30 most recently verified public replications. */
export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(languageOf(request));
  const body = verifiedAtomFeed(await verifiedPublicCommitments(), publicBaseUrl(), {
    title: t("trackerViews.atom.title"),
    summary: (adopter, mentor) => t("trackerViews.atom.summary", { adopter, mentor }),
    demo: t("demo.label"),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
