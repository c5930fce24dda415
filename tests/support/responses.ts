// Reading what a route loader or action, or a module function that throws Responses, answered.
// Needs no database.

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
 * The HTTP status of an answer: a returned or thrown Response's, a data() result's, and 200 for
 * any other value. Anything thrown that is not a Response fails the test.
 */
export async function status(answer: Promise<unknown> | (() => Promise<unknown>)): Promise<number> {
  try {
    const value = await (typeof answer === "function" ? answer() : answer);
    if (value instanceof Response) return value.status;
    if (isDataResult(value)) return value.init?.status ?? 200;
    return 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
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
