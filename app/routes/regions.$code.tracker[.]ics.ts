import type { LoaderFunctionArgs } from "@remix-run/node";
import { languageOf } from "~/i18n/language.server";
import { calendarFeed } from "~/modules/tracker/calendar-feed.server";

/** GET /regions/:code/tracker.ics?token= — the region's milestone due dates (404 unless valid). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token");
  const body = await calendarFeed(params.code ?? "", token, languageOf(request));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "Content-Disposition": 'inline; filename="pelacak.ics"',
    },
  });
}
