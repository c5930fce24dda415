// Accounts and security, through the routes' own loaders and actions: signing in (cookie,
// non-enumerating answers, stored token hashes), login rate limits, sessions, password change,
// region-scoped access (IDOR), the audit trail, and untrusted text kept as data.
import { createHash, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createSession,
  SESSION_LIFETIME_MS,
  validateSessionToken,
} from "../../app/auth/session.server";
import { RATE_LIMITS, recordHit } from "../../app/auth/rate-limit.server";
import { hashToken } from "../../app/auth/tokens.server";
import { db, dbPool } from "../../app/db.server";
import { translator, type MessageKey } from "../../app/i18n/translate";
import { loader as rootLoader } from "../../app/root";
import { action as accountAction, loader as accountLoader } from "../../app/routes/account._index";
import {
  action as passwordAction,
  loader as passwordLoader,
} from "../../app/routes/account.password";
import { loader as auditLoader } from "../../app/routes/admin.audit";
import { action as inviteAction, loader as inviteLoader } from "../../app/routes/invitations.new";
import { action as loginAction } from "../../app/routes/login";
import { action as logoutAction } from "../../app/routes/logout";
import {
  action as decideAction,
  loader as requestLoader,
} from "../../app/routes/manage.requests.$id";
import { loader as requestsLoader } from "../../app/routes/manage.requests._index";
import { loader as membersLoader } from "../../app/routes/regions.$code.members";
import { loader as outboxLoader } from "../../app/routes/outbox";
import { action as requestAccountAction } from "../../app/routes/request-account";
import {
  LOGIN_SLOWDOWN_MAX_MS,
  loginDelay,
  loginSlowdownMs,
} from "../../app/modules/accounts/login.server";
import {
  createAccountRequest,
  createUser,
  DEMO,
  DEMO_PASSWORD,
  get,
  outcome,
  post,
  sessionCookieHeader,
  sessionFor,
  sessionTokenFromSetCookie,
  tokenOf,
  STRONG_PASSWORD,
  uniqueEmail,
  uniqueIp,
  type Outcome,
} from "../support/accounts";

const DAY_MS = 86_400_000;

// Without SMTP_URL, mail is only recorded in MailMessage: no test here talks to a mail server.
const savedSmtpUrl = process.env.SMTP_URL;
beforeAll(() => {
  delete process.env.SMTP_URL;
});
afterAll(() => {
  if (savedSmtpUrl !== undefined) process.env.SMTP_URL = savedSmtpUrl;
});

function login(email: string, password: string, ip: string, extra: Record<string, string> = {}) {
  return post(loginAction, "/login", { email, password, ...extra }, { ip });
}

/** The text the page shows for a form error: the root loader's language, as useTranslate does. */
async function shownFormError(result: Outcome, cookie?: string): Promise<string> {
  const root = await get(rootLoader, "/login", { cookie });
  const { language } = root.body as { language: "id" | "en" };
  return translator(language)((result.body as { formError: MessageKey }).formError);
}

