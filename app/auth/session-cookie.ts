/** The session cookie's name (no dependencies: the HTTP server reads it before Remix loads). */
export const SESSION_COOKIE = "ll_session";

/** True when a Cookie header carries a non-empty session cookie. */
export function hasSessionCookie(cookieHeader: string | undefined | null): boolean {
  return new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=[^;\\s]`).test(cookieHeader ?? "");
}
