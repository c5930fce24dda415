// Signing in: rate limited per account and per IP (in PostgreSQL), the same answer whether the
// account exists or not, every attempt audited.
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

export async function signIn({
  email,
  password,
  origin,
}: {
  email: string;
  password: string;
  origin: RequestOrigin;
}): Promise<LoginResult> {
  const ipSubject = origin.ip ?? "unknown";
  const [byAccount, byIp] = await Promise.all([
    checkLimit(RATE_LIMITS.loginFailuresPerAccount, email),
    checkLimit(RATE_LIMITS.loginFailuresPerIp, ipSubject),
  ]);
  if (byAccount.limited || byIp.limited) {
    await recordAudit({ action: "login.rate_limited", details: { email }, ...origin });
    return {
      status: "limited",
      retryAfterSeconds: Math.max(byAccount.retryAfterSeconds, byIp.retryAfterSeconds),
    };
  }

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, disabledAt: true },
  });
  const valid =
    user?.passwordHash && !user.disabledAt
      ? await verifyPassword(user.passwordHash, password)
      : await timingSafeDummyVerify(password).then(() => false);

  if (!valid || !user) {
    const [accountHits, ipHits] = await Promise.all([
      recordHit(RATE_LIMITS.loginFailuresPerAccount, email),
      recordHit(RATE_LIMITS.loginFailuresPerIp, ipSubject),
    ]);
    await recordAudit({
      action: "login.failed",
      actor: user ? { id: user.id, email: user.email } : null,
      details: { email },
      ...origin,
    });
    const limited =
      accountHits.count >= RATE_LIMITS.loginFailuresPerAccount.limit ||
      ipHits.count >= RATE_LIMITS.loginFailuresPerIp.limit;
    if (limited) {
      return {
        status: "limited",
        retryAfterSeconds: Math.max(accountHits.retryAfterSeconds, ipHits.retryAfterSeconds),
      };
    }
    return { status: "invalid" };
  }

  await clearLimit(RATE_LIMITS.loginFailuresPerAccount, email);
  const session = await createSession(user.id, origin);
  await recordAudit({
    action: "login.succeeded",
    actor: { id: user.id, email: user.email },
    ...origin,
  });
  return { status: "ok", userId: user.id, ...session };
}
