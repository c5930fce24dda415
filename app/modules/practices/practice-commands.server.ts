// Authoring and the workflow of a practice: draft -> submitted -> published (by the region's
// secretary or a coordinator) -> archived. Every published edit keeps a revision. Every command
// checks the policy and is audited in its own transaction.
import { forbidden, notFound } from "~/utils/app-error";
import { can } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import {
  contactRequiredIn,
  slugify,
  type ContactInput,
  type PracticeContent,
} from "./practice.schema";
import {
  addRevision,
  contentColumns,
  currentContent,
  sameContent,
  transaction,
  writeContacts,
  writeFacets,
} from "./practice-store.server";
import { refreshSearchDocuments } from "~/modules/search/search.server";
import {
  addNotification,
  mailAuthor,
  type ReviewNotice,
} from "~/modules/review/notifications.server";
import {
  allowedTransitions,
  RETURN_COMMENT_MAX,
  TRANSITIONS,
  transitionColumns,
  type Transition,
} from "~/modules/review/workflow";

type Tx = Parameters<Parameters<typeof transaction>[0]>[0];

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title) || "praktik";
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.practice.findUnique({ where: { slug: candidate }, select: { id: true } })))
      return candidate;
  }
}

export async function createPracticeDraft(input: {
  actor: SessionUser;
  regionCode: string;
  content: PracticeContent;
  contacts: ContactInput[];
  origin: RequestOrigin;
}): Promise<{ slug: string }> {
  if (!can(input.actor, "record:create", { regionCode: input.regionCode })) throw forbidden();
  return transaction(async (tx) => {
    const slug = await freeSlug(tx, input.content.title);
    const practice = await tx.practice.create({
      data: {
        ...contentColumns(input.content),
        slug,
        regionCode: input.regionCode,
        status: "DRAFT",
        createdById: input.actor.id,
      },
      select: { id: true },
    });
    await writeFacets(tx, practice.id, input.content);
    await writeContacts(tx, practice.id, input.contacts);
    await refreshSearchDocuments(tx, [{ type: "practice", id: practice.id }]);
    await recordAudit(
      {
        action: "practice.created",
        actor: input.actor,
        entityType: "Practice",
        entityId: practice.id,
        regionCode: input.regionCode,
        details: { slug },
        ...input.origin,
      },
      tx,
    );
    return { slug };
  });
}

/** Locks the practice's row for the transaction and reads its status as it is now. */
async function lockedStatus(tx: Tx, id: string): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ status: string }>>`
    SELECT status::text AS status FROM "Practice" WHERE id = ${id}::uuid FOR UPDATE`;
  if (!rows[0]) throw notFound();
  return rows[0].status;
}

async function practiceForWrite(slug: string) {
  const practice = await db().practice.findUnique({
    where: { slug },
    select: { id: true, slug: true, regionCode: true, status: true },
  });
  if (!practice) throw notFound();
  return practice;
}

/**
 * Saves new content. A published practice stays published and gains a revision. A practice outside
 * draft keeps at least one contact ("contact-required", nothing changes).
 */
export async function updatePractice(input: {
  actor: SessionUser;
  slug: string;
  content: PracticeContent;
  contacts: ContactInput[];
  note?: string;
  origin: RequestOrigin;
}): Promise<"saved" | "contact-required"> {
  const practice = await practiceForWrite(input.slug);
  if (!can(input.actor, "record:update", { regionCode: practice.regionCode })) throw forbidden();
  return transaction(async (tx) => {
    // Under the row's lock: a submit or publish at the same moment waits for this save.
    if (contactRequiredIn(await lockedStatus(tx, practice.id)) && input.contacts.length === 0)
      return "contact-required" as const;
    const contentChanged = !sameContent(await currentContent(tx, practice.id), input.content);
    await tx.practice.update({ where: { id: practice.id }, data: contentColumns(input.content) });
    await writeFacets(tx, practice.id, input.content);
    await writeContacts(tx, practice.id, input.contacts);
    await refreshSearchDocuments(tx, [{ type: "practice", id: practice.id }]);
    // A published practice keeps a revision for every edit that changes its content.
    if (practice.status === "PUBLISHED" && contentChanged) {
      await addRevision(tx, practice.id, input.content, input.actor.id, input.note);
    }
    await recordAudit(
      {
        action: "practice.updated",
        actor: input.actor,
        entityType: "Practice",
        entityId: practice.id,
        regionCode: practice.regionCode,
        details: { status: practice.status },
        ...input.origin,
      },
      tx,
    );
    return "saved" as const;
  });
}

