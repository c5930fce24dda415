// The workflow of a code entry, by the same rule as practices (~/modules/review/workflow): a
// developer saves a draft and submits it; the region's secretary or a coordinator publishes it or
// returns it with a comment. Guarded by the old status, audited in the same transaction, and the
// submitter is told in the portal and by mail.
import type { Prisma } from "@prisma/client";
import { forbidden, notFound } from "~/utils/app-error";
import { can } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import {
  addNotification,
  mailAuthor,
  type ReviewNotice,
} from "~/modules/review/notifications.server";
import {
  RETURN_COMMENT_MAX,
  TRANSITIONS,
  transitionColumns,
  type Transition,
} from "~/modules/review/workflow";
import { refreshSearchDocuments } from "~/modules/search/search.server";
import { z } from "zod";
import { toPubliccodeYaml, validatePubliccode, type PubliccodeData } from "./publiccode";

/** What a publication keeps to diff the next submission against, field by field. */
export interface SoftwareSnapshot {
  publiccode: string;
  indicators: string;
  tech: string;
  requirements: string;
  readme: string;
}

export async function snapshotOf(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<SoftwareSnapshot> {
  const entry = await tx.softwareEntry.findUniqueOrThrow({
    where: { id },
    select: {
      publiccode: true,
      tech: true,
      requirements: true,
      readme: true,
      indicators: { select: { indicator: { select: { number: true } } } },
    },
  });
  return {
    publiccode: toPubliccodeYaml(entry.publiccode as unknown as PubliccodeData),
    indicators: entry.indicators
      .map((i) => i.indicator.number)
      .sort((a, b) => a - b)
      .join(", "),
    tech: entry.tech.join(", "),
    requirements: entry.requirements ?? "",
    readme: entry.readme,
  };
}

export type TransitionResult = "done" | "not-allowed-now" | "comment-required";

export async function transitionSoftware(input: {
  actor: SessionUser;
  slug: string;
  transition: Transition;
  comment?: string;
  origin: RequestOrigin;
}): Promise<TransitionResult> {
  const entry = await db().softwareEntry.findUnique({
    where: { slug: input.slug },
    select: { id: true, slug: true, regionCode: true, status: true },
  });
  if (!entry) throw notFound();
  if (!can(input.actor, "record:read", { regionCode: entry.regionCode, visibility: "private" }))
    throw notFound();
  const rule = TRANSITIONS[input.transition];
  if (!can(input.actor, rule.action, { regionCode: entry.regionCode })) throw forbidden();
  const comment = input.comment?.trim().slice(0, RETURN_COMMENT_MAX) ?? "";
  if (input.transition === "return" && !comment) return "comment-required";
  let notice: ReviewNotice | null = null;
  const result = await db().$transaction(async (tx) => {
    const now = new Date();
    const moved = await tx.softwareEntry.updateMany({
      where: { id: entry.id, status: { in: rule.from } },
      data: transitionColumns(input.transition, input.actor.id, now, comment) as never,
    });
    if (moved.count !== 1) return "not-allowed-now" as const;
    if (rule.to === "PUBLISHED") {
      await tx.softwareEntry.update({
        where: { id: entry.id },
        data: { publishedSnapshot: (await snapshotOf(tx, entry.id)) as never },
      });
    }
    await refreshSearchDocuments(tx, [{ type: "software", id: entry.id }]);
    if (input.transition === "publish" || input.transition === "return") {
      const row = await tx.softwareEntry.findUniqueOrThrow({
        where: { id: entry.id },
        select: { name: true, submittedById: true, createdById: true },
      });
      const authorId = row.submittedById ?? row.createdById;
      if (authorId && authorId !== input.actor.id) {
        notice = {
          userId: authorId,
          kind: input.transition === "publish" ? "review.published" : "review.returned",
          recordType: "software",
          recordSlug: entry.slug,
          recordTitle: row.name,
          comment: input.transition === "return" ? comment : null,
        };
        await addNotification(tx, notice);
      }
    }
    await recordAudit(
      {
        action: `software.${input.transition}`,
        actor: input.actor,
        entityType: "SoftwareEntry",
        entityId: entry.id,
        regionCode: entry.regionCode,
        details: {
          slug: entry.slug,
          from: entry.status,
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

/** "Periksa saja": the publiccode.yml checked exactly as a save checks it, nothing stored. */
export function checkOnly(yaml: string) {
  const result = validatePubliccode(yaml);
  return { valid: result.valid, errors: result.errors, warnings: result.warnings };
}

/** What the software forms send in `intent`: check only, save a draft, or save and submit. */
export const softwareIntentSchema = z.enum(["check", "save", "submit"]).catch("save");
export type SoftwareIntent = z.infer<typeof softwareIntentSchema>;
