// Publishing catalogue entries, releases and adoptions. Every command checks the policy:
// the owning region's people publish and confirm; another region's people declare adoptions.
import { z } from "zod";
import { forbidden, notFound } from "~/auth/errors";
import { can } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { slugify } from "~/modules/practices/practice.schema";
import { indicatorId } from "~/modules/practices/practice-store.server";
import { validatePubliccode, type PubliccodeProblem } from "./publiccode";
import { softwareColumns } from "./software-import.server";
import { refreshSearchDocuments } from "~/modules/search/search.server";

export const publishMetaSchema = z.object({
  regionCode: z.string().regex(/^\d{2}\.\d{2}$/, { message: "form.error.regionInvalid" }),
  indicators: z.array(z.number().int().min(1).max(47)).max(20),
  tech: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20),
  requirements: z.string().trim().max(2000).optional(),
  readme: z.string().max(50_000).optional(),
});

export async function publishSoftware(input: {
  actor: SessionUser;
  yaml: string;
  meta: z.infer<typeof publishMetaSchema>;
  origin: RequestOrigin;
}): Promise<
  { status: "created"; slug: string } | { status: "invalid"; errors: PubliccodeProblem[] }
> {
  if (!can(input.actor, "record:create", { regionCode: input.meta.regionCode })) throw forbidden();
  const result = validatePubliccode(input.yaml);
  if (!result.valid || !result.data) return { status: "invalid", errors: result.errors };
  const data = result.data;
  const columns = softwareColumns(data, {
    region: input.meta.regionCode,
    indicators: input.meta.indicators,
    tech: input.meta.tech,
    requirements: input.meta.requirements,
    demo: false,
    practices: [],
  });
  return db().$transaction(async (tx) => {
    const base = slugify(data.name) || "aplikasi";
    let slug = base;
    for (
      let n = 2;
      await tx.softwareEntry.findUnique({ where: { slug }, select: { id: true } });
      n += 1
    )
      slug = `${base}-${n}`;
    const entry = await tx.softwareEntry.create({
      data: { ...columns, slug, readme: input.meta.readme ?? "", createdById: input.actor.id },
      select: { id: true },
    });
    const indicators = [...new Set(input.meta.indicators)];
    if (indicators.length)
      await tx.softwareIndicator.createMany({
        data: indicators.map((n) => ({ softwareId: entry.id, indicatorId: indicatorId(n) })),
      });
    if (data.softwareVersion && data.releaseDate) {
      await tx.softwareRelease.create({
        data: {
          softwareId: entry.id,
          version: data.softwareVersion,
          releaseDate: new Date(`${data.releaseDate}T00:00:00Z`),
        },
      });
    }
    await refreshSearchDocuments(tx, [{ type: "software", id: entry.id }]);
    await recordAudit(
      {
        action: "software.published",
        actor: input.actor,
        entityType: "SoftwareEntry",
        entityId: entry.id,
        regionCode: input.meta.regionCode,
        details: { slug },
        ...input.origin,
      },
      tx,
    );
    return { status: "created" as const, slug };
  });
}

export const adoptionSchema = z.object({
  regionCode: z.string().regex(/^\d{2}\.\d{2}$/, { message: "form.error.regionInvalid" }),
  version: z.string().trim().max(40).optional(),
  since: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "adoption.error.date" })
      .optional(),
  ),
  serviceUrl: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().url({ message: "adoption.error.url" }).max(300).optional(),
  ),
  contact: z.string().trim().max(200).optional(),
});

async function entryFor(slug: string) {
  const entry = await db().softwareEntry.findUnique({
    where: { slug },
    select: { id: true, regionCode: true },
  });
  if (!entry) throw notFound();
  return entry;
}

/** A region declares it runs the entry: one of its people, for another region's software. */
export async function declareAdoption(input: {
  actor: SessionUser;
  slug: string;
  adoption: z.infer<typeof adoptionSchema>;
  origin: RequestOrigin;
}) {
  const entry = await entryFor(input.slug);
  const { regionCode } = input.adoption;
  if (!can(input.actor, "record:create", { regionCode })) throw forbidden();
  if (regionCode === entry.regionCode) return { status: "own-software" as const };
  const fields = {
    version: input.adoption.version || null,
    since: input.adoption.since ? new Date(`${input.adoption.since}T00:00:00Z`) : null,
    serviceUrl: input.adoption.serviceUrl ?? null,
    contact: input.adoption.contact || null,
  };
  const adoption = await db().softwareAdoption.upsert({
    where: { softwareId_regionCode: { softwareId: entry.id, regionCode } },
    create: {
      softwareId: entry.id,
      regionCode,
      ...fields,
      status: "DECLARED",
      declaredById: input.actor.id,
    },
    update: {
      ...fields,
      status: "DECLARED",
      declaredById: input.actor.id,
      decidedById: null,
      decidedAt: null,
    },
    select: { id: true },
  });
  await recordAudit({
    action: "software.adoption_declared",
    actor: input.actor,
    entityType: "SoftwareAdoption",
    entityId: adoption.id,
    regionCode,
    details: { slug: input.slug },
    ...input.origin,
  });
  return { status: "declared" as const };
}

/** The owning region's people confirm (or reject) a declared adoption. */
export async function decideAdoption(input: {
  actor: SessionUser;
  slug: string;
  adoptionId: string;
  decision: "confirm" | "reject";
  origin: RequestOrigin;
}) {
  const entry = await entryFor(input.slug);
  if (!can(input.actor, "record:update", { regionCode: entry.regionCode })) throw forbidden();
  const changed = await db().softwareAdoption.updateMany({
    where: { id: input.adoptionId, softwareId: entry.id, status: "DECLARED" },
    data: {
      status: input.decision === "confirm" ? "CONFIRMED" : "REJECTED",
      decidedById: input.actor.id,
      decidedAt: new Date(),
    },
  });
  if (changed.count !== 1) throw notFound();
  await recordAudit({
    action: `software.adoption_${input.decision === "confirm" ? "confirmed" : "rejected"}`,
    actor: input.actor,
    entityType: "SoftwareAdoption",
    entityId: input.adoptionId,
    regionCode: entry.regionCode,
    ...input.origin,
  });
  return { status: "decided" as const };
}
