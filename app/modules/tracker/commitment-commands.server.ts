// Commands on a commitment: draft it, move it through the transition table (commitment-status.ts)
// and comment on it. Each write runs in one transaction with its timeline event (CommitmentEvent),
// the bump of lastActivityAt (what "no update for 30 days" reads) and its audit entry. A viewer who
// may not read the commitment gets 404 (thrown); every other refusal is a result: 403, 409 or 422.
import type { Prisma } from "@prisma/client";
import { can, type Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { refreshSearchDocuments } from "~/modules/search/search.server";
import type { FieldErrors } from "~/utils/forms";
import { lockedSnapshot, readableCommitment } from "./commitment-access.server";
import { notifyCommitment } from "./notify.server";
import { invalid, invalidFields, refused, type Refusal } from "./commitment-result";
import {
  checkCommitmentTransition,
  COMMITMENT_TRANSITION_NAMES,
  type CommitmentTransition,
} from "./commitment-status";
import {
  commentSchema,
  commitmentDraftSchema,
  type CommitmentDraftInput,
} from "./commitment.schema";
import { applyVerification } from "./replications.server";
import { dateOfDay } from "./tracker-settings.server";

type Origin = Partial<RequestOrigin>;

/** May the actor draft a commitment for this adopting region: its people, or the centre. */
export function mayDraftCommitment(actor: Actor | null, adopterRegionCode: string): boolean {
  if (!actor || actor.token) return false;
  return (
    actor.isCoordinator ||
    actor.isAdmin ||
    can(actor, "record:create", { regionCode: adopterRegionCode })
  );
}

/** May the actor write in the thread: people of either region, or the centre. */
export function mayComment(
  actor: Actor | null,
  commitment: { adopterRegionCode: string; mentorRegionCode: string },
): boolean {
  if (!actor || actor.token) return false;
  return (
    actor.isCoordinator ||
    actor.isAdmin ||
    can(actor, "record:update", { regionCode: commitment.adopterRegionCode }) ||
    can(actor, "record:update", { regionCode: commitment.mentorRegionCode })
  );
}

/**
 * The adopting region's level of an indicator in its latest submitted or locked self-assessment
 * (also the draft form's prefill).
 */
export async function baselineLevel(
  client: Prisma.TransactionClient,
  regionCode: string,
  indicator: { frameworkId: string; number: number },
): Promise<number | null> {
  const row = await client.selfAssessmentLevel.findFirst({
    where: {
      indicatorNumber: indicator.number,
      assessment: {
        regionCode,
        frameworkId: indicator.frameworkId,
        status: { in: ["SUBMITTED", "LOCKED"] },
      },
    },
    orderBy: { assessment: { year: "desc" } },
    select: { level: true },
  });
  return row?.level ?? null;
}

/**
 * The checks that need the database (create and edit share them); field errors, empty when all
 * is well, and each indicator's baseline (the form's, else baselineLevel's).
 */
export async function databaseChecks(
  input: CommitmentDraftInput,
): Promise<{ errors: FieldErrors; baselines: Map<string, number | null> }> {
  const client = db();
  const errors: FieldErrors = {};
  const baselines = new Map<string, number | null>();
  const regions = await client.region.findMany({
    where: { code: { in: [input.adopterRegionCode, input.mentorRegionCode] } },
    select: { code: true },
  });
  const known = new Set(regions.map((r) => r.code));
  if (!known.has(input.adopterRegionCode)) errors.adopterRegionCode = "tracker.error.regionUnknown";
  if (!known.has(input.mentorRegionCode)) errors.mentorRegionCode = "tracker.error.regionUnknown";
  if (input.practiceId) {
    const practice = await client.practice.findUnique({
      where: { id: input.practiceId },
      select: { id: true },
    });
    if (!practice) errors.practiceId = "tracker.error.practice";
  }
  if (input.softwareIds.length > 0) {
    const unique = [...new Set(input.softwareIds)];
    const found = await client.softwareEntry.count({ where: { id: { in: unique } } });
    if (found !== unique.length) errors.softwareIds = "tracker.error.software";
  }
  if (input.visitId) {
    const visit = await client.studyVisit.findUnique({
      where: { id: input.visitId },
      select: { visitorRegionCode: true },
    });
    if (!visit || visit.visitorRegionCode !== input.adopterRegionCode)
      errors.visitId = "tracker.error.visit";
  }
  if (input.responsibleId) {
    const membership = await client.regionMembership.findUnique({
      where: {
        userId_regionCode: { userId: input.responsibleId, regionCode: input.adopterRegionCode },
      },
      select: { userId: true, user: { select: { disabledAt: true } } },
    });
    if (!membership || membership.user.disabledAt)
      errors.responsibleId = "tracker.error.responsible";
  }
  if (input.indicators.length > 0) {
    const indicators = await client.frameworkIndicator.findMany({
      where: { id: { in: input.indicators.map((i) => i.indicatorId) } },
      select: { id: true, frameworkId: true, number: true },
    });
    const byId = new Map(indicators.map((i) => [i.id, i]));
    for (const [i, wanted] of input.indicators.entries()) {
      const indicator = byId.get(wanted.indicatorId);
      if (!indicator) {
        errors[`indicators.${i}.indicatorId`] = "tracker.error.indicator";
        continue;
      }
      const baseline =
        wanted.baselineLevel ??
        (known.has(input.adopterRegionCode)
          ? await baselineLevel(client, input.adopterRegionCode, indicator)
          : null);
      baselines.set(indicator.id, baseline);
      if (baseline !== null && wanted.targetLevel <= baseline)
        errors[`indicators.${i}.targetLevel`] = "tracker.error.targetNotAbove";
    }
  }
  return { errors, baselines };
}

/**
 * What a draft's form sets on the commitment (create and edit write the same): its fields, and
 * its indicators (with their baselines), code entries and milestones as nested creates.
 */
export function draftData(input: CommitmentDraftInput, baselines: Map<string, number | null>) {
  return {
    title: input.title,
    mentorRegionCode: input.mentorRegionCode,
    practiceId: input.practiceId ?? null,
    visitId: input.visitId ?? null,
    visibility: input.visibility,
    responsibleId: input.responsibleId ?? null,
    startOn: dateOfDay(input.startOn),
    dueOn: dateOfDay(input.dueOn),
    plan: input.plan,
    budgetSource: input.budgetSource ?? null,
    indicators: {
      create: input.indicators.map((i) => ({
        indicatorId: i.indicatorId,
        targetLevel: i.targetLevel,
        baselineLevel: baselines.get(i.indicatorId) ?? null,
      })),
    },
    software: { create: [...new Set(input.softwareIds)].map((softwareId) => ({ softwareId })) },
    milestones: {
      create: input.milestones.map((m, position) => ({
        position,
        title: m.title,
        dueOn: dateOfDay(m.dueOn),
        weight: m.weight ?? null,
      })),
    },
  };
}

/** The audit details of a draft's create or edit. */
export function draftAuditDetails(input: CommitmentDraftInput) {
  return {
    mentorRegionCode: input.mentorRegionCode,
    practiceId: input.practiceId ?? null,
    softwareIds: input.softwareIds,
    indicators: input.indicators.map((i) => i.indicatorId),
    milestones: input.milestones.length,
    visibility: input.visibility,
  };
}

export type CreateDraftResult = { ok: true; id: string } | Refusal;

/** Drafts a commitment; refused input changes nothing. */
export async function createDraftCommitment(
  actor: Actor,
  raw: unknown,
  origin: Origin = {},
): Promise<CreateDraftResult> {
  const claimed = (raw as { adopterRegionCode?: unknown } | null)?.adopterRegionCode;
  if (typeof claimed === "string" && !mayDraftCommitment(actor, claimed.trim()))
    return refused(403, "tracker.error.forbidden");
  const parsed = commitmentDraftSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error.issues);
  const input = parsed.data;
  if (!mayDraftCommitment(actor, input.adopterRegionCode))
    return refused(403, "tracker.error.forbidden");
  const { errors, baselines } = await databaseChecks(input);
  if (Object.keys(errors).length > 0) return invalidFields(errors);

  const id = await db().$transaction(async (tx) => {
    const now = new Date();
    const created = await tx.commitment.create({
      data: {
        ...draftData(input, baselines),
        adopterRegionCode: input.adopterRegionCode,
        createdById: actor.id,
        lastActivityAt: now,
        events: {
          create: { actorId: actor.id, kind: "created", subject: "DRAFT", createdAt: now },
        },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "commitment.created",
        entityType: "Commitment",
        entityId: created.id,
        regionCode: input.adopterRegionCode,
        details: draftAuditDetails(input),
        ...origin,
      },
      tx,
    );
    await refreshSearchDocuments(tx, [{ type: "commitment", id: created.id }]);
    return created.id;
  });
  return { ok: true, id };
}

export type TransitionResult = { ok: true; status: string } | Refusal;

export function isCommitmentTransition(value: unknown): value is CommitmentTransition {
  return (COMMITMENT_TRANSITION_NAMES as readonly unknown[]).includes(value);
}

/** Moves a commitment through the transition table, under a row lock. */
export async function transitionCommitment(
  actor: Actor,
  id: string,
  transition: string,
  text = "",
  origin: Origin = {},
): Promise<TransitionResult> {
  const commitment = await readableCommitment(actor, id);
  if (!isCommitmentTransition(transition)) return refused(422, "form.error.invalid");
  return db().$transaction(async (tx) => {
    const snapshot = await lockedSnapshot(tx, commitment.id);
    const check = checkCommitmentTransition(actor, snapshot, transition, text);
    if (!check.ok) return refused(check.status, check.message, check.params);
    const now = new Date();
    const trimmed = text.trim();
    const data: Prisma.CommitmentUpdateInput = { status: check.to, lastActivityAt: now };
    if (transition === "commit") Object.assign(data, { approvedById: actor.id, approvedAt: now });
    if (transition === "verify") Object.assign(data, { verifiedById: actor.id, verifiedAt: now });
    if (transition === "cancel") Object.assign(data, { cancelReason: trimmed, cancelledAt: now });
    await tx.commitment.update({ where: { id: snapshot.id }, data });
    if (transition === "verify") await applyVerification(tx, snapshot.id, actor.id, now);
    await refreshSearchDocuments(tx, [{ type: "commitment", id: snapshot.id }]);
    await tx.commitmentEvent.create({
      data: {
        commitmentId: snapshot.id,
        actorId: actor.id,
        kind: "status",
        subject: check.to,
        text: trimmed || null,
        createdAt: now,
      },
    });
    await recordAudit(
      {
        actor,
        action: `commitment.${transition}`,
        entityType: "Commitment",
        entityId: snapshot.id,
        regionCode: snapshot.adopterRegionCode,
        details: { from: snapshot.status, to: check.to, text: trimmed || undefined },
        ...origin,
      },
      tx,
    );
    await notifyCommitment(tx, {
      commitmentId: snapshot.id,
      kind: "tracker.status",
      actorId: actor.id,
      detail: check.to,
      now,
    });
    return { ok: true as const, status: check.to };
  });
}

export type CommentResult = { ok: true; eventId: string } | Refusal;

/** Adds a comment to the thread between the adopting and the mentor region. */
export async function addComment(
  actor: Actor,
  id: string,
  text: unknown,
  origin: Origin = {},
): Promise<CommentResult> {
  const commitment = await readableCommitment(actor, id);
  if (!mayComment(actor, commitment)) return refused(403, "tracker.refused.notYours");
  const parsed = commentSchema.safeParse(text);
  if (!parsed.success) return invalid(parsed.error.issues.map((i) => ({ ...i, path: ["text"] })));
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Commitment" WHERE id = ${commitment.id}::uuid FOR UPDATE`;
    const now = new Date();
    const event = await tx.commitmentEvent.create({
      data: {
        commitmentId: commitment.id,
        actorId: actor.id,
        kind: "comment",
        text: parsed.data,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.commitment.update({ where: { id: commitment.id }, data: { lastActivityAt: now } });
    await recordAudit(
      {
        actor,
        action: "commitment.commented",
        entityType: "Commitment",
        entityId: commitment.id,
        regionCode: commitment.adopterRegionCode,
        details: { eventId: event.id, length: parsed.data.length },
        ...origin,
      },
      tx,
    );
    await notifyCommitment(tx, {
      commitmentId: commitment.id,
      kind: "tracker.comment",
      actorId: actor.id,
      detail: parsed.data.slice(0, 280),
      now,
    });
    return { ok: true as const, eventId: event.id };
  });
}
