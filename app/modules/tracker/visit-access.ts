// Who may see and write study visits, through the one policy (app/auth/policy.ts). A visit names
// the people who came, so it is read by signed-in members only (not by anonymous visitors); its
// region page figures (conversionOf) are counts and are public. Pure.
import { can, isMember, type Actor } from "~/auth/policy";

/** Record a visit: people with create rights in the host or the visiting region, or the centre. */
export function mayRecordVisit(
  actor: Actor | null,
  visit: { hostRegionCode: string; visitorRegionCode: string },
): boolean {
  if (!actor || actor.token) return false;
  return (
    actor.isCoordinator ||
    actor.isAdmin ||
    can(actor, "record:create", { regionCode: visit.hostRegionCode }) ||
    can(actor, "record:create", { regionCode: visit.visitorRegionCode })
  );
}

/** Record any visit at all (the "record a visit" link and the form). */
export function mayRecordAnyVisit(actor: Actor | null): boolean {
  if (!actor || actor.token) return false;
  return (
    actor.isCoordinator ||
    actor.isAdmin ||
    actor.memberships.some((m) => can(actor, "record:create", { regionCode: m.regionCode }))
  );
}

export function mayReadVisits(viewer: Actor | null): boolean {
  return isMember(viewer);
}
