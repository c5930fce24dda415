// Reading what a route loader or action, or a module function that throws Responses or AppErrors,
// answered. Needs no database.
import { appErrorStatus, isAppError } from "../../app/utils/app-error";
import { appErrorResponse, type RouteKind } from "../../app/utils/app-error-responses.server";

/**
 * What a route threw, as the HTTP server answers it: a Response as it is, an AppError as its
 * Response for that kind of route. Anything else thrown fails the test.
 */
export function thrownResponse(thrown: unknown, kind: RouteKind = "page"): Response {
  if (thrown instanceof Response) return thrown;
  if (isAppError(thrown)) return appErrorResponse(thrown, kind);
  throw thrown;
}

interface DataResult {
  type: "DataWithResponseInit";
  init: ResponseInit | null;
}

function isDataResult(value: unknown): value is DataResult {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "DataWithResponseInit"
  );
}

/**
 * The HTTP status of an answer: a returned or thrown Response's, a thrown AppError's (as the
 * server maps it), a data() result's, and 200 for any other value. Anything else thrown fails the
 * test.
 */
export async function status(answer: Promise<unknown> | (() => Promise<unknown>)): Promise<number> {
  try {
    const value = await (typeof answer === "function" ? answer() : answer);
    if (value instanceof Response) return value.status;
    if (isDataResult(value)) return value.init?.status ?? 200;
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    if (isAppError(thrown)) return appErrorStatus(thrown);
    throw thrown;
  }
}

/** The redirect a loader threw or returned; fails when it answered without one. */
export async function redirectOf(
  answer: Promise<unknown>,
): Promise<{ status: number; location: string }> {
  let value: unknown;
  try {
    value = await answer;
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    value = thrown;
  }
  if (value instanceof Response && value.headers.has("Location")) {
    return { status: value.status, location: value.headers.get("Location") ?? "" };
  }
  throw new Error("expected a redirect");
}

/** Arguments of a route loader or action for a GET of `path` (no session, no cookies). */
export function loaderArgs(path: string, params: Record<string, string> = {}) {
  return {
    request: new Request(`http://localhost${path}`),
    params,
    context: { cspNonce: "test" },
  };
}
