import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { getSessionUser } from "~/auth/session.server";
import { EmptyResult, IgnoredFiltersNotice } from "~/components/list-notices";
import { Pagination } from "~/components/pagination";
import { CommitmentList } from "~/components/tracker/commitment-list";
import { TRACKER_FILTER_LABELS, TrackerFilters } from "~/components/tracker/tracker-filters";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { mayDraftCommitment } from "~/modules/tracker/commitment-commands.server";
import { trackerListPage } from "~/modules/tracker/tracker-list.server";
import { redirectPastLastPage } from "~/utils/list-query.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export const links: LinksFunction = () => [
  { rel: "alternate", type: "application/atom+xml", href: "/tracker/verified.atom" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const t = translator(languageOf(request));
  const page = await trackerListPage(viewer, new URL(request.url).searchParams);
  redirectPastLastPage(request, page.query.page, page.total, page.query.limit);
  return {
    ...page,
    title: t("trackerViews.title"),
    mayDraft: Boolean(viewer?.memberships.some((m) => mayDraftCommitment(viewer, m.regionCode))),
    hasRegion: Boolean(viewer && viewer.memberships.length > 0),
  };
}

export default function TrackerPage() {
  const { items, total, query, ignored, choices, indicators, mayDraft, hasRegion } =
    useLoaderData<typeof loader>();
  const t = useTranslate();
  const [searchParams] = useSearchParams();
  return (
    <div className="container section">
      <h1>{t("trackerViews.title")}</h1>
      <p className="lead">{t("trackerViews.lead")}</p>
      <p className="actions">
        {mayDraft ? (
          <Link className="button" to="/commitments/new">
            {t("trackerViews.new")}
          </Link>
        ) : null}
        {hasRegion ? (
          <Link className="button secondary" to="/tracker/inbox">
            {t("trackerViews.inbox.link")}
          </Link>
        ) : null}
        <a href="/tracker/verified.atom">{t("trackerViews.atom.link")}</a>
      </p>
      <div className="list-head">
        <TrackerFilters query={query} choices={choices} indicators={indicators} />
        <IgnoredFiltersNotice ignored={ignored} labels={TRACKER_FILTER_LABELS} />
        <p className="result-count" aria-live="polite">
          {t("trackerViews.count", { count: total })}
        </p>
      </div>
      {items.length === 0 ? (
        <EmptyResult message={t("trackerViews.empty")} clearTo="/tracker" />
      ) : (
        <CommitmentList items={items} />
      )}
      <Pagination
        page={query.page}
        pageCount={Math.max(1, Math.ceil(total / query.limit))}
        searchParams={searchParams}
      />
    </div>
  );
}
