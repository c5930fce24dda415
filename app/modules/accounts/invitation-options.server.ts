// What the invitation form offers an actor: the roles they may invite and the regions and
// provinces for them (the policy's invitation rule, app/auth/policy.ts, decides each invitation).
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { InvitedRole } from "./roles";

export async function invitationOptionsFor(actor: SessionUser) {
  const centre = actor.isAdmin || actor.isCoordinator;
  const roles: InvitedRole[] = actor.isAdmin
    ? ["COORDINATOR", "PROVINCE_COORDINATOR", "SECRETARY", "DEVELOPER"]
    : actor.isCoordinator
      ? ["SECRETARY", "DEVELOPER", "PROVINCE_COORDINATOR"]
      : actor.memberships.some((m) => m.role === "SECRETARY")
        ? ["DEVELOPER"]
        : [];
  const [regions, provinces] = centre
    ? await Promise.all([
        db().region.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
        db().province.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
      ])
    : [
        actor.memberships
          .filter((m) => m.role === "SECRETARY")
          .map((m) => ({ code: m.regionCode, name: m.regionName })),
        [],
      ];
  return { roles, regions, provinces };
}
