// Verified replications ("sudah ditiru oleh"): what a verification changes elsewhere, and the lists
// the practice, code entry and region pages show.
//
// A verification, in its own transaction, (1) recounts the practice's replicationCount (the
// "paling banyak ditiru" sort): the adopting regions with a verified commitment on it that is not
// private, and (2) confirms the adopting region's adoption of every code entry the commitment
// uses (SoftwareAdoption CONFIRMED, decided by the verifier).
import type { Prisma } from "@prisma/client";
import { isMember, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { commitmentsVisibleTo } from "./commitment-access.server";
import { impactOf, type CommitmentImpact } from "./impact.server";

/** The practice's count of regions that replicated it, verified; not private ones. */
export async function recountPracticeReplications(
  tx: Prisma.TransactionClient,
  practiceId: string,
): Promise<number> {
  const rows = await tx.commitment.findMany({
    where: { practiceId, status: "VERIFIED", visibility: { not: "PRIVATE" } },
    distinct: ["adopterRegionCode"],
    select: { adopterRegionCode: true },
  });
  await tx.practice.update({ where: { id: practiceId }, data: { replicationCount: rows.length } });
  return rows.length;
}

/** Runs in the verification's transaction, after the status was written. */
export async function applyVerification(
  tx: Prisma.TransactionClient,
  commitmentId: string,
  verifierId: string,
  now: Date,
): Promise<void> {
  const commitment = await tx.commitment.findUniqueOrThrow({
    where: { id: commitmentId },
    select: {
      practiceId: true,
      adopterRegionCode: true,
      software: { select: { softwareId: true } },
    },
  });
  if (commitment.practiceId) await recountPracticeReplications(tx, commitment.practiceId);
  for (const { softwareId } of commitment.software) {
    await tx.softwareAdoption.upsert({
      where: {
        softwareId_regionCode: { softwareId, regionCode: commitment.adopterRegionCode },
      },
      create: {
        softwareId,
        regionCode: commitment.adopterRegionCode,
        status: "CONFIRMED",
        declaredById: verifierId,
        decidedById: verifierId,
        decidedAt: now,
        since: now,
      },
      update: { status: "CONFIRMED", decidedById: verifierId, decidedAt: now },
    });
  }
}

export type ReplicationScope =
  | { practiceId: string }
  | { softwareId: string }
  | { regionCode: string; role: "adopter" | "mentor" };

export interface ReplicationItem {
  id: string;
  title: string;
  isDemo: boolean;
  verifiedAt: string | null;
  adopterRegion: { code: string; name: string };
  mentorRegion: { code: string; name: string };
  impact: CommitmentImpact | null;
}

export interface ReplicationList {
  /** Verified replications the viewer may know of: those listed, plus membersOnly. */
  total: number;
  /** How many only members may read (counted, not listed, for anonymous visitors). */
  membersOnly: number;
  /** How many the viewer may read (items holds the newest `limit` of them). */
  visible: number;
  items: ReplicationItem[];
}

function scopeWhere(scope: ReplicationScope): Prisma.CommitmentWhereInput {
  if ("practiceId" in scope) return { practiceId: scope.practiceId };
  if ("softwareId" in scope) return { software: { some: { softwareId: scope.softwareId } } };
  return scope.role === "adopter"
    ? { adopterRegionCode: scope.regionCode }
    : { mentorRegionCode: scope.regionCode };
}

/** The verified replications of a practice, a code entry or a region, as the viewer may see them. */
export async function listReplications(
  scope: ReplicationScope,
  viewer: Actor | null,
  limit = 50,
): Promise<ReplicationList> {
  const base: Prisma.CommitmentWhereInput = { ...scopeWhere(scope), status: "VERIFIED" };
  const member = isMember(viewer);
  const [visible, membersOnly, rows] = await Promise.all([
    db().commitment.count({ where: { AND: [base, commitmentsVisibleTo(viewer)] } }),
    member
      ? Promise.resolve(0)
      : db().commitment.count({ where: { ...base, visibility: "MEMBERS" } }),
    db().commitment.findMany({
      where: { AND: [base, commitmentsVisibleTo(viewer)] },
      orderBy: [{ verifiedAt: "desc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        title: true,
        isDemo: true,
        verifiedAt: true,
        approvedAt: true,
        createdAt: true,
        adopterRegionCode: true,
        adopterRegion: { select: { code: true, name: true } },
        mentorRegion: { select: { code: true, name: true } },
        indicators: {
          select: {
            baselineLevel: true,
            targetLevel: true,
            indicator: { select: { number: true } },
          },
        },
      },
    }),
  ]);
  const impacts = await impactOf(
    rows.map((r) => ({
      id: r.id,
      adopterRegionCode: r.adopterRegionCode,
      approvedAt: r.approvedAt,
      createdAt: r.createdAt,
      indicators: r.indicators.map((i) => ({
        number: i.indicator.number,
        baselineLevel: i.baselineLevel,
        targetLevel: i.targetLevel,
      })),
    })),
    viewer,
  );
  return {
    total: visible + membersOnly,
    membersOnly,
    visible,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      isDemo: r.isDemo,
      verifiedAt: r.verifiedAt?.toISOString() ?? null,
      adopterRegion: r.adopterRegion,
      mentorRegion: r.mentorRegion,
      impact: impacts.get(r.id) ?? null,
    })),
  };
}
