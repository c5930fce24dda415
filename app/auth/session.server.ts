// Sessions as the Lucia guide teaches them: a random token in an HttpOnly, SameSite=Lax cookie,
// only its SHA-256 stored, 30 days, extended when half used, ended on logout and password change.
import { redirect } from "@remix-run/node";
import { db } from "~/db.server";
import { env } from "~/env.server";
import type { Actor, RegionRoleName } from "./policy";
import type { RequestOrigin } from "./request-context.server";
import { generateToken, hashToken, isWellFormedToken } from "./tokens.server";

import { SESSION_COOKIE } from "./session-cookie";

export { SESSION_COOKIE };
const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
const RENEW_BEFORE_MS = 15 * DAY_MS;
const LAST_SEEN_GRANULARITY_MS = 60 * 1000;

export interface SessionUser extends Actor {
  name: string;
  sessionId: string;
  memberships: Array<{ regionCode: string; role: RegionRoleName; regionName: string }>;
  /** The provinces the user coordinates (Diskominfo provinsi), in code order. */
  provinceCodes: string[];
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  isAdmin: true,
  isCoordinator: true,
  disabledAt: true,
  memberships: { select: { regionCode: true, role: true, region: { select: { name: true } } } },
  provinceCoordinations: { select: { provinceCode: true }, orderBy: { provinceCode: "asc" } },
} as const;

export async function createSession(
  userId: string,
  origin: RequestOrigin,
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateToken();
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
  await db().session.create({
    data: { id: hashToken(token), userId, expiresAt, ip: origin.ip, userAgent: origin.userAgent },
  });
  return { token, expiresAt };
}

/** The user behind a session token, or null; renews the session when it is half used. */
export async function validateSessionToken(
  token: string,
): Promise<{ user: SessionUser; expiresAt: Date; renewed: boolean } | null> {
  if (!isWellFormedToken(token)) return null;
  const id = hashToken(token);
  const session = await db().session.findUnique({
    where: { id },
    include: { user: { select: userSelect } },
  });
  if (!session) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || session.user.disabledAt) {
    await db().session.deleteMany({ where: { id } });
    return null;
  }
  let expiresAt = session.expiresAt;
  const renew = expiresAt.getTime() - now < RENEW_BEFORE_MS;
  if (renew) expiresAt = new Date(now + SESSION_LIFETIME_MS);
  if (renew || now - session.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
    await db().session.update({ where: { id }, data: { expiresAt, lastSeenAt: new Date(now) } });
  }
  const { user } = session;
  return {
    renewed: renew,
    expiresAt,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      isAdmin: user.isAdmin,
      isCoordinator: user.isCoordinator,
      sessionId: id,
      memberships: user.memberships.map((m) => ({
        regionCode: m.regionCode,
        role: m.role,
        regionName: m.region.name,
      })),
      provinceCodes: user.provinceCoordinations.map((p) => p.provinceCode),
    },
  };
}

export async function invalidateSession(sessionId: string): Promise<void> {
  await db().session.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a user, but the one given (e.g. the one that changed the password). */
export async function invalidateUserSessions(
  userId: string,
  exceptSessionId?: string,
): Promise<number> {
  const result = await db().session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  });
  return result.count;
}

export async function listUserSessions(userId: string) {
  return db().session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    orderBy: { lastSeenAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      ip: true,
      userAgent: true,
      expiresAt: true,
    },
  });
}

/** Ends one of the user's own sessions; another user's session id matches nothing. */
export async function endOwnSession(userId: string, sessionId: string): Promise<boolean> {
  const result = await db().session.deleteMany({ where: { id: sessionId, userId } });
  return result.count === 1;
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/** Secure in production, except plain-HTTP loopback (a local `npm start`), and always on HTTPS. */
export function secureCookiesFor(request: Request): boolean {
  const url = new URL(request.url);
  if (url.protocol === "https:") return true;
  return env().NODE_ENV === "production" && !isLoopback(url.hostname);
}

export function sessionCookie(token: string, expiresAt: Date, request: Request): string {
  const secure = secureCookiesFor(request) ? "; Secure" : "";
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Expires=${expiresAt.toUTCString()}${secure}`;
}

export function blankSessionCookie(request: Request): string {
  const secure = secureCookiesFor(request) ? "; Secure" : "";
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure}`;
}

export function sessionTokenOf(request: Request): string | null {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === SESSION_COOKIE) return rest.join("=") || null;
  }
  return null;
}

/**
 * The credential of an `Authorization: Bearer …` header ("" when the scheme has none), or null
 * without one. A request that carries one is never authenticated by its cookie (see
 * app/auth/api-actor.server.ts), so a bearer request cannot ride on a session.
 */
export function bearerCredentialOf(request: Request): string | null {
  const match = /^Bearer(?:\s+(.*))?$/i.exec(request.headers.get("Authorization")?.trim() ?? "");
  return match ? (match[1] ?? "").trim() : null;
}

interface ResolvedSession {
  user: SessionUser;
  token: string;
  expiresAt: Date;
}

const resolved = new WeakMap<Request, Promise<ResolvedSession | null>>();

function resolveSession(request: Request): Promise<ResolvedSession | null> {
  let pending = resolved.get(request);
  if (!pending) {
    const token = bearerCredentialOf(request) === null ? sessionTokenOf(request) : null;
    pending = token
      ? validateSessionToken(token).then((result) =>
          result ? { user: result.user, token, expiresAt: result.expiresAt } : null,
        )
      : Promise.resolve(null);
    resolved.set(request, pending);
  }
  return pending;
}

/** The signed-in user of this request, or null. Looked up once per request. */
export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  return (await resolveSession(request))?.user ?? null;
}

/**
 * The cookie again with the session's current expiry, for a page load (GET) of a signed-in user:
 * the browser's cookie then lives as long as the session, which is renewed in the database.
 */
export async function refreshedSessionCookie(request: Request): Promise<string | null> {
  if (request.method !== "GET") return null;
  const session = await resolveSession(request);
  return session ? sessionCookie(session.token, session.expiresAt, request) : null;
}

/** The signed-in user, or a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = url.pathname + url.search;
    throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
  }
  return user;
}
