import type { LoaderFunctionArgs } from "@remix-run/node";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { practicesAtomFeed } from "~/modules/practices/practice-api.server";
import {
  listPublishedPractices,
  practiceQuerySchema,
} from "~/modules/practices/practice-queries.server";
import { publicBaseUrl } from "~/utils/url.server";

/** GET /practices/feed.atom — the 30 newest published practices. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { items } = await listPublishedPractices(practiceQuerySchema.parse({ limit: "30" }));
  const body = practicesAtomFeed(
    items,
    publicBaseUrl(),
    translator(languageOf(request))("practices.feed"),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
