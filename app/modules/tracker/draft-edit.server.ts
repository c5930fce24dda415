// Editing a draft commitment (/commitments/:id/edit): the form's stored values and the command
// that saves them. Only while DRAFT, by those who may draft for its adopting region (which stays
// fixed); the same schema and database checks as createDraftCommitment. The draft's indicators,
// code entries and milestones are replaced (a draft's milestones carry no evidence yet).
import type { Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { refreshSearchDocuments } from "~/modules/search/search.server";
import { conflict, forbidden } from "~/utils/app-error";
import { dayOfDate } from "~/utils/calendar";
import { lockedSnapshot, readableCommitment } from "./commitment-access.server";
import {
  databaseChecks,
  draftAuditDetails,
  draftData,
  mayDraftCommitment,
} from "./commitment-commands.server";
import { draftFormOptions } from "./commitment-form.server";
import { EMPTY_DRAFT, type DraftFormValues } from "./commitment-form";
import { invalid, invalidFields, refused, type Refusal } from "./commitment-result";
import { commitmentDraftSchema } from "./commitment.schema";

type Origin = Partial<RequestOrigin>;

/** May the viewer edit this commitment now: a draft, and they may draft for its adopter. */
export function mayEditDraft(
  viewer: Actor | null,
  commitment: { status: string; adopterRegionCode: string },
): boolean {
  return commitment.status === "DRAFT" && mayDraftCommitment(viewer, commitment.adopterRegionCode);
}

/** The edit page: the draft's stored values in the draft form; 404 unreadable, 403, 409. */
export async function editDraftFormPage(actor: Actor, id: string) {
  const readable = await readableCommitment(actor, id);
  if (!mayDraftCommitment(actor, readable.adopterRegionCode))
    throw forbidden("tracker.error.forbidden");
  const row = await db().commitment.findUniqueOrThrow({
    where: { id: readable.id },
    select: {
      id: true,
      title: true,
      status: true,
      mentorRegionCode: true,
      practiceId: true,
      visitId: true,
      visibility: true,
      responsibleId: true,
      startOn: true,
      dueOn: true,
      plan: true,
      budgetSource: true,
      adopterRegion: { select: { code: true, name: true } },
      software: { select: { softwareId: true } },
      indicators: {
        orderBy: { indicator: { number: "asc" } },
        select: { indicatorId: true, baselineLevel: true, targetLevel: true },
      },
      milestones: {
        orderBy: { position: "asc" },
        select: { title: true, dueOn: true, weight: true },
      },
    },
  });
  if (row.status !== "DRAFT") throw conflict("tracker.refused.wrongState");
  const values: DraftFormValues = {
    ...EMPTY_DRAFT,
    title: row.title,
    adopterRegionCode: row.adopterRegion.code,
    mentorRegionCode: row.mentorRegionCode,
    practiceId: row.practiceId ?? "",
    softwareIds: row.software.map((s) => s.softwareId),
    visitId: row.visitId ?? "",
    indicators: row.indicators.map((i) => ({
      indicatorId: i.indicatorId,
      baselineLevel: i.baselineLevel === null ? "" : String(i.baselineLevel),
      targetLevel: String(i.targetLevel),
    })),
    responsibleId: row.responsibleId ?? "",
    startOn: dayOfDate(row.startOn) ?? "",
    dueOn: dayOfDate(row.dueOn) ?? "",
    plan: row.plan,
    budgetSource: row.budgetSource ?? "",
    visibility: row.visibility,
    milestones: row.milestones.map((m) => ({
      title: m.title,
      dueOn: dayOfDate(m.dueOn) ?? "",
      weight: m.weight === null ? "" : String(m.weight),
    })),
  };
  return {
    id: row.id,
    title: row.title,
    adopters: [row.adopterRegion],
    values,
    options: await draftFormOptions(row.adopterRegion.code),
  };
}

export type UpdateDraftResult = { ok: true; id: string } | Refusal;

/** Saves a draft's fields, indicators, code entries and milestones; refused input changes nothing. */
export async function updateDraftCommitment(
  actor: Actor,
  id: string,
  raw: unknown,
  origin: Origin = {},
): Promise<UpdateDraftResult> {
  const commitment = await readableCommitment(actor, id);
  if (!mayDraftCommitment(actor, commitment.adopterRegionCode))
    return refused(403, "tracker.error.forbidden");
  const current = await db().commitment.findUniqueOrThrow({
    where: { id: commitment.id },
    select: { status: true },
  });
  if (current.status !== "DRAFT") return refused(409, "tracker.refused.wrongState");
  const parsed = commitmentDraftSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error.issues);
  const input = parsed.data;
  if (input.adopterRegionCode !== commitment.adopterRegionCode)
    return invalidFields({ adopterRegionCode: "tracker.error.adopterFixed" });
  const { errors, baselines } = await databaseChecks(input);
  if (Object.keys(errors).length > 0) return invalidFields(errors);

  return db().$transaction(async (tx) => {
    const snapshot = await lockedSnapshot(tx, commitment.id);
    if (snapshot.status !== "DRAFT") return refused(409, "tracker.refused.wrongState");
    const now = new Date();
    await tx.commitmentIndicator.deleteMany({ where: { commitmentId: snapshot.id } });
    await tx.commitmentSoftware.deleteMany({ where: { commitmentId: snapshot.id } });
    await tx.milestone.deleteMany({ where: { commitmentId: snapshot.id } });
    await tx.commitment.update({
      where: { id: snapshot.id },
      data: {
        ...draftData(input, baselines),
        lastActivityAt: now,
        events: {
          create: { actorId: actor.id, kind: "edited", subject: "DRAFT", createdAt: now },
        },
      },
    });
    await recordAudit(
      {
        actor,
        action: "commitment.edited",
        entityType: "Commitment",
        entityId: snapshot.id,
        regionCode: snapshot.adopterRegionCode,
        details: draftAuditDetails(input),
        ...origin,
      },
      tx,
    );
    await refreshSearchDocuments(tx, [{ type: "commitment", id: snapshot.id }]);
    return { ok: true as const, id: snapshot.id };
  });
}
