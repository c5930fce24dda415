import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireUser } from "~/auth/session.server";
import { FormNotice } from "~/components/form-field";
import { notificationSentence } from "~/components/notification-sentence";
import { Pagination } from "~/components/pagination";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import {
  markAllNotificationsRead,
  notificationsPage,
} from "~/modules/review/notification-inbox.server";
import { readFormData } from "~/utils/form-data.server";
import { formError, formNotice } from "~/utils/responses.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);

/** GET /notifications — the user's notifications, newest first, 25 a page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = pageSchema.parse(new URL(request.url).searchParams.get("page") ?? 1);
  const result = await notificationsPage(user.id, page);
  return {
    title: translator(languageOf(request))("notify.page.title"),
    page,
    pageCount: Math.max(1, Math.ceil(result.total / result.perPage)),
    unread: result.unread,
    items: result.items.map((n) => ({
      ...n,
      readAt: undefined,
      read: Boolean(n.readAt),
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

/** POST intent=markAllRead — every notification of the user read. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readFormData(request);
  if (form.get("intent") !== "markAllRead") return formError("form.error.invalid");
  await markAllNotificationsRead(user.id);
  return formNotice("notify.page.markedAll");
}

export default function NotificationsPage() {
  const { items, page, pageCount, unread } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <div className="container section">
      <h1>
        {t("notify.page.title")}{" "}
        {unread ? (
          <span className="badge">{t("notification.unread", { count: unread })}</span>
        ) : null}
      </h1>
      <p>{t("notify.page.intro")}</p>
      <FormNotice kind="success" message={result?.notice} />
      <FormNotice kind="error" message={result?.formError} />
      <div className="notification-tools">
        {unread > 0 ? (
          <Form method="post">
            <button type="submit" name="intent" value="markAllRead" className="button small">
              {t("notify.page.markAll")}
            </button>
          </Form>
        ) : null}
        <Link to="/account/notifications">{t("notify.page.preferences")}</Link>
      </div>
      {items.length === 0 ? (
        <p className="empty-state">{t("notify.page.empty")}</p>
      ) : (
        <ul className="plain-list notification-list">
          {items.map((n) => (
            <li key={n.id} className={n.read ? "notification" : "notification unread"}>
              <span className={n.read ? "muted" : "badge"}>
                {t(n.read ? "notify.page.read" : "notify.page.unread")}
              </span>{" "}
              <Link to={`/notifications/${n.id}`}>{notificationSentence(t, n)}</Link>{" "}
              <span className="muted">{when.format(new Date(n.createdAt))}</span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} searchParams={searchParams} />
    </div>
  );
}
