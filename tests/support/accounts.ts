// Helpers for the accounts integration tests: call route loaders and actions directly with a
// request and a load context, and read their answer (a Response, a `data()` result, a plain
// object, a thrown Response, or a thrown AppError as the HTTP server answers it) as one
// { status, headers, body } shape.
import { hashPassword } from "../../app/auth/password.server";
import { createSession, SESSION_COOKIE } from "../../app/auth/session.server";
import { db } from "../../app/db.server";
import { isAppError } from "../../app/utils/app-error";
import { appErrorResponse } from "../../app/utils/app-error-responses.server";

export const DEMO_PASSWORD = "LivingLab-Demo-2026";
export const DEMO = {
  admin: "admin@demo.livinglab.id",
  coordinator: "koordinator@demo.livinglab.id",
  sekdaSumedang: "sekda.sumedang@demo.livinglab.id",
  devSumedang: "dev.sumedang@demo.livinglab.id",
  sekdaBandung: "sekda.bandung@demo.livinglab.id",
  devBandung: "dev.bandung@demo.livinglab.id",
  provinceJabar: "koordinator.jabar@demo.livinglab.id",
} as const;

/** A strong password that zxcvbn accepts. */
export const STRONG_PASSWORD = "Rambutan-Kebun-Hujan-Senja-7391";
export const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36";

export interface Outcome {
  status: number;
  headers: Headers;
  /** JSON (or text) of a Response, `data` of a data() result, or the returned object. */
  body: unknown;
  /** The Location header of a redirect. */
  location: string | null;
}

interface DataResult {
  type: "DataWithResponseInit";
  data: unknown;
  init: ResponseInit | null;
}

function isDataResult(value: unknown): value is DataResult {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "DataWithResponseInit"
  );
}

async function readResponse(response: Response): Promise<Outcome> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return {
    status: response.status,
    headers: response.headers,
    body,
    location: response.headers.get("Location"),
  };
}

/** Runs a loader or an action and normalises what it returns or throws. Headers a route added
 * through context.appendHeader (as the HTTP server lets it) come with the outcome's headers. */
export async function outcome(
  run: () => Promise<unknown>,
  appended = new Headers(),
  path = "/",
): Promise<Outcome> {
  const result = await rawOutcome(run, path);
  const headers = new Headers(result.headers);
  appended.forEach((value, name) => headers.append(name, value));
  return { ...result, headers };
}

async function rawOutcome(run: () => Promise<unknown>, path: string): Promise<Outcome> {
  let value: unknown;
  try {
    value = await run();
  } catch (thrown) {
    if (thrown instanceof Response) return readResponse(thrown);
    if (isAppError(thrown)) {
      return readResponse(appErrorResponse(thrown, path.startsWith("/api/") ? "api" : "page"));
    }
    throw thrown;
  }
  if (value instanceof Response) return readResponse(value);
  if (isDataResult(value)) {
    const headers = new Headers(value.init?.headers);
    return {
      status: value.init?.status ?? 200,
      headers,
      body: value.data,
      location: headers.get("Location"),
    };
  }
  return { status: 200, headers: new Headers(), body: value, location: null };
}

export interface CallOptions {
  /** The whole Cookie header, e.g. from sessionFor() or "lang=en". */
  cookie?: string;
  /** context.clientIp */
  ip?: string;
  userAgent?: string;
  params?: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loaders/actions of many routes
type RouteFunction = (args: any) => Promise<unknown>;

function headersOf(options: CallOptions): Record<string, string> {
  return {
    "User-Agent": options.userAgent ?? USER_AGENT,
    ...(options.cookie ? { Cookie: options.cookie } : {}),
  };
}

function argsFor(request: Request, options: CallOptions, appended: Headers) {
  return {
    request,
    params: options.params ?? {},
    context: {
      cspNonce: "test",
      clientIp: options.ip ?? "10.0.0.1",
      appendHeader: (name: string, value: string) => appended.append(name, value),
    },
  };
}

/** GET `path` through a route loader. */
export function get(loader: RouteFunction, path: string, options: CallOptions = {}) {
  const request = new Request(`http://localhost${path}`, { headers: headersOf(options) });
  const appended = new Headers();
  return outcome(() => loader(argsFor(request, options, appended)), appended, path);
}

/** POST a form to `path` through a route action. */
export function post(
  action: RouteFunction,
  path: string,
  form: Record<string, string>,
  options: CallOptions = {},
) {
  const request = new Request(`http://localhost${path}`, {
    method: "POST",
    body: new URLSearchParams(form),
    headers: headersOf(options),
  });
  const appended = new Headers();
  return outcome(() => action(argsFor(request, options, appended)), appended, path);
}

/** The session token of a Set-Cookie header (null when there is none or it is blank). */
export function sessionTokenFromSetCookie(setCookie: string | null): string | null {
  const match = setCookie?.match(new RegExp(`(?:^|[;,]\\s*)${SESSION_COOKIE}=([^;]*)`));
  return match?.[1] ? match[1] : null;
}

/** The session token an answer set (its Set-Cookie header); fails the test when there is none. */
export function tokenOf(result: Outcome): string {
  const token = sessionTokenFromSetCookie(result.headers.get("Set-Cookie"));
  if (!token) throw new Error(`no session cookie in ${result.headers.get("Set-Cookie")}`);
  return token;
}

export function sessionCookieHeader(token: string): string {
  return `${SESSION_COOKIE}=${token}`;
}

let ipCounter = 0;
/** A fresh documentation-range IP per call, so rate-limit counters never collide. */
export function uniqueIp(): string {
  ipCounter += 1;
  return `198.18.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

let emailCounter = 0;
export function uniqueEmail(prefix: string): string {
  emailCounter += 1;
  return `${prefix}.${emailCounter}.${Date.now().toString(36)}@example.go.id`;
}

export async function userByEmail(email: string) {
  return db().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true },
  });
}

/** Creates a user with a password and optional region roles. */
export async function createUser(input: {
  email?: string;
  name?: string;
  password?: string;
  memberships?: Array<{ regionCode: string; role: "SECRETARY" | "DEVELOPER" }>;
}) {
  const email = input.email ?? uniqueEmail("user");
  const user = await db().user.create({
    data: {
      email,
      name: input.name ?? "Pengguna Uji",
      passwordHash: await hashPassword(input.password ?? STRONG_PASSWORD),
      memberships: input.memberships ? { create: input.memberships } : undefined,
    },
    select: { id: true, email: true, name: true },
  });
  return user;
}

/** Opens a session for the account (no login form, no rate limit) and returns its Cookie header. */
export async function sessionFor(
  email: string,
  origin: { ip?: string; userAgent?: string } = {},
): Promise<{ cookie: string; token: string; userId: string }> {
  const user = await userByEmail(email);
  const { token } = await createSession(user.id, {
    ip: origin.ip ?? "10.0.0.1",
    userAgent: origin.userAgent ?? USER_AGENT,
  });
  return { cookie: sessionCookieHeader(token), token, userId: user.id };
}

/** Creates a pending account request straight in the database. */
export async function createAccountRequest(input: {
  regionCode: string;
  email?: string;
  name?: string;
  role?: "SECRETARY" | "DEVELOPER";
}) {
  return db().accountRequest.create({
    data: {
      email: input.email ?? uniqueEmail("request"),
      name: input.name ?? "Pemohon Uji",
      regionCode: input.regionCode,
      role: input.role ?? "DEVELOPER",
    },
    select: { id: true, email: true, name: true, regionCode: true },
  });
}
