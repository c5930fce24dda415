// The "Tiru praktik ini" / "Tiru dari daerah ini" entry points: what a viewer is offered on a
// practice, a code entry or a gap page. Pure.
import type { Actor } from "~/auth/policy";
import { can } from "~/auth/policy";

/** "create": may draft a commitment for some region; "signIn": a visitor; null: neither. */
export type DraftEntry = "create" | "signIn" | null;

export function draftEntryFor(viewer: Actor | null, adopterRegionCode?: string): DraftEntry {
  if (!viewer) return "signIn";
  if (viewer.token) return null;
  if (viewer.isCoordinator || viewer.isAdmin) return "create";
  const regions = adopterRegionCode
    ? [adopterRegionCode]
    : viewer.memberships.map((m) => m.regionCode);
  return regions.some((regionCode) => can(viewer, "record:create", { regionCode }))
    ? "create"
    : null;
}

/** The draft form's address with its prefill. */
export function draftHref(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== "") params.set(key, String(value));
  const search = params.toString();
  return `/commitments/new${search ? `?${search}` : ""}`;
}
