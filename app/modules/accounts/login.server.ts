// Signing in: the same answer whether the account exists or not, every attempt audited, and
// failures counted in PostgreSQL three ways (OWASP Authentication and Credential Stuffing cheat
// sheets): per account and address together (refused at its limit), per address (refused at a
// limit high enough for a whole office behind one NAT) and per account alone, which never refuses
// (that would let anyone lock anyone out) but slows every attempt on the account down a little.
import { setTimeout as sleep } from "node:timers/promises";
import { timingSafeDummyVerify, verifyPassword } from "~/auth/password.server";
import { checkLimit, clearLimit, recordHit, RATE_LIMITS } from "~/auth/rate-limit.server";
import type { RequestOrigin } from "~/auth/request-context.server";
import { createSession } from "~/auth/session.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";

export type LoginResult =
  | { status: "ok"; userId: string; token: string; expiresAt: Date }
  | { status: "invalid" }
  | { status: "limited"; retryAfterSeconds: number };

/** The longest an attempt is held back, however many failures the account has. */
export const LOGIN_SLOWDOWN_MAX_MS = 3000;

/**
 * How long an attempt on an account waits before its password is checked, from the account's
 * failures in the current window (from every address): nothing below the per-account threshold,
 * then 250 ms doubling with each further failure, at most LOGIN_SLOWDOWN_MAX_MS.
 */
export function loginSlowdownMs(accountFailures: number): number {
  const over = accountFailures - RATE_LIMITS.loginFailuresPerAccount.limit;
  if (over < 0) return 0;
  return Math.min(LOGIN_SLOWDOWN_MAX_MS, 250 * 2 ** Math.min(over, 10));
}

/**
 * The wait itself: an awaited timer, so other requests go on meanwhile. Tests replace `wait`
 * (vi.spyOn) to see the delay asked for without sleeping.
 */
export const loginDelay = {
  wait: (ms: number): Promise<void> => sleep(ms).then(() => undefined),
};

/** The counters' subjects; the account is the e-mail address as typed (keys are lower-cased). */
function subjects(email: string, origin: RequestOrigin) {
  const ip = origin.ip ?? "unknown";
  return { account: email, ip, pair: `${email} ${ip}` };
}

export async function signIn({
  email,
  password,
  origin,
}: {
  email: string;
  password: string;
  origin: RequestOrigin;
}): Promise<LoginResult> {
  const subject = subjects(email, origin);
  const [byPair, byIp, byAccount] = await Promise.all([
    checkLimit(RATE_LIMITS.loginFailuresPerAccountAndIp, subject.pair),
    checkLimit(RATE_LIMITS.loginFailuresPerIp, subject.ip),
    checkLimit(RATE_LIMITS.loginFailuresPerAccount, subject.account),
  ]);
  if (byPair.limited || byIp.limited) {
    await recordAudit({
      action: "login.rate_limited",
      details: { email, limit: byPair.limited ? "account-ip" : "ip" },
      ...origin,
    });
    return {
      status: "limited",
      retryAfterSeconds: Math.max(
        byPair.limited ? byPair.retryAfterSeconds : 0,
        byIp.limited ? byIp.retryAfterSeconds : 0,
      ),
    };
  }
  // Many failures on this account from many addresses: slow down, never refuse the right password.
  const slowdown = loginSlowdownMs(byAccount.count);
  if (slowdown > 0) await loginDelay.wait(slowdown);

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, disabledAt: true },
  });
  const valid =
    user?.passwordHash && !user.disabledAt
      ? await verifyPassword(user.passwordHash, password)
      : await timingSafeDummyVerify(password).then(() => false);

  if (!valid || !user) {
    const [pairHits, ipHits] = await Promise.all([
      recordHit(RATE_LIMITS.loginFailuresPerAccountAndIp, subject.pair),
      recordHit(RATE_LIMITS.loginFailuresPerIp, subject.ip),
      recordHit(RATE_LIMITS.loginFailuresPerAccount, subject.account),
    ]);
    await recordAudit({
      action: "login.failed",
      actor: user ? { id: user.id, email: user.email } : null,
      details: { email },
      ...origin,
    });
    const pairLimited = pairHits.count >= RATE_LIMITS.loginFailuresPerAccountAndIp.limit;
    const ipLimited = ipHits.count >= RATE_LIMITS.loginFailuresPerIp.limit;
    if (pairLimited || ipLimited) {
      return {
        status: "limited",
        retryAfterSeconds: Math.max(
          pairLimited ? pairHits.retryAfterSeconds : 0,
          ipLimited ? ipHits.retryAfterSeconds : 0,
        ),
      };
    }
    return { status: "invalid" };
  }

  // The owner's own address starts afresh. The account counter stays: failures from elsewhere
  // may be an attack still going on, and it only ever slows down.
  await clearLimit(RATE_LIMITS.loginFailuresPerAccountAndIp, subject.pair);
  const session = await createSession(user.id, origin);
  await recordAudit({
    action: "login.succeeded",
    actor: { id: user.id, email: user.email },
    ...origin,
  });
  return { status: "ok", userId: user.id, ...session };
}
