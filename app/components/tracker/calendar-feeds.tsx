import { Form } from "@remix-run/react";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";

/** "Langganan kalender": the member's private feed URLs for the region (shown once), and revoking. */
export function CalendarFeeds({
  feeds,
  createdUrl,
}: {
  feeds: Array<{ id: string; createdAt: string }>;
  createdUrl: string | null;
}) {
  const t = useTranslate();
  const when = new Intl.DateTimeFormat(localeOf(useLanguage()), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  });
  return (
    <section className="section card calendar-feeds" aria-labelledby="feeds-title">
      <h2 id="feeds-title">{t("trackerViews.feed.title")}</h2>
      <p>{t("trackerViews.feed.intro")}</p>
      {createdUrl ? (
        <div className="notice notice-success token-created" role="status">
          <label htmlFor="feed-url">{t("trackerViews.feed.createdLabel")}</label>
          <div className="token-secret">
            <input id="feed-url" type="text" readOnly value={createdUrl} />
          </div>
          <p>{t("trackerViews.feed.onlyOnce")}</p>
        </div>
      ) : null}
      {feeds.length === 0 ? (
        <p className="muted">{t("trackerViews.feed.none")}</p>
      ) : (
        <ul className="plain-list">
          {feeds.map((feed) => (
            <li key={feed.id}>
              {t("trackerViews.feed.activeSince", { date: when.format(new Date(feed.createdAt)) })}{" "}
              <Form method="post" className="inline-form">
                <input type="hidden" name="intent" value="revokeFeed" />
                <input type="hidden" name="feedId" value={feed.id} />
                <button type="submit" className="button button-small secondary">
                  {t("trackerViews.feed.revoke")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="createFeed" />
        <button type="submit" className="button">
          {t("trackerViews.feed.create")}
        </button>
      </Form>
    </section>
  );
}
