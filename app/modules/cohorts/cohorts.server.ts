// Cohorts (e.g. the Living Lab pilot cohort): coordinators correct their member lists.
import { z } from "zod";
import { forbidden, notFound } from "~/utils/app-error";
import { can } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { regionCodeSchemaWith } from "~/modules/regions/regions.schema";

export const cohortChangeSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    regionCode: regionCodeSchemaWith("form.error.regionInvalid"),
    basis: z.enum(["study-visit", "top-spbe-index", "other"], {
      message: "cohort.error.basisInvalid",
    }),
  }),
  z.object({
    intent: z.literal("remove"),
    regionCode: regionCodeSchemaWith("form.error.regionInvalid"),
  }),
]);

export type CohortChange = z.infer<typeof cohortChangeSchema>;

export async function getCohortForManagement(actor: SessionUser, slug: string) {
  if (!can(actor, "cohort:manage")) throw forbidden();
  const cohort = await db().cohort.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      nameEn: true,
      isDemo: true,
      hostRegion: { select: { code: true, name: true } },
      members: {
        orderBy: { regionCode: "asc" },
        select: {
          basis: true,
          region: { select: { code: true, name: true, province: { select: { name: true } } } },
        },
      },
    },
  });
  if (!cohort) throw notFound();
  return cohort;
}

/** Adds or removes one member; every change is audited in the same transaction. */
export async function changeCohortMembers(input: {
  actor: SessionUser;
  slug: string;
  change: CohortChange;
  origin: RequestOrigin;
}): Promise<{ status: "changed" | "unchanged" | "unknown-region" }> {
  if (!can(input.actor, "cohort:manage")) throw forbidden();
  const cohort = await db().cohort.findUnique({
    where: { slug: input.slug },
    select: { slug: true },
  });
  if (!cohort) throw notFound();
  const { change } = input;
  const region = await db().region.findUnique({
    where: { code: change.regionCode },
    select: { code: true },
  });
  if (!region) return { status: "unknown-region" };
  return db().$transaction(async (tx) => {
    const where = {
      cohortSlug_regionCode: { cohortSlug: cohort.slug, regionCode: change.regionCode },
    };
    let changed: boolean;
    if (change.intent === "add") {
      const existing = await tx.cohortMember.findUnique({ where });
      changed = !existing;
      if (changed)
        await tx.cohortMember.create({
          data: { cohortSlug: cohort.slug, regionCode: change.regionCode, basis: change.basis },
        });
    } else {
      changed =
        (
          await tx.cohortMember.deleteMany({
            where: { cohortSlug: cohort.slug, regionCode: change.regionCode },
          })
        ).count === 1;
    }
    if (!changed) return { status: "unchanged" as const };
    await tx.cohort.update({ where: { slug: cohort.slug }, data: { updatedAt: new Date() } });
    await recordAudit(
      {
        action: change.intent === "add" ? "cohort.member_added" : "cohort.member_removed",
        actor: { id: input.actor.id, email: input.actor.email },
        entityType: "Cohort",
        entityId: cohort.slug,
        regionCode: change.regionCode,
        details: change.intent === "add" ? { basis: change.basis } : undefined,
        ...input.origin,
      },
      tx,
    );
    return { status: "changed" as const };
  });
}
