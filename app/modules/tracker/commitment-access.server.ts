// Who may read a commitment, through the one policy (app/auth/policy.ts): PUBLIC anyone, MEMBERS
// signed-in members, PRIVATE the adopting region, the mentor region and the centre. What a
// viewer may not read does not exist for them (404). Also the snapshot the transition table
// (commitment-status.ts) decides on, loaded under a row lock in a command's transaction.
import { type Prisma } from "@prisma/client";
import { can, isMember, privateRegionsVisibleTo, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { visibilityOf } from "~/modules/evidence/evidence.schema";
import { notFound } from "~/utils/app-error";
import type { CommitmentSnapshot } from "./commitment-status";
import { isUuid } from "./commitment.schema";

type StoredVisibility = "PRIVATE" | "MEMBERS" | "PUBLIC";

export function mayReadCommitment(
  viewer: Actor | null,
  commitment: { adopterRegionCode: string; mentorRegionCode: string; visibility: StoredVisibility },
): boolean {
  const visibility = visibilityOf(commitment.visibility);
  return (
    can(viewer, "record:read", { regionCode: commitment.adopterRegionCode, visibility }) ||
    can(viewer, "record:read", { regionCode: commitment.mentorRegionCode, visibility })
  );
}

/** The commitments a viewer may read, as a `where` fragment (lists, boards, the API). */
export function commitmentsVisibleTo(viewer: Actor | null): Prisma.CommitmentWhereInput {
  const regions = privateRegionsVisibleTo(viewer);
  if (regions === "all") return {};
  const levels: StoredVisibility[] = isMember(viewer) ? ["PUBLIC", "MEMBERS"] : ["PUBLIC"];
  return {
    OR: [
      { visibility: { in: levels } },
      ...(regions.length > 0
        ? [{ adopterRegionCode: { in: regions } }, { mentorRegionCode: { in: regions } }]
        : []),
    ],
  };
}

/** The commitment's regions and visibility, or 404 when unknown or unreadable to the viewer. */
export async function readableCommitment(viewer: Actor | null, id: string) {
  if (!isUuid(id)) throw notFound();
  const row = await db().commitment.findUnique({
    where: { id },
    select: { id: true, adopterRegionCode: true, mentorRegionCode: true, visibility: true },
  });
  if (!row || !mayReadCommitment(viewer, row)) throw notFound();
  return row;
}

/** The commitment a milestone belongs to, readable by the viewer, or 404. */
export async function readableMilestone(viewer: Actor | null, milestoneId: string) {
  if (!isUuid(milestoneId)) throw notFound();
  const row = await db().milestone.findUnique({
    where: { id: milestoneId },
    select: {
      id: true,
      commitment: {
        select: { id: true, adopterRegionCode: true, mentorRegionCode: true, visibility: true },
      },
    },
  });
  if (!row || !mayReadCommitment(viewer, row.commitment)) throw notFound();
  return { milestoneId: row.id, commitment: row.commitment };
}

/**
 * Locks the commitment's row (SELECT ... FOR UPDATE) and loads what the transition table needs:
 * one change at a time per commitment, decided on the state it is applied to.
 */
export async function lockedSnapshot(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<CommitmentSnapshot & { id: string; title: string }> {
  await tx.$queryRaw`SELECT id FROM "Commitment" WHERE id = ${id}::uuid FOR UPDATE`;
  const row = await tx.commitment.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      title: true,
      status: true,
      adopterRegionCode: true,
      mentorRegionCode: true,
      milestones: {
        orderBy: { position: "asc" },
        select: { title: true, state: true, _count: { select: { evidence: true } } },
      },
    },
  });
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    adopterRegionCode: row.adopterRegionCode,
    mentorRegionCode: row.mentorRegionCode,
    milestones: row.milestones.map((m) => ({
      title: m.title,
      state: m.state,
      evidenceCount: m._count.evidence,
    })),
  };
}
