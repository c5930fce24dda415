// Who may do what on a software entry's page: manage it (edit, add releases, decide on adoptions),
// review it, declare that another region runs it, or withdraw such a declaration. Pure: the
// viewer and the entry in, the page's permissions out.
import type { AdoptionStatus, PracticeStatus } from "@prisma/client";
import { can, type Actor } from "~/auth/policy";

/** The viewer as the session knows them: an actor whose memberships carry the region's name. */
export type EntryViewer =
  | (Omit<Actor, "memberships"> & {
      memberships: Array<Actor["memberships"][number] & { regionName: string }>;
    })
  | null;

export type { AdoptionStatus };
/** Where an entry is in review: DRAFT, SUBMITTED or PUBLISHED. */
export type EntryStatus = PracticeStatus;

type Region = { code: string; name: string };

export interface EligibilityEntry {
  regionCode: string;
  status: EntryStatus;
  adoptions: Array<{
    id: string;
    status: AdoptionStatus;
    version: string | null;
    serviceUrl: string | null;
    region: Region;
  }>;
}

export interface EntryEligibility {
  /** The owning region's members (and the centre): edit, add releases, decide on declarations. */
  mayManage: boolean;
  /** Submitted, and the viewer may publish it. */
  mayReview: boolean;
  /** Declarations waiting for the owning region's decision (empty unless `mayManage`). */
  pending: Array<{ id: string; region: Region; version: string | null; serviceUrl: string | null }>;
  /** The viewer's other regions that have declared running it: they may withdraw. */
  ownAdoptions: Array<{ region: Region; status: AdoptionStatus; version: string | null }>;
  /** The viewer's other regions that may declare running it (a published entry only). */
  declarableRegions: Region[];
}

export function entryEligibility(viewer: EntryViewer, entry: EligibilityEntry): EntryEligibility {
  const mayManage = can(viewer, "record:update", { regionCode: entry.regionCode });
  const otherRegions = (viewer?.memberships ?? []).filter((m) => m.regionCode !== entry.regionCode);
  const adoptionOf = (regionCode: string) =>
    entry.adoptions.find((a) => a.region.code === regionCode);
  // A region with a declaration sees it (and may withdraw it); the others may declare.
  const ownAdoptions = otherRegions.flatMap((m) => {
    const adoption = adoptionOf(m.regionCode);
    return adoption && can(viewer, "record:update", { regionCode: m.regionCode })
      ? [{ region: adoption.region, status: adoption.status, version: adoption.version }]
      : [];
  });
  // A draft is not in the catalogue yet: nobody declares using it.
  const declarableRegions =
    entry.status === "PUBLISHED"
      ? otherRegions
          .filter(
            (m) =>
              !adoptionOf(m.regionCode) &&
              can(viewer, "record:create", { regionCode: m.regionCode }),
          )
          .map((m) => ({ code: m.regionCode, name: m.regionName }))
      : [];
  const pending = mayManage
    ? entry.adoptions
        .filter((a) => a.status === "DECLARED")
        .map((a) => ({ id: a.id, region: a.region, version: a.version, serviceUrl: a.serviceUrl }))
    : [];
  return {
    mayManage,
    mayReview:
      entry.status === "SUBMITTED" &&
      can(viewer, "record:publish", { regionCode: entry.regionCode }),
    pending,
    ownAdoptions,
    declarableRegions,
  };
}
