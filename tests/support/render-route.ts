// Renders a route module's page to HTML on the server, as a visitor's browser receives it: the
// route's real loader runs (with the same context the HTTP server gives it), then its component,
// under a root route that provides the language as app/root.tsx does.
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import type { LoaderFunctionArgs, RouteObject } from "react-router-dom";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
} from "react-router-dom/server";
import { answeringAppErrors } from "../../app/utils/app-error-responses.server";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaders of many routes
type Loader = (args: any) => Promise<unknown>;

export interface RenderedRoute {
  status: number;
  html: string;
}

export async function renderRoute(options: {
  /** The route's path pattern, e.g. "/software/:slug". */
  path: string;
  url: string;
  loader: Loader;
  Component: ComponentType;
  headers?: Record<string, string>;
  language?: "id" | "en";
}): Promise<RenderedRoute> {
  const routes: RouteObject[] = [
    {
      id: "root",
      path: "/",
      loader: () => ({ language: options.language ?? "id" }),
      children: [
        {
          id: "page",
          path: options.path.replace(/^\//, ""),
          // As the HTTP server does (answerAppErrors), a thrown AppError becomes its Response.
          loader: answeringAppErrors(
            (args: LoaderFunctionArgs) =>
              options.loader({ ...args, context: { cspNonce: "test", clientIp: "10.0.0.1" } }),
            "page",
          ),
          element: createElement(options.Component),
        },
      ],
    },
  ];
  const handler = createStaticHandler(routes);
  const request = new Request(options.url, { headers: options.headers });
  const context = await handler.query(request);
  if (context instanceof Response) return { status: context.status, html: await context.text() };
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(createElement(StaticRouterProvider, { router, context }));
  return { status: context.statusCode, html };
}
