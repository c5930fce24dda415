// What waits for the viewer's decision in the tracker, for the dashboard's "Menunggu persetujuan
// Anda": drafts of the regions whose commitments the viewer approves (their secretary), and
// implemented commitments that replicate the work of the regions whose replications the viewer
// verifies (their secretary; a coordinator verifies for every region). The same policy actions
// as the transition table (commitment-status.ts), so what is listed is what the viewer may do.
import type { Prisma } from "@prisma/client";
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";

/** How many of each are named on the dashboard; the count is always the full number. */
export const DECISIONS_LISTED = 10;

const select = {
  id: true,
  title: true,
  isDemo: true,
  adopterRegion: { select: { name: true } },
  mentorRegion: { select: { name: true } },
  _count: { select: { milestones: true } },
} satisfies Prisma.CommitmentSelect;

async function listed(where: Prisma.CommitmentWhereInput | null) {
  if (!where) return { count: 0, items: [] };
  const [count, rows] = await Promise.all([
    db().commitment.count({ where }),
    db().commitment.findMany({
      where,
      orderBy: [{ lastActivityAt: "asc" }, { id: "asc" }],
      take: DECISIONS_LISTED,
      select,
    }),
  ]);
  return {
    count,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      isDemo: r.isDemo,
      adopter: r.adopterRegion.name,
      mentor: r.mentorRegion.name,
      milestones: r._count.milestones,
    })),
  };
}

export async function commitmentDecisionsFor(viewer: Actor) {
  const regions = viewer.memberships.map((m) => m.regionCode);
  const approves = regions.filter((regionCode) =>
    can(viewer, "commitment:approve", { regionCode }),
  );
  const verifiesAll = viewer.isCoordinator;
  const verifies = regions.filter((regionCode) => can(viewer, "commitment:verify", { regionCode }));
  const [approve, verify] = await Promise.all([
    listed(approves.length ? { status: "DRAFT", adopterRegionCode: { in: approves } } : null),
    listed(
      verifiesAll
        ? { status: "IMPLEMENTED" }
        : verifies.length
          ? { status: "IMPLEMENTED", mentorRegionCode: { in: verifies } }
          : null,
    ),
  ]);
  // "See all" opens /tracker filtered the same way (one region: its filter; else the status).
  const one = (codes: string[], key: "region" | "mentor") =>
    codes.length === 1 ? `&${key}=${codes[0]}` : "";
  return {
    approve: { ...approve, href: `/tracker?status=DRAFT${one(approves, "region")}` },
    verify: {
      ...verify,
      href: `/tracker?status=IMPLEMENTED${verifiesAll ? "" : one(verifies, "mentor")}`,
    },
  };
}

export type CommitmentDecisions = Awaited<ReturnType<typeof commitmentDecisionsFor>>;
