// Account requests: anyone asks for a role in a region; the region's secretary or a coordinator
// approves or rejects. An approved request gets a link to set a first password.
import { can, regionsWhereActorMay, type RegionRoleName } from "~/auth/policy";
import { checkLimit, recordHit, RATE_LIMITS } from "~/auth/rate-limit.server";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { forbidden, notFound } from "~/utils/app-error";
import { db } from "~/db.server";
import type { Language } from "~/i18n/languages";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendMail } from "~/modules/mail/mailer.server";
import {
  accountApprovedMail,
  accountRejectedMail,
  accountRequestPendingMail,
} from "~/modules/mail/templates";
import { FIRST_PASSWORD_LIFETIME_HOURS, issuePasswordToken } from "./passwords.server";

export interface AccountRequestInput {
  name: string;
  email: string;
  regionCode: string;
  role: RegionRoleName;
  position?: string;
  message?: string;
}

export async function submitAccountRequest(input: {
  request: AccountRequestInput;
  origin: RequestOrigin;
  baseUrl: string;
  language: Language;
}): Promise<
  | { status: "received" }
  | { status: "limited"; retryAfterSeconds: number }
  | { status: "unknown-region" }
> {
  const { request } = input;
  const ipSubject = input.origin.ip ?? "unknown";
  const [byIp, byEmail] = await Promise.all([
    checkLimit(RATE_LIMITS.accountRequestsPerIp, ipSubject),
    checkLimit(RATE_LIMITS.accountRequestsPerEmail, request.email),
  ]);
  if (byIp.limited || byEmail.limited) {
    await recordAudit({
      action: "account_request.rate_limited",
      details: { email: request.email },
      ...input.origin,
    });
    return {
      status: "limited",
      retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds),
    };
  }
  await Promise.all([
    recordHit(RATE_LIMITS.accountRequestsPerIp, ipSubject),
    recordHit(RATE_LIMITS.accountRequestsPerEmail, request.email),
  ]);
  const region = await db().region.findUnique({
    where: { code: request.regionCode },
    select: { name: true },
  });
  if (!region) return { status: "unknown-region" };
  const created = await db().accountRequest.create({
    data: {
      name: request.name,
      email: request.email,
      regionCode: request.regionCode,
      role: request.role,
      position: request.position || null,
      message: request.message || null,
    },
    select: { id: true },
  });
  await recordAudit({
    action: "account_request.submitted",
    entityType: "AccountRequest",
    entityId: created.id,
    regionCode: request.regionCode,
    details: { email: request.email, role: request.role },
    ...input.origin,
  });
  // Tell whoever can decide: the region's secretaries, or the coordinators when it has none.
  const secretaries = await db().regionMembership.findMany({
    where: { regionCode: request.regionCode, role: "SECRETARY", user: { disabledAt: null } },
    select: { user: { select: { email: true } } },
  });
  const approvers = secretaries.length
    ? secretaries.map((s) => s.user.email)
    : (
        await db().user.findMany({
          where: { isCoordinator: true, disabledAt: null },
          select: { email: true },
        })
      ).map((u) => u.email);
  for (const to of approvers) {
    const mail = accountRequestPendingMail({
      language: input.language,
      requester: request.name,
      region: region.name,
      url: `${input.baseUrl}/manage/requests/${created.id}`,
    });
    await sendMail({ to, ...mail });
  }
  return { status: "received" };
}

const requestSelect = {
  id: true,
  name: true,
  email: true,
  regionCode: true,
  role: true,
  position: true,
  message: true,
  status: true,
  createdAt: true,
  decidedAt: true,
  region: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const;

/** The requests this actor may decide, newest first; nothing from other regions. */
export async function listAccountRequestsFor(
  actor: SessionUser,
  status: "PENDING" | "APPROVED" | "REJECTED",
) {
  const regions = regionsWhereActorMay(actor, "accountRequest:decide");
  if (regions !== "all" && regions.length === 0) return [];
  return db().accountRequest.findMany({
    where: { status, ...(regions === "all" ? {} : { regionCode: { in: regions } }) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: requestSelect,
  });
}

/** One request, if the actor may read it; 404 otherwise (no hint that it exists). */
export async function getAccountRequestFor(actor: SessionUser, id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound();
  const request = await db().accountRequest.findUnique({ where: { id }, select: requestSelect });
  if (
    !request ||
    !can(actor, "accountRequest:read", { regionCode: request.regionCode, visibility: "private" })
  ) {
    throw notFound();
  }
  return request;
}

export async function decideAccountRequest(input: {
  actor: SessionUser;
  id: string;
  decision: "approve" | "reject";
  origin: RequestOrigin;
  baseUrl: string;
  language: Language;
}): Promise<{ status: "decided" } | { status: "already-decided" }> {
  // A write: 404 when there is no such request, 403 for anyone who may not decide it (reading
  // it is refused with 404 by getAccountRequestFor, so its content never leaks either way).
  if (!/^[0-9a-f-]{36}$/.test(input.id)) throw notFound();
  const request = await db().accountRequest.findUnique({
    where: { id: input.id },
    select: requestSelect,
  });
  if (!request) throw notFound();
  if (!can(input.actor, "accountRequest:decide", { regionCode: request.regionCode }))
    throw forbidden();
  if (request.status !== "PENDING") return { status: "already-decided" };

  const result = await db().$transaction(async (tx) => {
    const claimed = await tx.accountRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: {
        status: input.decision === "approve" ? "APPROVED" : "REJECTED",
        decidedById: input.actor.id,
        decidedAt: new Date(),
      },
    });
    if (claimed.count !== 1) return null;
    let user: { id: string; hasPassword: boolean } | null = null;
    if (input.decision === "approve") {
      const existing = await tx.user.findUnique({
        where: { email: request.email },
        select: { id: true, passwordHash: true },
      });
      const account =
        existing ??
        (await tx.user.create({
          data: { email: request.email, name: request.name },
          select: { id: true, passwordHash: true },
        }));
      await tx.regionMembership.upsert({
        where: { userId_regionCode: { userId: account.id, regionCode: request.regionCode } },
        create: { userId: account.id, regionCode: request.regionCode, role: request.role },
        update: { role: request.role },
      });
      user = { id: account.id, hasPassword: Boolean(account.passwordHash) };
    }
    await recordAudit(
      {
        action:
          input.decision === "approve" ? "account_request.approved" : "account_request.rejected",
        actor: { id: input.actor.id, email: input.actor.email },
        entityType: "AccountRequest",
        entityId: request.id,
        regionCode: request.regionCode,
        details: { email: request.email, role: request.role },
        ...input.origin,
      },
      tx,
    );
    return { user };
  });
  if (!result) return { status: "already-decided" };

  if (input.decision === "approve" && result.user) {
    const url = result.user.hasPassword
      ? `${input.baseUrl}/login`
      : `${input.baseUrl}/reset-password/${await issuePasswordToken(result.user.id, FIRST_PASSWORD_LIFETIME_HOURS)}`;
    const mail = accountApprovedMail({
      language: input.language,
      name: request.name,
      region: request.region.name,
      url,
      hours: FIRST_PASSWORD_LIFETIME_HOURS,
    });
    await sendMail({ to: request.email, ...mail });
  } else {
    await sendMail({
      to: request.email,
      ...accountRejectedMail({
        language: input.language,
        name: request.name,
        region: request.region.name,
      }),
    });
  }
  return { status: "decided" };
}
