import { Form, Link, useRouteLoaderData } from "@remix-run/react";
import { useTranslate } from "~/i18n/use-translate";

interface RootData {
  user: { name: string; email: string; isAdmin: boolean; isCoordinator: boolean } | null;
  path: string;
  unreadNotifications?: number;
}

/** Sign-in link, or the signed-in user's account link and sign-out button. */
export function UserMenu() {
  const t = useTranslate();
  const data = useRouteLoaderData<RootData>("root");
  if (!data?.user) {
    const back =
      data?.path && data.path !== "/login" ? `?redirectTo=${encodeURIComponent(data.path)}` : "";
    return (
      <Link className="button small" to={`/login${back}`}>
        {t("auth.signIn")}
      </Link>
    );
  }
  return (
    <div className="user-menu">
      <Link to="/account" className="user-name">
        {data.user.name}
      </Link>
      <Link
        to="/notifications"
        className="notification-link"
        aria-label={t("notify.header.label", { count: data.unreadNotifications ?? 0 })}
      >
        {t("notify.page.title")}
        {data.unreadNotifications ? (
          <span className="badge notification-count" aria-hidden="true">
            {data.unreadNotifications > 99 ? "99+" : data.unreadNotifications}
          </span>
        ) : null}
      </Link>
      {data.user.isAdmin || data.user.isCoordinator ? (
        <Link to="/admin/audit">{t("nav.audit")}</Link>
      ) : null}
      <Form method="post" action="/logout">
        <button type="submit" className="link-button">
          {t("auth.signOut")}
        </button>
      </Form>
    </div>
  );
}
