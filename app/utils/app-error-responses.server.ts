// The one place an AppError becomes HTTP. The HTTP server applies answerAppErrors() to the Remix
// build, so every route's loader and action is wrapped once: a thrown AppError is thrown on as the
// Response the route used to throw itself, which Remix renders as the route's ErrorBoundary (pages),
// returns as it is (resource routes) or, under /api/*, as the API's JSON error.
import type { ServerBuild } from "@remix-run/node";
import { translator } from "~/i18n/translate";
import { jsonError } from "./api.server";
import { appErrorStatus, isAppError, type AppError, type AppErrorCode } from "./app-error";

/** How a route answers: a page (with an ErrorBoundary), a file/feed/redirect, or the JSON API. */
export type RouteKind = "page" | "resource" | "api";

const PLAIN_TEXT: Record<AppErrorCode, string> = {
  NOT_FOUND: "Not found",
  FORBIDDEN: "Forbidden",
  CONFLICT: "Conflict",
  BAD_REQUEST: "Bad request",
};

const english = translator("en");

/** The Response an AppError answers with. */
export function appErrorResponse(error: AppError, kind: RouteKind): Response {
  const status = appErrorStatus(error);
  if (kind === "api") {
    return jsonError(status, error.userMessage ? [{ message: english(error.userMessage) }] : []);
  }
  // The root ErrorBoundary shows `message` (a message key) in the user's language.
  if (kind === "page" && error.userMessage) {
    return Response.json({ message: error.userMessage }, { status });
  }
  return new Response(PLAIN_TEXT[error.code], {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

type Handler = (args: never) => unknown;

/** The handler, with a thrown AppError thrown on as its Response. */
export function answeringAppErrors<H extends Handler>(handler: H, kind: RouteKind): H {
  const wrapped = async (args: never) => {
    try {
      return await handler(args);
    } catch (thrown) {
      if (isAppError(thrown)) throw appErrorResponse(thrown, kind);
      throw thrown;
    }
  };
  return wrapped as unknown as H;
}

type Routes = ServerBuild["routes"];

function fullPath(routes: Routes, id: string): string {
  const route = routes[id];
  if (!route) return "";
  const parent = route.parentId ? fullPath(routes, route.parentId) : "";
  return [parent, route.path ?? ""].filter(Boolean).join("/");
}

export function routeKind(routes: Routes, id: string): RouteKind {
  const route = routes[id];
  if (route?.module.default) return "page";
  return /^\/?api(\/|$)/.test(fullPath(routes, id)) ? "api" : "resource";
}

/** The build with every loader and action answering AppErrors (see the file's header). */
export function answerAppErrors(build: ServerBuild): ServerBuild {
  const routes: Routes = {};
  for (const [id, route] of Object.entries(build.routes)) {
    if (!route) continue;
    const kind = routeKind(build.routes, id);
    const { loader, action } = route.module;
    routes[id] = {
      ...route,
      module: {
        ...route.module,
        ...(loader ? { loader: answeringAppErrors(loader, kind) } : {}),
        ...(action ? { action: answeringAppErrors(action, kind) } : {}),
      },
    };
  }
  return { ...build, routes };
}
