// Milestones, signed off by two parties (milestones.ts): the adopting region attaches evidence (a
// link, http/https, one of its own evidence records, or a file already in the file store) and marks one done;
// the mentor region confirms it or returns it with a comment. Each change runs under the
// commitment's row lock with its timeline event, the bump of lastActivityAt and its audit entry.
// Unreadable: 404 (thrown); every other refusal is a 403/409/422 result.
import type { Prisma } from "@prisma/client";
import type { Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { StoredFile } from "~/storage/file-store.server";
import { recordStoredFile } from "~/storage/stored-files.server";
import { MILESTONE_NOTICE, notifyCommitment } from "./notify.server";
import { readableMilestone } from "./commitment-access.server";
import { invalid, invalidFields, refused, type Refusal } from "./commitment-result";
import type { CommitmentStatus, MilestoneState } from "./commitment-status";
import { milestoneEvidenceSchema, type MilestoneEvidenceInput } from "./commitment.schema";
import {
  checkMilestoneTransition,
  MILESTONE_EVENT_KINDS,
  type MilestoneTransition,
} from "./milestones";

type Origin = Partial<RequestOrigin>;

/** A file the route has read into the file store (milestone-files.server.ts), to attach. */
export type MilestoneFile = Pick<StoredFile, "sha256" | "size" | "mimeType" | "originalName">;

export type MilestoneResult = { ok: true; state: MilestoneState; evidenceAdded: number } | Refusal;

interface LockedMilestone {
  id: string;
  title: string;
  state: MilestoneState;
  evidenceCount: number;
  commitment: {
    id: string;
    status: CommitmentStatus;
    adopterRegionCode: string;
    mentorRegionCode: string;
  };
}

async function lockMilestone(
  tx: Prisma.TransactionClient,
  commitmentId: string,
  milestoneId: string,
): Promise<LockedMilestone> {
  await tx.$queryRaw`SELECT id FROM "Commitment" WHERE id = ${commitmentId}::uuid FOR UPDATE`;
  const row = await tx.milestone.findUniqueOrThrow({
    where: { id: milestoneId },
    select: {
      id: true,
      title: true,
      state: true,
      _count: { select: { evidence: true } },
      commitment: {
        select: { id: true, status: true, adopterRegionCode: true, mentorRegionCode: true },
      },
    },
  });
  return {
    id: row.id,
    title: row.title,
    state: row.state,
    evidenceCount: row._count.evidence,
    commitment: row.commitment,
  };
}

/** Adds the evidence; its checks have run. Returns how many rows were added. */
async function attachEvidence(
  tx: Prisma.TransactionClient,
  actor: Actor,
  milestoneId: string,
  evidence: MilestoneEvidenceInput,
  files: readonly MilestoneFile[] = [],
): Promise<number> {
  for (const file of files) await recordStoredFile(tx, file);
  const rows = [
    ...files.map((file) => ({
      milestoneId,
      kind: "file",
      sha256: file.sha256,
      originalName: file.originalName,
      label: file.originalName,
      createdById: actor.id,
    })),
    ...evidence.links.map((link) => ({
      milestoneId,
      kind: "link",
      url: link.url,
      label: link.label,
      createdById: actor.id,
    })),
    ...[...new Set(evidence.evidenceRecordIds)].map((evidenceRecordId) => ({
      milestoneId,
      kind: "evidence",
      evidenceRecordId,
      createdById: actor.id,
    })),
  ];
  if (rows.length > 0) await tx.milestoneEvidence.createMany({ data: rows });
  return rows.length;
}

/** The evidence records must be the adopting region's own. */
async function checkEvidenceRecords(
  evidence: MilestoneEvidenceInput,
  adopterRegionCode: string,
): Promise<Refusal | null> {
  const ids = [...new Set(evidence.evidenceRecordIds)];
  if (ids.length === 0) return null;
  const found = await db().evidenceRecord.count({
    where: { id: { in: ids }, regionCode: adopterRegionCode },
  });
  return found === ids.length
    ? null
    : invalidFields({ evidenceRecordIds: "tracker.error.evidenceRecord" });
}

async function event(
  tx: Prisma.TransactionClient,
  actor: Actor,
  milestone: LockedMilestone,
  kind: string,
  text: string | null,
  origin: Origin,
  details: Record<string, unknown> = {},
) {
  const now = new Date();
  await tx.commitmentEvent.create({
    data: {
      commitmentId: milestone.commitment.id,
      actorId: actor.id,
      kind,
      subject: milestone.title,
      text,
      createdAt: now,
    },
  });
  await tx.commitment.update({
    where: { id: milestone.commitment.id },
    data: { lastActivityAt: now },
  });
  await recordAudit(
    {
      actor,
      action: `commitment.${kind}`,
      entityType: "Milestone",
      entityId: milestone.id,
      regionCode: milestone.commitment.adopterRegionCode,
      details: { commitmentId: milestone.commitment.id, ...details },
      ...origin,
    },
    tx,
  );
  return now;
}

/**
 * Attaches evidence to a milestone that is not yet confirmed (the adopting region's people), without
 * changing its state.
 */
export async function addMilestoneEvidence(
  actor: Actor,
  milestoneId: string,
  raw: unknown,
  origin: Origin = {},
  files: readonly MilestoneFile[] = [],
): Promise<MilestoneResult> {
  const { commitment } = await readableMilestone(actor, milestoneId);
  const parsed = milestoneEvidenceSchema.safeParse(raw ?? {});
  // The adopter's right first, so a third region learns nothing from the validation.
  const probe = await db().milestone.findUniqueOrThrow({
    where: { id: milestoneId },
    select: { state: true, commitment: { select: { status: true } } },
  });
  const allowed = checkMilestoneTransition(
    actor,
    { ...commitment, status: probe.commitment.status },
    { state: "OPEN", evidenceCount: 1 },
    "markDone",
  );
  if (!allowed.ok && allowed.status === 403) return refused(403, allowed.message);
  if (!parsed.success) return invalid(parsed.error.issues);
  if (parsed.data.links.length + parsed.data.evidenceRecordIds.length + files.length === 0)
    return invalidFields({ links: "tracker.refused.milestoneEvidence" });
  const bad = await checkEvidenceRecords(parsed.data, commitment.adopterRegionCode);
  if (bad) return bad;
  return db().$transaction(async (tx) => {
    const milestone = await lockMilestone(tx, commitment.id, milestoneId);
    if (
      milestone.state === "CONFIRMED" ||
      !["COMMITTED", "IN_PROGRESS"].includes(milestone.commitment.status)
    )
      return refused(409, "tracker.refused.wrongState");
    const added = await attachEvidence(tx, actor, milestone.id, parsed.data, files);
    await event(tx, actor, milestone, "evidenceAdded", null, origin, { added });
    return { ok: true as const, state: milestone.state, evidenceAdded: added };
  });
}

/** The adopting region marks a milestone done; evidence given here is attached in the same step. */
export async function markMilestoneDone(
  actor: Actor,
  milestoneId: string,
  raw: unknown = {},
  origin: Origin = {},
  files: readonly MilestoneFile[] = [],
): Promise<MilestoneResult> {
  return moveMilestone(actor, milestoneId, "markDone", "", raw, origin, files);
}

/** The mentor region confirms a milestone marked done. */
export async function confirmMilestone(
  actor: Actor,
  milestoneId: string,
  origin: Origin = {},
): Promise<MilestoneResult> {
  return moveMilestone(actor, milestoneId, "confirm", "", undefined, origin);
}

/** The mentor region returns a milestone marked done, with a comment: it is open again. */
export async function returnMilestone(
  actor: Actor,
  milestoneId: string,
  comment: string,
  origin: Origin = {},
): Promise<MilestoneResult> {
  return moveMilestone(actor, milestoneId, "return", comment, undefined, origin);
}

async function moveMilestone(
  actor: Actor,
  milestoneId: string,
  transition: MilestoneTransition,
  comment: string,
  raw: unknown,
  origin: Origin,
  files: readonly MilestoneFile[] = [],
): Promise<MilestoneResult> {
  const { commitment } = await readableMilestone(actor, milestoneId);
  let evidence: MilestoneEvidenceInput = { links: [], evidenceRecordIds: [] };
  if (transition === "markDone") {
    const parsed = milestoneEvidenceSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      // The adopter's right first, so a third region learns nothing from the validation.
      const probe = checkMilestoneTransition(
        actor,
        { ...commitment, status: "IN_PROGRESS" },
        { state: "OPEN", evidenceCount: 1 },
        "markDone",
      );
      if (!probe.ok && probe.status === 403) return refused(403, probe.message);
      return invalid(parsed.error.issues);
    }
    evidence = parsed.data;
  }
  return db().$transaction(async (tx) => {
    const milestone = await lockMilestone(tx, commitment.id, milestoneId);
    const given =
      evidence.links.length +
      evidence.evidenceRecordIds.length +
      (transition === "markDone" ? files.length : 0);
    const check = checkMilestoneTransition(
      actor,
      milestone.commitment,
      { state: milestone.state, evidenceCount: milestone.evidenceCount + given },
      transition,
      comment,
    );
    if (!check.ok) return refused(check.status, check.message, check.params);
    if (given > 0) {
      const bad = await checkEvidenceRecords(evidence, milestone.commitment.adopterRegionCode);
      if (bad) return bad;
    }
    const added = given > 0 ? await attachEvidence(tx, actor, milestone.id, evidence, files) : 0;
    const trimmed = comment.trim();
    const now = await event(
      tx,
      actor,
      milestone,
      MILESTONE_EVENT_KINDS[transition],
      trimmed || null,
      origin,
      {
        from: milestone.state,
        to: check.to,
        evidenceAdded: added,
      },
    );
    const data: Prisma.MilestoneUpdateInput =
      transition === "markDone"
        ? { state: check.to, doneById: actor.id, doneAt: now }
        : transition === "confirm"
          ? { state: check.to, confirmedById: actor.id, confirmedAt: now }
          : { state: check.to, returnComment: trimmed, confirmedById: null, confirmedAt: null };
    await tx.milestone.update({ where: { id: milestone.id }, data });
    await notifyCommitment(tx, {
      commitmentId: milestone.commitment.id,
      kind: MILESTONE_NOTICE[transition],
      actorId: actor.id,
      detail: milestone.title,
      milestoneId: milestone.id,
      now,
    });
    return { ok: true as const, state: check.to, evidenceAdded: added };
  });
}
