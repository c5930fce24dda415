// Invitations: a coordinator invites secretaries, a secretary invites developers of their region,
// an admin invites coordinators. Single-use links, valid for 7 days, only the hash stored.
import { hashPassword, passwordProblem } from "~/auth/password.server";
import { can, type InvitationResource } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { createSession, type SessionUser } from "~/auth/session.server";
import { generateToken, hashToken, isWellFormedToken } from "~/auth/tokens.server";
import { forbidden } from "~/utils/app-error";
import { db } from "~/db.server";
import type { Language } from "~/i18n/languages";
import { translator, type MessageKey } from "~/i18n/translate";
import { roleLabelKey, type InvitedRole } from "./roles";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { invitationMail } from "~/modules/mail/templates";

export const INVITATION_LIFETIME_DAYS = 7;

export async function createInvitation(input: {
  actor: SessionUser;
  email: string;
  role: InvitedRole;
  regionCode: string | null;
  origin: RequestOrigin;
  baseUrl: string;
  language: Language;
}): Promise<
  { status: "sent"; invitationId: string } | { status: "error"; field: string; message: MessageKey }
> {
  let resource: InvitationResource;
  let regionName: string | null = null;
  if (input.role === "COORDINATOR") {
    resource = { coordinator: true };
  } else {
    if (!input.regionCode)
      return { status: "error", field: "regionCode", message: "form.error.regionInvalid" };
    const region = await db().region.findUnique({
      where: { code: input.regionCode },
      select: { name: true },
    });
    if (!region)
      return { status: "error", field: "regionCode", message: "form.error.regionInvalid" };
    regionName = region.name;
    resource = { regionCode: input.regionCode, role: input.role };
  }
  if (!can(input.actor, "invitation:create", resource)) throw forbidden();

  const token = generateToken();
  const invitation = await db().invitation.create({
    data: {
      tokenHash: hashToken(token),
      email: input.email,
      role: input.role === "COORDINATOR" ? null : input.role,
      coordinator: input.role === "COORDINATOR",
      regionCode: input.role === "COORDINATOR" ? null : input.regionCode,
      invitedById: input.actor.id,
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_DAYS * 86_400_000),
    },
    select: { id: true },
  });
  const t = translator(input.language);
  const mail = invitationMail({
    language: input.language,
    inviter: input.actor.name,
    role: t(roleLabelKey(input.role)),
    region: regionName ?? t("role.allRegions"),
    url: `${input.baseUrl}/invitations/${token}`,
    days: INVITATION_LIFETIME_DAYS,
  });
  await sendMail({ to: input.email, ...mail });
  await recordAudit({
    action: "invitation.created",
    actor: { id: input.actor.id, email: input.actor.email },
    entityType: "Invitation",
    entityId: invitation.id,
    regionCode: input.regionCode,
    details: { email: input.email, role: input.role },
    ...input.origin,
  });
  return { status: "sent", invitationId: invitation.id };
}

export async function findUsableInvitation(token: string) {
  if (!isWellFormedToken(token)) return null;
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      coordinator: true,
      regionCode: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      region: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (
    !invitation ||
    invitation.acceptedAt ||
    invitation.revokedAt ||
    invitation.expiresAt <= new Date()
  )
    return null;
  const existing = await db().user.findUnique({
    where: { email: invitation.email },
    select: { id: true },
  });
  return { ...invitation, hasAccount: Boolean(existing) };
}

export type AcceptResult =
  | { status: "ok"; token?: string; expiresAt?: Date }
  | { status: "invalid" }
  | { status: "sign-in-required" }
  | { status: "error"; field: string; message: MessageKey };

/**
 * Accepts an invitation. A new e-mail address gets an account with the given name and password;
 * an existing account gets the new role, but only while its owner is signed in.
 */
export async function acceptInvitation(input: {
  token: string;
  signedIn: SessionUser | null;
  name?: string;
  password?: string;
  origin: RequestOrigin;
}): Promise<AcceptResult> {
  const invitation = await findUsableInvitation(input.token);
  if (!invitation) return { status: "invalid" };
  if (invitation.hasAccount && input.signedIn?.email !== invitation.email)
    return { status: "sign-in-required" };
  let passwordHash: string | undefined;
  if (!invitation.hasAccount) {
    const problem = passwordProblem(input.password ?? "", [invitation.email, input.name ?? ""]);
    if (problem) return { status: "error", field: "password", message: problem };
    passwordHash = await hashPassword(input.password ?? "");
  }
  const userId = await db().$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (claimed.count !== 1) return null;
    const user = invitation.hasAccount
      ? await tx.user.update({
          where: { email: invitation.email },
          data: invitation.coordinator ? { isCoordinator: true } : {},
          select: { id: true, email: true },
        })
      : await tx.user.create({
          data: {
            email: invitation.email,
            name: input.name ?? invitation.email,
            passwordHash,
            isCoordinator: invitation.coordinator,
          },
          select: { id: true, email: true },
        });
    if (invitation.regionCode && invitation.role) {
      await tx.regionMembership.upsert({
        where: { userId_regionCode: { userId: user.id, regionCode: invitation.regionCode } },
        create: { userId: user.id, regionCode: invitation.regionCode, role: invitation.role },
        update: { role: invitation.role },
      });
    }
    await recordAudit(
      {
        action: "invitation.accepted",
        actor: { id: user.id, email: user.email },
        entityType: "Invitation",
        entityId: invitation.id,
        regionCode: invitation.regionCode,
        details: { role: invitation.coordinator ? "COORDINATOR" : invitation.role },
        ...input.origin,
      },
      tx,
    );
    return user.id;
  });
  if (!userId) return { status: "invalid" };
  if (invitation.hasAccount) return { status: "ok" };
  const session = await createSession(userId, input.origin);
  return { status: "ok", ...session };
}
