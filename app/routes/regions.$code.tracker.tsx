import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { getSessionUser, requireUser } from "~/auth/session.server";
import { CalendarFeeds } from "~/components/tracker/calendar-feeds";
import { TrackerBoard } from "~/components/tracker/tracker-board";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { moveOnBoard, regionBoard, regionOfBoard } from "~/modules/tracker/board.server";
import {
  activeFeeds,
  createFeed,
  mayManageFeeds,
  revokeFeed,
} from "~/modules/tracker/calendar-feed.server";
import { readFormData } from "~/utils/form-data.server";
import { formAnswer, type FormResult } from "~/utils/responses.server";

type Answer = FormResult & { feedUrl?: string };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · ${data.region.name} · Living Lab` : "Living Lab" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const region = await regionOfBoard(params.code);
  const viewer = await getSessionUser(request);
  const mayFeeds = mayManageFeeds(viewer, region.code);
  const [board, feeds] = await Promise.all([
    regionBoard(viewer, region.code),
    mayFeeds && viewer ? activeFeeds(viewer, region.code) : Promise.resolve(null),
  ]);
  return { region, board, feeds, title: translator(languageOf(request))("trackerViews.title") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const region = await regionOfBoard(params.code);
  const actor = await requireUser(request);
  const form = await readFormData(request);
  const intent = form.get("intent");
  const answer = (body: Answer, status = 200) => formAnswer<Answer>(body, status);
  if (intent === "createFeed") {
    const result = await createFeed(actor, region.code);
    return result.ok
      ? answer({ errors: {}, feedUrl: result.url, notice: "trackerViews.feed.created" })
      : answer({ errors: {}, formError: result.message }, result.status);
  }
  if (intent === "revokeFeed") {
    if (!mayManageFeeds(actor, region.code))
      return answer({ errors: {}, formError: "tracker.error.forbidden" }, 403);
    const revoked = await revokeFeed(actor, region.code, form.get("feedId"));
    return revoked
      ? answer({ errors: {}, notice: "trackerViews.feed.revoked" })
      : answer({ errors: {}, formError: "trackerViews.feed.unknown" }, 404);
  }
  if (intent === "move") {
    const result = await moveOnBoard(
      actor,
      region.code,
      { id: form.get("id"), transition: form.get("transition"), text: form.get("text") ?? "" },
      requestOrigin(request, context),
    );
    return result.ok
      ? answer({ errors: {}, notice: "trackerViews.board.moved" })
      : answer(
          { errors: {}, formError: result.message, formErrorParams: result.params },
          result.status,
        );
  }
  return answer({ errors: {}, formError: "form.error.invalid" }, 400);
}

export default function RegionTrackerPage() {
  const { region, board, feeds } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const t = useTranslate();
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/regions">{t("nav.regions")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${region.code}`}>{region.name}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to="/tracker">{t("trackerViews.title")}</Link>
      </nav>
      <h1>{t("trackerViews.board.title", { region: region.name })}</h1>
      <p className="lead">{t("trackerViews.board.lead")}</p>
      {answer?.formError ? (
        <p className="notice notice-error" role="alert">
          {t(answer.formError, answer.formErrorParams)}
        </p>
      ) : answer?.notice && !answer.feedUrl ? (
        <p className="notice notice-success" role="status">
          {t(answer.notice)}
        </p>
      ) : null}
      <section className="section" aria-labelledby="as-adopter">
        <h2 id="as-adopter">{t("trackerViews.board.asAdopter")}</h2>
        <TrackerBoard boardId="adopter" columns={board.adopter} />
      </section>
      <section className="section" aria-labelledby="as-mentor">
        <h2 id="as-mentor">{t("trackerViews.board.asMentor")}</h2>
        <TrackerBoard boardId="mentor" columns={board.mentor} />
      </section>
      {feeds ? <CalendarFeeds feeds={feeds} createdUrl={answer?.feedUrl ?? null} /> : null}
    </div>
  );
}
