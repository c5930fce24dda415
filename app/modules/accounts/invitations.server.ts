// Invitations: a coordinator invites secretaries and province coordinators, a secretary invites
// developers of their region, an admin invites coordinators. Single-use links, valid for 7 days, only the hash stored.
import { hashPassword, passwordProblem } from "~/auth/password.server";
import { can, type InvitationResource, type RegionRoleName } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { createSession, type SessionUser } from "~/auth/session.server";
import { generateToken, hashToken, isWellFormedToken } from "~/auth/tokens.server";
import { forbidden } from "~/utils/app-error";
import { db } from "~/db.server";
import type { Language } from "~/i18n/languages";
import { translator, type MessageKey } from "~/i18n/translate";
import { placeLabel, roleLabelKey, type InvitedRole } from "./roles";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendMail } from "~/modules/mail/mailer.server";
import { invitationMail } from "~/modules/mail/templates";

export const INVITATION_LIFETIME_DAYS = 7;

type InvitationTarget =
  | {
      resource: InvitationResource;
      /** The invitation's role columns (a region role, the centre, or a province). */
      data: {
        role: RegionRoleName | null;
        coordinator: boolean;
        regionCode: string | null;
        provinceCode: string | null;
      };
      /** Where the role applies: a region's or a province's name; null for all regions. */
      place: { region: string } | { province: string } | null;
    }
  | { error: { field: string; message: MessageKey } };

/** What an invitation grants, once its region or province is known to exist. */
async function invitationTarget(input: {
  role: InvitedRole;
  regionCode: string | null;
  provinceCode: string | null;
}): Promise<InvitationTarget> {
  if (input.role === "COORDINATOR") {
    return {
      resource: { coordinator: true },
      data: { role: null, coordinator: true, regionCode: null, provinceCode: null },
      place: null,
    };
  }
  if (input.role === "PROVINCE_COORDINATOR") {
    const province = input.provinceCode
      ? await db().province.findUnique({
          where: { code: input.provinceCode },
          select: { code: true, name: true },
        })
      : null;
    if (!province)
      return { error: { field: "provinceCode", message: "form.error.provinceInvalid" } };
    return {
      resource: { provinceCode: province.code },
      data: { role: null, coordinator: false, regionCode: null, provinceCode: province.code },
      place: { province: province.name },
    };
  }
  const region = input.regionCode
    ? await db().region.findUnique({
        where: { code: input.regionCode },
        select: { code: true, name: true },
      })
    : null;
  if (!region) return { error: { field: "regionCode", message: "form.error.regionInvalid" } };
  return {
    resource: { regionCode: region.code, role: input.role },
    data: { role: input.role, coordinator: false, regionCode: region.code, provinceCode: null },
    place: { region: region.name },
  };
}

export async function createInvitation(input: {
  actor: SessionUser;
  email: string;
  role: InvitedRole;
  regionCode: string | null;
  provinceCode?: string | null;
  origin: RequestOrigin;
  baseUrl: string;
  language: Language;
}): Promise<
  { status: "sent"; invitationId: string } | { status: "error"; field: string; message: MessageKey }
> {
  const target = await invitationTarget({
    role: input.role,
    regionCode: input.regionCode,
    provinceCode: input.provinceCode ?? null,
  });
  if ("error" in target) return { status: "error", ...target.error };
  if (!can(input.actor, "invitation:create", target.resource)) throw forbidden();

  const token = generateToken();
  const invitation = await db().invitation.create({
    data: {
      tokenHash: hashToken(token),
      email: input.email,
      ...target.data,
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
    region: placeLabel(t, target.place),
    url: `${input.baseUrl}/invitations/${token}`,
    days: INVITATION_LIFETIME_DAYS,
  });
  await sendMail({ to: input.email, ...mail });
  await recordAudit({
    action: "invitation.created",
    actor: { id: input.actor.id, email: input.actor.email },
    entityType: "Invitation",
    entityId: invitation.id,
    regionCode: target.data.regionCode,
    details: {
      email: input.email,
      role: input.role,
      ...(target.data.provinceCode ? { provinceCode: target.data.provinceCode } : {}),
    },
    ...input.origin,
  });
  return { status: "sent", invitationId: invitation.id };
}

/** The role an invitation grants, as the pages and the audit log name it. */
export function invitedRoleOf(invitation: {
  coordinator: boolean;
  provinceCode: string | null;
  role: RegionRoleName | null;
}): InvitedRole {
  if (invitation.coordinator) return "COORDINATOR";
  if (invitation.provinceCode) return "PROVINCE_COORDINATOR";
  return invitation.role ?? "DEVELOPER";
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
      provinceCode: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      region: { select: { name: true } },
      province: { select: { name: true } },
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
    if (invitation.provinceCode) {
      await tx.provinceCoordinator.upsert({
        where: {
          userId_provinceCode: { userId: user.id, provinceCode: invitation.provinceCode },
        },
        create: { userId: user.id, provinceCode: invitation.provinceCode },
        update: {},
      });
    }
    await recordAudit(
      {
        action: "invitation.accepted",
        actor: { id: user.id, email: user.email },
        entityType: "Invitation",
        entityId: invitation.id,
        regionCode: invitation.regionCode,
        details: {
          role: invitedRoleOf(invitation),
          ...(invitation.provinceCode ? { provinceCode: invitation.provinceCode } : {}),
        },
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