async function sessionRows(userId: string) {
  return db().session.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

async function auditEvents(where: { action: string; ip?: string }) {
  return db().auditEvent.findMany({ where, orderBy: { id: "asc" } });
}

function expectLoginRedirect(result: Outcome, path: string) {
  expect(result.status).toBe(302);
  expect(result.location).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
}

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie for the right password", async () => {
    const result = await login(DEMO.devSumedang, DEMO_PASSWORD, uniqueIp());
    expect(result.status).toBe(302);
    // Sign-in lands on the dashboard: what waits for the user.
    expect(result.location).toBe("/dashboard");
    const setCookie = result.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(
      /^ll_session=[a-z2-7]{32}; HttpOnly; SameSite=Lax; Path=\/; Expires=[^;]+$/,
    );
    expect(setCookie).not.toMatch(/Secure/i);
    const expires = Date.parse(setCookie.split("Expires=")[1]!);
    expect(expires).toBeGreaterThan(Date.now() + 29 * DAY_MS);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS + 1000);
    const validated = await validateSessionToken(tokenOf(result));
    expect(validated?.user.email).toBe(DEMO.devSumedang);
  });

  it("returns to a local redirectTo, never to another site", async () => {
    const local = await login(DEMO.devSumedang, DEMO_PASSWORD, uniqueIp(), {
      redirectTo: "/regions/32.11/members",
    });
    expect(local.location).toBe("/regions/32.11/members");
    const offsite = await login(DEMO.devSumedang, DEMO_PASSWORD, uniqueIp(), {
      redirectTo: "//evil.example/phish",
    });
    expect(offsite.location).toBe("/dashboard");
  });

  it("marks the cookie Secure when the site is reached over HTTPS", async () => {
    const request = new Request("https://portal.example/login", {
      method: "POST",
      body: new URLSearchParams({ email: DEMO.devSumedang, password: DEMO_PASSWORD }),
    });
    const result = await outcome(() =>
      loginAction({
        request,
        params: {},
        context: { cspNonce: "test", clientIp: uniqueIp() },
      } as never),
    );
    expect(result.status).toBe(302);
    expect(result.headers.get("Set-Cookie")).toMatch(
      /; HttpOnly; SameSite=Lax; Path=\/; .*; Secure$/,
    );
  });

  it("answers a wrong password and an unknown e-mail address alike", async () => {
    const user = await createUser({});
    const unknown = uniqueEmail("nobody");
    const wrong = await login(user.email, "Salah-Sekali-Kata-Sandi-1", uniqueIp());
    const missing = await login(unknown, "Salah-Sekali-Kata-Sandi-1", uniqueIp());
    for (const [result, email] of [
      [wrong, user.email],
      [missing, unknown],
    ] as const) {
      expect(result.status).toBe(400);
      expect(result.headers.get("Set-Cookie")).toBeNull();
      expect(result.body).toEqual({
        errors: {},
        values: { email },
        formError: "auth.error.invalidCredentials",
      });
    }
    expect(await sessionRows(user.id)).toHaveLength(0);
  });

  it("stores only the SHA-256 of the session token", async () => {
    const user = await createUser({});
    const result = await login(user.email, STRONG_PASSWORD, uniqueIp());
    const token = tokenOf(result);
    const digest = createHash("sha256").update(token).digest("hex");
    const { rows } = await dbPool().query(`SELECT * FROM "Session"`);
    const mine = rows.filter((row) => row.userId === user.id);
    expect(mine.map((row) => row.id)).toEqual([digest]);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe("login rate limits", () => {
  // The slowdown on an account's own counter is asked of loginDelay.wait; the tests record it
  // instead of sleeping.
  let delays: number[] = [];
  beforeEach(() => {
    delays = [];
    vi.spyOn(loginDelay, "wait").mockImplementation(async (ms) => {
      delays.push(ms);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("lets the owner sign in after ten wrong passwords from ten other addresses, slowed down", async () => {
    const user = await createUser({});
    // A new address for every attempt: only the per-account counter sees them all.
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const result = await login(user.email, `Salah-${attempt}-Kata-Sandi`, uniqueIp());
      expect(result.status, `attempt ${attempt}`).toBe(400);
      expect((result.body as { formError: string }).formError).toBe(
        "auth.error.invalidCredentials",
      );
    }
    expect(delays).toEqual([]);

    const owner = await login(user.email, STRONG_PASSWORD, uniqueIp());
    expect(owner.status).toBe(302);
    expect(tokenOf(owner)).toMatch(/^[a-z2-7]{32}$/);
    expect(await sessionRows(user.id)).toHaveLength(1);
    // …but held back first, a little and never long.
    expect(delays).toEqual([loginSlowdownMs(10)]);
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[0]).toBeLessThanOrEqual(LOGIN_SLOWDOWN_MAX_MS);
  });

  it("grows the account's slowdown with its failures, up to a few seconds", () => {
    expect(loginSlowdownMs(0)).toBe(0);
    expect(loginSlowdownMs(9)).toBe(0);
    expect(loginSlowdownMs(10)).toBe(250);
    expect(loginSlowdownMs(11)).toBe(500);
    expect(loginSlowdownMs(1000)).toBe(LOGIN_SLOWDOWN_MAX_MS);
    expect(LOGIN_SLOWDOWN_MAX_MS).toBeLessThanOrEqual(5000);
  });

  it("refuses one address for one account after ten failures, but not the owner elsewhere", async () => {
    const user = await createUser({});
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= 9; attempt += 1) {
      const result = await login(user.email, `Salah-${attempt}-Kata-Sandi`, ip);
      expect(result.status, `attempt ${attempt}`).toBe(400);
    }
    const tenth = await login(user.email, "Salah-10-Kata-Sandi", ip);
    expect(tenth.status).toBe(429);
    const retryAfter = Number(tenth.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect((tenth.body as { formError: string }).formError).toBe("auth.error.tooManyAttempts");
    expect(await shownFormError(tenth)).toBe(
      "Terlalu banyak percobaan masuk yang gagal dari jaringan ini. Tunggu beberapa saat, lalu coba lagi.",
    );

    // From that address even the right password is refused…
    const right = await login(user.email, STRONG_PASSWORD, ip);
    expect(right.status).toBe(429);
    expect(right.headers.get("Set-Cookie")).toBeNull();
    expect(Number(right.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(await sessionRows(user.id)).toHaveLength(0);
    const english = await post(
      loginAction,
      "/login",
      { email: user.email, password: STRONG_PASSWORD },
      { ip, cookie: "lang=en" },
    );
    expect(english.status).toBe(429);
    expect(await shownFormError(english, "lang=en")).toBe(
      "Too many failed sign-in attempts from this network. Wait a while, then try again.",
    );

    // …while another account from that address, and the owner from another, sign in.
    const neighbour = await createUser({});
    expect((await login(neighbour.email, STRONG_PASSWORD, ip)).status).toBe(302);
    const elsewhere = await login(user.email, STRONG_PASSWORD, uniqueIp());
    expect(elsewhere.status).toBe(302);
    expect(await sessionRows(user.id)).toHaveLength(1);
  });

  it("clears the account's counter for an address when it signs in from there", async () => {
    const user = await createUser({});
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= 9; attempt += 1)
      expect((await login(user.email, `Salah-${attempt}-Kata-Sandi`, ip)).status).toBe(400);
    expect((await login(user.email, STRONG_PASSWORD, ip)).status).toBe(302);
    // Nine more mistakes are nine fresh ones, not the 10th to the 18th.
    for (let attempt = 1; attempt <= 9; attempt += 1)
      expect((await login(user.email, `Lagi-${attempt}-Kata-Sandi`, ip)).status).toBe(400);
    expect((await login(user.email, STRONG_PASSWORD, ip)).status).toBe(302);
  });

  it("lets 30 people behind one office address each mistype once and then sign in", async () => {
    const office = uniqueIp();
    const users = await Promise.all(Array.from({ length: 30 }, () => createUser({})));
    for (const [index, user] of users.entries()) {
      const wrong = await login(user.email, "Salah-Sekali-Kata-Sandi", office);
      expect(wrong.status, `person ${index + 1}, wrong`).toBe(400);
      const right = await login(user.email, STRONG_PASSWORD, office);
      expect(right.status, `person ${index + 1}, right`).toBe(302);
    }
  });

  it("stops a password spray from one address at its limit, even a right guess", async () => {
    const rule = RATE_LIMITS.loginFailuresPerIp;
    expect(rule.limit).toBeGreaterThanOrEqual(100);
    const ip = uniqueIp();
    // All but the last two failures counted directly (a hundred password checks are slow)…
    for (let hit = 1; hit <= rule.limit - 2; hit += 1) await recordHit(rule, ip);
    // …then through the form, each for an account of its own.
    const first = await login(uniqueEmail("spray"), "Sandi-Umum-2026", ip);
    expect(first.status).toBe(400);
    const last = await login(uniqueEmail("spray"), "Sandi-Umum-2026", ip);
    expect(last.status).toBe(429);
    expect((last.body as { formError: string }).formError).toBe("auth.error.tooManyAttempts");
    // The spray's next guess is refused though it is right; another address is not affected.
    const fresh = await createUser({});
    const guess = await login(fresh.email, STRONG_PASSWORD, ip);
    expect(guess.status).toBe(429);
    expect(Number(guess.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(await sessionRows(fresh.id)).toHaveLength(0);
    expect((await login(fresh.email, STRONG_PASSWORD, uniqueIp())).status).toBe(302);
  });
});

describe("sessions", () => {
  it("logout ends the session and blanks the cookie", async () => {
    const ip = uniqueIp();
    const signedIn = await login(DEMO.sekdaBandung, DEMO_PASSWORD, ip);
    const token = tokenOf(signedIn);
    expect(await db().session.count({ where: { id: hashToken(token) } })).toBe(1);

    const result = await post(
      logoutAction,
      "/logout",
      {},
      { cookie: sessionCookieHeader(token), ip },
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe("/");
    expect(result.headers.get("Set-Cookie")).toMatch(
      /^ll_session=; HttpOnly; SameSite=Lax; Path=\/; Max-Age=0$/,
    );
    expect(await db().session.count({ where: { id: hashToken(token) } })).toBe(0);
    expect(await validateSessionToken(token)).toBeNull();
    expectLoginRedirect(
      await get(accountLoader, "/account", { cookie: sessionCookieHeader(token) }),
      "/account",
    );
    expect(await auditEvents({ action: "logout", ip })).toHaveLength(1);
  });

  it("refuses and deletes an expired session", async () => {
    const user = await createUser({});
    const { token } = await createSession(user.id, { ip: "10.0.0.1", userAgent: null });
    await db().session.update({
      where: { id: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expectLoginRedirect(
      await get(accountLoader, "/account", { cookie: sessionCookieHeader(token) }),
      "/account",
    );
    expect(await db().session.count({ where: { id: hashToken(token) } })).toBe(0);
    expect(await validateSessionToken(token)).toBeNull();
  });

  it("extends a session with less than 15 days left to 30 days, and not one with more", async () => {
    const user = await createUser({});
    const { token: old } = await createSession(user.id, { ip: null, userAgent: null });
    const { token: young } = await createSession(user.id, { ip: null, userAgent: null });
    const in10Days = new Date(Date.now() + 10 * DAY_MS);
    const in20Days = new Date(Date.now() + 20 * DAY_MS);
    await db().session.update({ where: { id: hashToken(old) }, data: { expiresAt: in10Days } });
    await db().session.update({ where: { id: hashToken(young) }, data: { expiresAt: in20Days } });

    const before = Date.now();
    const renewed = await validateSessionToken(old);
    expect(renewed?.renewed).toBe(true);
    expect(renewed!.expiresAt.getTime()).toBeGreaterThanOrEqual(before + SESSION_LIFETIME_MS);
    expect(renewed!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + SESSION_LIFETIME_MS);
    const row = await db().session.findUniqueOrThrow({ where: { id: hashToken(old) } });
    expect(Math.abs(row.expiresAt.getTime() - renewed!.expiresAt.getTime())).toBeLessThan(5);

    const kept = await validateSessionToken(young);
    expect(kept?.renewed).toBe(false);
    expect(kept!.expiresAt.getTime()).toBe(in20Days.getTime());
  });

  // A renewed session reaches the browser: the root loader (run on every page load) sends the
  // cookie again through the HTTP server with the session's new expiry.
  it("re-issues the cookie of a renewed session with the new expiry", async () => {
    const user = await createUser({});
    const { token } = await createSession(user.id, { ip: null, userAgent: null });
    await db().session.update({
      where: { id: hashToken(token) },
      data: { expiresAt: new Date(Date.now() + 10 * DAY_MS) },
    });
    const page = await get(rootLoader, "/", { cookie: sessionCookieHeader(token) });
    expect(page.status).toBe(200);
    expect((page.body as { user: { email: string } | null }).user?.email).toBe(user.email);
    const setCookie = page.headers.get("Set-Cookie");
    expect(sessionTokenFromSetCookie(setCookie)).toBe(token);
    const expires = Date.parse(setCookie?.split("Expires=")[1]?.split(";")[0] ?? "");
    expect(expires).toBeGreaterThan(Date.now() + 29 * DAY_MS);
  });

  it("lists my sessions and ends another of mine, but not another user's", async () => {
    const me = await createUser({});
    const other = await createUser({});
    const here = await createSession(me.id, {
      ip: "10.1.1.1",
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36",
    });
    const phone = await createSession(me.id, {
      ip: "10.2.2.2",
      userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    });
    const theirs = await createSession(other.id, { ip: "10.3.3.3", userAgent: null });
    const cookie = sessionCookieHeader(here.token);

    const page = await get(accountLoader, "/account", { cookie });
    expect(page.status).toBe(200);
    const { sessions, user } = page.body as {
      user: { email: string };
      sessions: Array<{ id: string; current: boolean; ip: string; device: unknown }>;
    };
    expect(user.email).toBe(me.email);
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.id === hashToken(here.token))).toMatchObject({
      current: true,
      ip: "10.1.1.1",
      device: { browser: "Chrome", os: "Linux" },
    });
    expect(sessions.find((s) => s.id === hashToken(phone.token))).toMatchObject({
      current: false,
      ip: "10.2.2.2",
      device: { browser: "Firefox", os: "Windows" },
    });
    expect(sessions.map((s) => s.id)).not.toContain(hashToken(theirs.token));

    const foreign = await post(
      accountAction,
      "/account",
      { sessionId: hashToken(theirs.token) },
      { cookie },
    );
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({ ended: false });
    expect((await validateSessionToken(theirs.token))?.user.id).toBe(other.id);

    const ended = await post(
      accountAction,
      "/account",
      { sessionId: hashToken(phone.token) },
      { cookie },
    );
    expect(ended.status).toBe(200);
    expect(ended.body).toEqual({ ended: true });
    expect(await validateSessionToken(phone.token)).toBeNull();
    expect((await sessionRows(me.id)).map((s) => s.id)).toEqual([hashToken(here.token)]);
  });
});

describe("changing the password", () => {
  it("checks the current password and the strength, then ends every old session", async () => {
    const user = await createUser({ name: "Dewi Lestari" });
    const ip = uniqueIp();
    const first = tokenOf(await login(user.email, STRONG_PASSWORD, ip));
    const second = tokenOf(await login(user.email, STRONG_PASSWORD, ip));
    const cookie = sessionCookieHeader(first);
    expect((await get(passwordLoader, "/account/password", { cookie })).status).toBe(200);

    const newPassword = "Gunung-Tangkuban-Perahu-Kabut-2048";
    const wrong = await post(
      passwordAction,
      "/account/password",
      { currentPassword: "Bukan-Kata-Sandi-Ini-9", password: newPassword, confirm: newPassword },
      { cookie, ip },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({
      errors: { currentPassword: "password.error.currentWrong" },
    });

    const weak = await post(
      passwordAction,
      "/account/password",
      { currentPassword: STRONG_PASSWORD, password: "password123", confirm: "password123" },
      { cookie, ip },
    );
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({ errors: { password: "password.error.tooWeak" } });
    expect(await sessionRows(user.id)).toHaveLength(2);

    const done = await post(
      passwordAction,
      "/account/password",
      { currentPassword: STRONG_PASSWORD, password: newPassword, confirm: newPassword },
      { cookie, ip },
    );
    // A redirect carries the new session, so a plain form post (no JavaScript) stays signed in.
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/account/password?changed=1");
    const fresh = tokenOf(done);
    expect(done.headers.get("Set-Cookie")).toMatch(/; HttpOnly; SameSite=Lax; Path=\//);
    expect(fresh).not.toBe(first);
    expect(await validateSessionToken(first)).toBeNull();
    expect(await validateSessionToken(second)).toBeNull();
    expect((await validateSessionToken(fresh))?.user.id).toBe(user.id);
    expect((await sessionRows(user.id)).map((s) => s.id)).toEqual([hashToken(fresh)]);

    expect((await login(user.email, STRONG_PASSWORD, uniqueIp())).status).toBe(400);
    expect((await login(user.email, newPassword, uniqueIp())).status).toBe(302);
  });
});

describe("region-scoped access", () => {
  it("refuses dev.bandung an invitation of a developer to 32.11", async () => {
    const { cookie } = await sessionFor(DEMO.devBandung);
    const email = uniqueEmail("invitee");
    const result = await post(
      inviteAction,
      "/invitations/new",
      { email, role: "DEVELOPER", regionCode: "32.11" },
      { cookie },
    );
    expect(result.status).toBe(403);
    expect(await db().invitation.count({ where: { email } })).toBe(0);
    // The invitation page itself is closed to someone who may invite nobody.
    expect((await get(inviteLoader, "/invitations/new", { cookie })).status).toBe(403);
  });

  it("keeps another region's account request from being read or decided", async () => {
    const request = await createAccountRequest({ regionCode: "32.11" });
    const path = `/manage/requests/${request.id}`;
    const params = { id: request.id };
    for (const email of [DEMO.devBandung, DEMO.sekdaBandung]) {
      const { cookie } = await sessionFor(email);
      expect((await get(requestLoader, path, { cookie, params })).status, email).toBe(404);
      const decided = await post(decideAction, path, { decision: "approve" }, { cookie, params });
      expect(decided.status, email).toBe(403);
      const list = await get(requestsLoader, "/manage/requests", { cookie });
      if (list.status === 200) {
        const { requests } = list.body as { requests: Array<{ id: string }> };
        expect(requests.map((r) => r.id)).not.toContain(request.id);
      } else {
        expect(list.status).toBe(403);
      }
    }
    // A developer of the region itself may read it but not decide it.
    const devSumedang = await sessionFor(DEMO.devSumedang);
    expect((await get(requestLoader, path, { cookie: devSumedang.cookie, params })).status).toBe(
      200,
    );
    expect(
      (
        await post(
          decideAction,
          path,
          { decision: "approve" },
          { cookie: devSumedang.cookie, params },
        )
      ).status,
    ).toBe(403);

    const row = await db().accountRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(row.status).toBe("PENDING");
    expect(await db().user.count({ where: { email: request.email } })).toBe(0);

    const sekda = await sessionFor(DEMO.sekdaSumedang);
    const missingId = randomUUID();
    const missing = await post(
      decideAction,
      `/manage/requests/${missingId}`,
      { decision: "approve" },
      { cookie: sekda.cookie, params: { id: missingId } },
    );
    expect(missing.status).toBe(404);
    const read = await get(requestLoader, path, { cookie: sekda.cookie, params });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      mayDecide: true,
      request: { id: request.id, email: request.email, regionCode: "32.11", status: "PENDING" },
    });
    const approved = await post(
      decideAction,
      path,
      { decision: "approve" },
      { cookie: sekda.cookie, params },
    );
    expect(approved.status).toBe(302);
    expect(approved.location).toBe(path);
    const user = await db().user.findUniqueOrThrow({
      where: { email: request.email },
      select: { memberships: { select: { regionCode: true, role: true } } },
    });
    expect(user.memberships).toEqual([{ regionCode: "32.11", role: "DEVELOPER" }]);
  });

  it("shows a region's staff to its own people only", async () => {
    const bandung = await sessionFor(DEMO.devBandung);
    const refused = await get(membersLoader, "/regions/32.11/members", {
      cookie: bandung.cookie,
      params: { code: "32.11" },
    });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain("sekda.sumedang");

    const sumedang = await sessionFor(DEMO.devSumedang);
    const allowed = await get(membersLoader, "/regions/32.11/members", {
      cookie: sumedang.cookie,
      params: { code: "32.11" },
    });
    expect(allowed.status).toBe(200);
    const { members } = allowed.body as { members: Array<{ email: string; role: string }> };
    expect(members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: DEMO.sekdaSumedang, role: "SECRETARY" }),
        expect.objectContaining({ email: DEMO.devSumedang, role: "DEVELOPER" }),
      ]),
    );
  });

  it("sends anonymous visitors to the login page", async () => {
    const request = await createAccountRequest({ regionCode: "32.11" });
    const requestPath = `/manage/requests/${request.id}`;
    expectLoginRedirect(await get(accountLoader, "/account"), "/account");
    expectLoginRedirect(await get(passwordLoader, "/account/password"), "/account/password");
    expectLoginRedirect(await get(inviteLoader, "/invitations/new"), "/invitations/new");
    expectLoginRedirect(
      await post(inviteAction, "/invitations/new", {
        email: uniqueEmail("anon"),
        role: "DEVELOPER",
        regionCode: "32.11",
      }),
      "/invitations/new",
    );
    expectLoginRedirect(await get(requestsLoader, "/manage/requests"), "/manage/requests");
    expectLoginRedirect(
      await get(requestLoader, requestPath, { params: { id: request.id } }),
      requestPath,
    );
    expectLoginRedirect(
      await post(
        decideAction,
        requestPath,
        { decision: "approve" },
        { params: { id: request.id } },
      ),
      requestPath,
    );
    expectLoginRedirect(
      await get(membersLoader, "/regions/32.11/members", { params: { code: "32.11" } }),
      "/regions/32.11/members",
    );
    expectLoginRedirect(await get(auditLoader, "/admin/audit"), "/admin/audit");
    expect(
      (await db().accountRequest.findUniqueOrThrow({ where: { id: request.id } })).status,
    ).toBe("PENDING");
  });
});

describe("audit trail", () => {
  it("records logins, failed logins and approvals with actor and IP", async () => {
    const user = await createUser({});
    const okIp = uniqueIp();
    const failIp = uniqueIp();
    const unknownIp = uniqueIp();
    const approveIp = uniqueIp();
    const unknown = uniqueEmail("ghost");

    expect((await login(user.email, STRONG_PASSWORD, okIp)).status).toBe(302);
    expect((await login(user.email, "Salah-Sekali-Kata-Sandi", failIp)).status).toBe(400);
    expect((await login(unknown, "Salah-Sekali-Kata-Sandi", unknownIp)).status).toBe(400);

    const succeeded = await auditEvents({ action: "login.succeeded", ip: okIp });
    expect(succeeded).toHaveLength(1);
    expect(succeeded[0]).toMatchObject({ actorId: user.id, actorEmail: user.email, ip: okIp });
    expect(succeeded[0]!.userAgent).toContain("Chrome");

    const failed = await auditEvents({ action: "login.failed", ip: failIp });
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      actorEmail: user.email,
      ip: failIp,
      details: { email: user.email },
    });
    expect(JSON.stringify(failed[0]!.details)).not.toContain("Salah");
    const failedUnknown = await auditEvents({ action: "login.failed", ip: unknownIp });
    expect(failedUnknown).toHaveLength(1);
    expect(failedUnknown[0]).toMatchObject({ actorEmail: null, details: { email: unknown } });

    const request = await createAccountRequest({ regionCode: "32.11" });
    const sekda = await sessionFor(DEMO.sekdaSumedang);
    const approved = await post(
      decideAction,
      `/manage/requests/${request.id}`,
      { decision: "approve" },
      { cookie: sekda.cookie, params: { id: request.id }, ip: approveIp },
    );
    expect(approved.status).toBe(302);
    const approval = await auditEvents({ action: "account_request.approved", ip: approveIp });
    expect(approval).toHaveLength(1);
    expect(approval[0]).toMatchObject({
      actorEmail: DEMO.sekdaSumedang,
      entityType: "AccountRequest",
      entityId: request.id,
      regionCode: "32.11",
      ip: approveIp,
    });

    // The audit page: closed to a developer, open to the coordinator.
    for (const email of [DEMO.devSumedang, DEMO.sekdaSumedang]) {
      const { cookie } = await sessionFor(email);
      expect((await get(auditLoader, "/admin/audit", { cookie })).status, email).toBe(403);
    }
    const coordinator = await sessionFor(DEMO.coordinator);
    const page = await get(auditLoader, "/admin/audit?limit=200", { cookie: coordinator.cookie });
    expect(page.status).toBe(200);
    const { items, actions } = page.body as {
      items: Array<{ action: string; actorEmail: string | null; ip: string | null }>;
      actions: string[];
    };
    expect(actions).toEqual(
      expect.arrayContaining(["login.succeeded", "login.failed", "account_request.approved"]),
    );
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "login.succeeded", actorEmail: user.email, ip: okIp }),
        expect.objectContaining({ action: "login.failed", actorEmail: user.email, ip: failIp }),
        expect.objectContaining({
          action: "account_request.approved",
          actorEmail: DEMO.sekdaSumedang,
          ip: approveIp,
        }),
      ]),
    );
    const filtered = await get(
      auditLoader,
      `/admin/audit?action=login.succeeded&actor=${encodeURIComponent(user.email)}`,
      { cookie: coordinator.cookie },
    );
    const { items: only, total } = filtered.body as {
      items: Array<{ action: string; ip: string }>;
      total: number;
    };
    expect(total).toBe(1);
    expect(only).toEqual([expect.objectContaining({ action: "login.succeeded", ip: okIp })]);
  });
});

