// Changing a password, and resetting a forgotten one by e-mail.
import { hashPassword, passwordProblem, verifyPassword } from "~/auth/password.server";
import { recordHit, RATE_LIMITS } from "~/auth/rate-limit.server";
import type { RequestOrigin } from "~/auth/request-context.server";
import { createSession, invalidateUserSessions } from "~/auth/session.server";
import { generateToken, hashToken, isWellFormedToken } from "~/auth/tokens.server";
import { db } from "~/db.server";
import type { Language } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { passwordResetMail } from "~/modules/mail/templates";

const RESET_LIFETIME_HOURS = 2;
/** Links sent to approved accounts to set a first password last longer. */
export const FIRST_PASSWORD_LIFETIME_HOURS = 72;

export type PasswordChangeResult =
  | { status: "ok"; token: string; expiresAt: Date }
  | { status: "error"; field: "currentPassword" | "password"; message: MessageKey };

/** Sets a new password, ends every session of the user and opens a fresh one for this browser. */
export async function changePassword(input: {
  userId: string;
  currentPassword: string;
  newPassword: string;
  origin: RequestOrigin;
}): Promise<PasswordChangeResult> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { status: "error", field: "currentPassword", message: "password.error.currentWrong" };
  }
  const problem = passwordProblem(input.newPassword, [user.email, user.name]);
  if (problem) return { status: "error", field: "password", message: problem };
  await db().user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: new Date() },
  });
  await invalidateUserSessions(user.id);
  await db().passwordResetToken.updateMany({
    where: { userId: user.id, usedAt: null },
    data: { usedAt: new Date() },
  });
  await recordAudit({
    action: "password.changed",
    actor: { id: user.id, email: user.email },
    entityType: "User",
    entityId: user.id,
    ...input.origin,
  });
  const session = await createSession(user.id, input.origin);
  return { status: "ok", ...session };
}

export async function issuePasswordToken(userId: string, lifetimeHours: number): Promise<string> {
  const token = generateToken();
  await db().passwordResetToken.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(Date.now() + lifetimeHours * 3600_000),
    },
  });
  return token;
}

/** Sends a reset link when the account exists. The answer never says whether it does. */
export async function requestPasswordReset(input: {
  email: string;
  origin: RequestOrigin;
  baseUrl: string;
  language: Language;
}): Promise<{ status: "sent" } | { status: "limited"; retryAfterSeconds: number }> {
  const ipSubject = input.origin.ip ?? "unknown";
  const [byAccount, byIp] = await Promise.all([
    recordHit(RATE_LIMITS.passwordResetsPerAccount, input.email),
    recordHit(RATE_LIMITS.passwordResetsPerIp, ipSubject),
  ]);
  if (
    byAccount.count > RATE_LIMITS.passwordResetsPerAccount.limit ||
    byIp.count > RATE_LIMITS.passwordResetsPerIp.limit
  ) {
    await recordAudit({
      action: "password_reset.rate_limited",
      details: { email: input.email },
      ...input.origin,
    });
    return {
      status: "limited",
      retryAfterSeconds: Math.max(byAccount.retryAfterSeconds, byIp.retryAfterSeconds),
    };
  }
  const user = await db().user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, disabledAt: true },
  });
  if (user && !user.disabledAt) {
    const token = await issuePasswordToken(user.id, RESET_LIFETIME_HOURS);
    const mail = passwordResetMail({
      language: input.language,
      name: user.name,
      url: `${input.baseUrl}/reset-password/${token}`,
      hours: RESET_LIFETIME_HOURS,
    });
    await sendMail({ to: user.email, ...mail });
    await recordAudit({
      action: "password_reset.requested",
      actor: { id: user.id, email: user.email },
      ...input.origin,
    });
  } else {
    await recordAudit({
      action: "password_reset.unknown_account",
      details: { email: input.email },
      ...input.origin,
    });
  }
  return { status: "sent" };
}

export async function passwordTokenIsUsable(token: string): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const row = await db().passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return Boolean(row && !row.usedAt && row.expiresAt > new Date());
}

export type ResetResult =
  | { status: "ok"; token: string; expiresAt: Date }
  | { status: "invalid-token" }
  | { status: "weak"; message: MessageKey };

/** Sets the password from an e-mailed link (single use), ends all sessions, signs this browser in. */
export async function resetPassword(input: {
  token: string;
  newPassword: string;
  origin: RequestOrigin;
}): Promise<ResetResult> {
  if (!isWellFormedToken(input.token)) return { status: "invalid-token" };
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash: hashToken(input.token) },
    include: { user: { select: { id: true, email: true, name: true, disabledAt: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.user.disabledAt)
    return { status: "invalid-token" };
  const problem = passwordProblem(input.newPassword, [row.user.email, row.user.name]);
  if (problem) return { status: "weak", message: problem };
  const passwordHash = await hashPassword(input.newPassword);
  const used = await db().$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) return false;
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, passwordChangedAt: new Date() },
    });
    await tx.session.deleteMany({ where: { userId: row.userId } });
    // Any other link sent earlier dies with this one.
    await tx.passwordResetToken.updateMany({
      where: { userId: row.userId, usedAt: null },
      data: { usedAt: new Date() },
    });
    await recordAudit(
      {
        action: "password_reset.completed",
        actor: { id: row.user.id, email: row.user.email },
        entityType: "User",
        entityId: row.userId,
        ...input.origin,
      },
      tx,
    );
    return true;
  });
  if (!used) return { status: "invalid-token" };
  const session = await createSession(row.userId, input.origin);
  return { status: "ok", ...session };
}
