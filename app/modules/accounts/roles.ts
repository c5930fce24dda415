// Role names shown to users (safe for the browser bundle).
import type { RegionRoleName } from "~/auth/policy";
import type { MessageKey } from "~/i18n/translate";

export type InvitedRole = RegionRoleName | "COORDINATOR";

export function roleLabelKey(role: InvitedRole): MessageKey {
  return role === "COORDINATOR"
    ? "role.coordinator"
    : role === "SECRETARY"
      ? "role.secretary"
      : "role.developer";
}
