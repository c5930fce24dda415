// What the invitation form offers an actor: the roles they may invite and the regions for them.
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import type { InvitedRole } from "./roles";

export async function invitationOptionsFor(actor: SessionUser) {
  const roles: InvitedRole[] = actor.isAdmin
    ? ["COORDINATOR", "SECRETARY", "DEVELOPER"]
    : actor.isCoordinator
      ? ["SECRETARY", "DEVELOPER"]
      : actor.memberships.some((m) => m.role === "SECRETARY")
        ? ["DEVELOPER"]
        : [];
  const regions =
    actor.isAdmin || actor.isCoordinator
      ? await db().region.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } })
      : actor.memberships
          .filter((m) => m.role === "SECRETARY")
          .map((m) => ({ code: m.regionCode, name: m.regionName }));
  return { roles, regions };
}
