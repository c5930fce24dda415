// Role names shown to users (safe for the browser bundle).
import type { RegionRoleName } from "~/auth/policy";
import type { MessageKey, Translate } from "~/i18n/translate";

export type InvitedRole = RegionRoleName | "COORDINATOR" | "PROVINCE_COORDINATOR";

const ROLE_LABEL_KEYS: Record<InvitedRole, MessageKey> = {
  COORDINATOR: "role.coordinator",
  PROVINCE_COORDINATOR: "role.provinceCoordinator",
  SECRETARY: "role.secretary",
  DEVELOPER: "role.developer",
};

export function roleLabelKey(role: InvitedRole): MessageKey {
  return ROLE_LABEL_KEYS[role];
}

/** "Kabupaten Sumedang", "Provinsi Jawa Barat" or "semua daerah", as the invitation names it. */
export function placeLabel(
  t: Translate,
  place: { region: string } | { province: string } | null,
): string {
  if (!place) return t("role.allRegions");
  return "region" in place ? place.region : t("role.province", { name: place.province });
}
