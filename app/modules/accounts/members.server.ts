// A region's staff and the signed-in user's own account.
import { can } from "~/auth/policy";
import type { SessionUser } from "~/auth/session.server";
import { forbidden } from "~/utils/app-error";
import { db } from "~/db.server";

/** The people of a region with their contact data: for its own people and the centre only. */
export async function listRegionMembers(actor: SessionUser | null, regionCode: string) {
  if (!can(actor, "members:read", { regionCode, visibility: "private" })) throw forbidden();
  return db().regionMembership.findMany({
    where: { regionCode },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: {
      role: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
}