export type { Transition } from "~/modules/review/workflow";
export { allowedTransitions } from "~/modules/review/workflow";

/**
 * Moves a practice along the workflow (the shared rule in ~/modules/review/workflow). A return
 * needs a comment for the author ("comment-required", nothing changes); a status that changed
 * meanwhile answers "not-allowed-now" (an update guarded by the old status, so two concurrent
 * publishes publish once). A submit or publish of a practice without a contact answers
 * "contact-required" and changes nothing. A publish or return tells the submitter in the portal
 * and by mail.
 */
export async function transitionPractice(input: {
  actor: SessionUser;
  slug: string;
  transition: Transition;
  comment?: string;
  origin: RequestOrigin;
}): Promise<"done" | "not-allowed-now" | "comment-required" | "contact-required"> {
  const practice = await practiceForWrite(input.slug);
  const rule = TRANSITIONS[input.transition];
  if (!can(input.actor, rule.action, { regionCode: practice.regionCode })) throw forbidden();
  const comment = input.comment?.trim().slice(0, RETURN_COMMENT_MAX) ?? "";
  if (input.transition === "return" && !comment) return "comment-required";
  let notice: ReviewNotice | null = null;
  const result = await transaction(async (tx) => {
    const now = new Date();
    // The row's lock first: a save that takes the last contact away waits, or is waited for.
    const status = await lockedStatus(tx, practice.id);
    if (!(rule.from as string[]).includes(status)) return "not-allowed-now" as const;
    if (
      contactRequiredIn(rule.to) &&
      (await tx.practiceContact.count({ where: { practiceId: practice.id } })) === 0
    )
      return "contact-required" as const;
    const moved = await tx.practice.updateMany({
      where: { id: practice.id, status: { in: rule.from as never } },
      data: transitionColumns(input.transition, input.actor.id, now, comment) as never,
    });
    if (moved.count !== 1) return "not-allowed-now" as const;
    await refreshSearchDocuments(tx, [{ type: "practice", id: practice.id }]);
    if (rule.to === "PUBLISHED") {
      await addRevision(
        tx,
        practice.id,
        await currentContent(tx, practice.id),
        input.actor.id,
        "publish",
      );
    }
    if (input.transition === "publish" || input.transition === "return") {
      const row = await tx.practice.findUniqueOrThrow({
        where: { id: practice.id },
        select: { title: true, submittedById: true, createdById: true },
      });
      const authorId = row.submittedById ?? row.createdById;
      if (authorId && authorId !== input.actor.id) {
        notice = {
          userId: authorId,
          kind: input.transition === "publish" ? "review.published" : "review.returned",
          recordType: "practice",
          recordSlug: practice.slug,
          recordTitle: row.title,
          comment: input.transition === "return" ? comment : null,
        };
        await addNotification(tx, notice);
      }
    }
    await recordAudit(
      {
        action: `practice.${input.transition}`,
        actor: input.actor,
        entityType: "Practice",
        entityId: practice.id,
        regionCode: practice.regionCode,
        details: {
          from: practice.status,
          to: rule.to,
          ...(input.transition === "return" ? { comment } : {}),
        },
        ...input.origin,
      },
      tx,
    );
    return "done" as const;
  });
  if (result === "done" && notice) await mailAuthor(notice);
  return result;
}

/** What the edit form starts from. */
export async function getPracticeForEditing(actor: SessionUser, slug: string) {
  const practice = await db().practice.findUnique({
    where: { slug },
    include: {
      region: { select: { code: true, name: true } },
      indicators: { select: { indicator: { select: { number: true } } } },
      dimensions: { select: { dimensionKey: true } },
      contacts: { orderBy: { position: "asc" } },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, originalName: true, sha256: true, file: { select: { size: true } } },
      },
    },
  });
  if (!practice) throw notFound();
  if (!can(actor, "record:read", { regionCode: practice.regionCode, visibility: "private" }))
    throw notFound();
  if (
    !can(actor, "record:update", { regionCode: practice.regionCode }) &&
    allowedTransitions(actor, practice).length === 0
  )
    throw forbidden();
  return practice;
}
