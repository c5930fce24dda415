import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { ErrorPage } from "~/components/error-page";
import { monitoringScopeOf } from "~/auth/policy";
import { getSessionUser, refreshedSessionCookie } from "~/auth/session.server";
import { env } from "~/env.server";
import { languageOf } from "~/i18n/language.server";
import { DEFAULT_LANGUAGE } from "~/i18n/languages";
import { isMessageKey, translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { unreadNotificationCount } from "~/modules/review/notification-inbox.server";
import stylesheet from "~/styles/app.css?url";
import authoringStylesheet from "~/styles/authoring.css?url";
import reviewStylesheet from "~/styles/review.css?url";
import evidenceStylesheet from "~/styles/evidence.css?url";
import commitmentStylesheet from "~/styles/commitment.css?url";
import trackerStylesheet from "~/styles/tracker.css?url";
import figuresStylesheet from "~/styles/figures.css?url";
import dashboardStylesheet from "~/styles/dashboard.css?url";
import printStylesheet from "~/styles/print.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "stylesheet", href: authoringStylesheet },
  { rel: "stylesheet", href: reviewStylesheet },
  { rel: "stylesheet", href: evidenceStylesheet },
  { rel: "stylesheet", href: commitmentStylesheet },
  { rel: "stylesheet", href: trackerStylesheet },
  { rel: "stylesheet", href: figuresStylesheet },
  { rel: "stylesheet", href: dashboardStylesheet },
  { rel: "stylesheet", href: printStylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

/** Only used when an error page is shown: every page route sets its own title. */
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const t = translator(data?.language ?? DEFAULT_LANGUAGE);
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title =
    status === 404
      ? "error.notFound.title"
      : status === 403
        ? "error.forbidden.title"
        : "error.generic.title";
  return [{ title: `${t(title)} · ${t("app.name")}` }];
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getSessionUser(request);
  const cookie = await refreshedSessionCookie(request);
  if (cookie) context.appendHeader?.("Set-Cookie", cookie);
  // One indexed count (Notification(userId, readAt, createdAt)) for the header's badge.
  const unreadNotifications = user ? await unreadNotificationCount(user.id) : 0;
  return {
    unreadNotifications,
    /** The header's link to /monitoring: coordinators, admins and province coordinators. */
    mayMonitor: monitoringScopeOf(user) !== null,
    user: user
      ? {
          name: user.name,
          email: user.email,
          isAdmin: user.isAdmin,
          isCoordinator: user.isCoordinator,
        }
      : null,
    language: languageOf(request),
    demoMode: env().DEMO_MODE,
    nonce: typeof context.cspNonce === "string" ? context.cspNonce : undefined,
    path: url.pathname + url.search,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const language = data?.language ?? DEFAULT_LANGUAGE;
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={data?.nonce} />
        <Scripts nonce={data?.nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { path } = useLoaderData<typeof loader>();
  return (
    <Shell currentPath={path}>
      <Outlet />
    </Shell>
  );
}

function Shell({ children, currentPath }: { children: ReactNode; currentPath: string }) {
  const t = useTranslate();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <SiteHeader currentPath={currentPath} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  const message: unknown = isRouteErrorResponse(error)
    ? (error.data as { message?: unknown } | null)?.message
    : null;
  return (
    <Shell currentPath={data?.path ?? "/"}>
      <ErrorPage
        status={status}
        message={typeof message === "string" && isMessageKey(message) ? message : null}
      />
    </Shell>
  );
}