describe("outbox", () => {
  it("is for admins only outside demo mode", async () => {
    const saved = process.env.DEMO_MODE;
    process.env.DEMO_MODE = "false";
    try {
      expect((await get(outboxLoader, "/outbox")).status).toBe(403);
      for (const email of [DEMO.devSumedang, DEMO.sekdaSumedang, DEMO.coordinator]) {
        const { cookie } = await sessionFor(email);
        expect((await get(outboxLoader, "/outbox", { cookie })).status, email).toBe(403);
      }
      const admin = await sessionFor(DEMO.admin);
      const page = await get(outboxLoader, "/outbox", { cookie: admin.cookie });
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ smtpConfigured: false, page: 1 });
    } finally {
      if (saved === undefined) delete process.env.DEMO_MODE;
      else process.env.DEMO_MODE = saved;
    }
  });
});

describe("untrusted text", () => {
  it("stores and returns markup in an account request's name as-is", async () => {
    const name = "<img src=x onerror=alert(1)>";
    const email = uniqueEmail("markup");
    const sent = await post(
      requestAccountAction,
      "/request-account",
      { name, email, regionCode: "32.11", role: "DEVELOPER", message: "<script>x()</script>" },
      { ip: uniqueIp() },
    );
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ notice: "request.received" });
    const row = await db().accountRequest.findFirstOrThrow({ where: { email } });
    expect(row.name).toBe(name);
    expect(row.message).toBe("<script>x()</script>");

    const sekda = await sessionFor(DEMO.sekdaSumedang);
    const detail = await get(requestLoader, `/manage/requests/${row.id}`, {
      cookie: sekda.cookie,
      params: { id: row.id },
    });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ request: { name, message: "<script>x()</script>" } });
    const list = await get(requestsLoader, "/manage/requests", { cookie: sekda.cookie });
    const { requests } = list.body as { requests: Array<{ id: string; name: string }> };
    expect(requests.find((r) => r.id === row.id)?.name).toBe(name);
  });
});
