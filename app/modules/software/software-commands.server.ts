// Publishing and editing catalogue entries and declaring adoptions. Every command checks the
// policy: the owning region's people publish, edit and confirm; another region's people declare
// (and withdraw) adoptions.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { forbidden, notFound } from "~/utils/app-error";
import { can } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { privateRegionsVisibleTo, type Actor } from "~/auth/policy";
import {
  allowedTransitions,
  PUBLIC_STATUSES,
  transitionColumns,
  visibilityOf,
} from "~/modules/review/workflow";
import { recordAudit } from "~/modules/audit/audit.server";
import { slugify } from "~/modules/practices/practice.schema";
import { regionCodeSchemaWith } from "~/modules/regions/regions.schema";
import { indicatorId } from "~/modules/practices/practice-store.server";
import {
  toPubliccodeYaml,
  validatePubliccode,
  type PubliccodeData,
  type PubliccodeProblem,
} from "./publiccode";
import type {
  EntryMeta,
  PublishMeta,
  SameRepositoryEntry,
  SoftwareFormValues,
} from "./software-form";
import { softwareColumns } from "./software-import.server";
import { refreshSearchDocuments } from "~/modules/search/search.server";
import { optionalHttpUrlField } from "~/utils/safe-url";

type Checked =
  { valid: true; data: PubliccodeData } | { valid: false; errors: PubliccodeProblem[] };

/** The publiccode.yml checked the same way for publishing and editing. */
function checkPubliccode(yaml: string): Checked {
  const result = validatePubliccode(yaml);
  return result.valid && result.data
    ? { valid: true, data: result.data }
    : { valid: false, errors: result.errors };
}

/** The entry's columns from its publiccode.yml and the portal fields (region and demo flag kept). */
function entryColumns(
  data: PubliccodeData,
  meta: EntryMeta,
  entry: { regionCode: string; isDemo: boolean },
) {
  return {
    ...softwareColumns(data, {
      region: entry.regionCode,
      indicators: meta.indicators,
      tech: meta.tech,
      requirements: meta.requirements,
      demo: entry.isDemo,
      practices: [],
    }),
    readme: meta.readme,
  };
}

/** The entry serves exactly these SPBE indicators. */
async function setIndicators(tx: Prisma.TransactionClient, softwareId: string, numbers: number[]) {
  await tx.softwareIndicator.deleteMany({ where: { softwareId } });
  const indicators = [...new Set(numbers)];
  if (indicators.length)
    await tx.softwareIndicator.createMany({
      data: indicators.map((n) => ({ softwareId, indicatorId: indicatorId(n) })),
    });
}

/** `softwareVersion` with `releaseDate` is a release of the entry (added once, never changed). */
async function addDeclaredRelease(
  tx: Prisma.TransactionClient,
  softwareId: string,
  data: PubliccodeData,
) {
  if (!data.softwareVersion || !data.releaseDate) return;
  await tx.softwareRelease.upsert({
    where: { softwareId_version: { softwareId, version: data.softwareVersion } },
    create: {
      softwareId,
      version: data.softwareVersion,
      releaseDate: new Date(`${data.releaseDate}T00:00:00Z`),
    },
    update: {},
  });
}

/**
 * A repository URL as the catalogue compares it: scheme, user info, query and fragment dropped,
 * the host lower-cased, no trailing slash and no ".git" ("https://GitHub.com/a/b.git/" and
 * "https://github.com/a/b" are one repository). The path keeps its case.
 */
export function normaliseRepositoryUrl(url: string): string {
  const strip = (path: string) =>
    path
      .replace(/\/+$/, "")
      .replace(/\.git$/i, "")
      .replace(/\/+$/, "");
  try {
    const parsed = new URL(url.trim());
    return `${parsed.host.toLowerCase()}${strip(parsed.pathname)}`;
  } catch {
    return strip(url.trim());
  }
}

/** The oldest other entry with the same repository URL (normalised), if there is one. */
export async function entryWithSameRepository(
  url: string,
  exceptId?: string,
  viewer?: Actor | null,
): Promise<SameRepositoryEntry | null> {
  const wanted = normaliseRepositoryUrl(url);
  if (!wanted) return null;
  // The database narrows by the path, case-insensitively; the exact comparison is the one above.
  const candidates = await db().softwareEntry.findMany({
    where: {
      url: { contains: wanted.slice(wanted.indexOf("/") + 1) || wanted, mode: "insensitive" },
      ...(exceptId ? { id: { not: exceptId } } : {}),
      // Another region's draft is not shown (its existence is private).
      ...(viewer === undefined ? {} : readableBy(viewer)),
    },
    orderBy: { createdAt: "asc" },
    select: {
      slug: true,
      name: true,
      url: true,
      regionCode: true,
      region: { select: { name: true } },
    },
  });
  const same = candidates.find((c) => normaliseRepositoryUrl(c.url) === wanted);
  return same
    ? {
        slug: same.slug,
        name: same.name,
        regionCode: same.regionCode,
        regionName: same.region.name,
      }
    : null;
}

/** Entries the viewer may read: published or archived ones, and drafts of regions they see. */
function readableBy(viewer: Actor | null): Prisma.SoftwareEntryWhereInput {
  const regions = privateRegionsVisibleTo(viewer);
  if (regions === "all") return {};
  return {
    OR: [
      { status: { in: [...PUBLIC_STATUSES] } },
      ...(regions.length ? [{ regionCode: { in: regions } }] : []),
    ],
  };
}

type SaveResult<Done> =
  | Done
  | { status: "invalid"; errors: PubliccodeProblem[] }
  | { status: "same-repository"; existing: SameRepositoryEntry };

/**
 * Stores a new entry for one of the actor's regions as a draft ("Simpan"), or submits it for
 * review at once (`submit`, "Ajukan"); the region's secretary or a coordinator publishes it. A
 * repository URL already in the catalogue is saved only once the actor has confirmed having
 * checked that entry (`confirmedSameAs`: its slug); until then nothing is stored and the other
 * entry is returned.
 */
export async function createSoftware(input: {
  actor: Actor;
  yaml: string;
  meta: PublishMeta;
  submit?: boolean;
  confirmedSameAs?: string;
  origin: RequestOrigin;
}): Promise<SaveResult<{ status: "created"; slug: string }>> {
  const region = { regionCode: input.meta.regionCode, kind: "software" } as const;
  if (!can(input.actor, "record:create", region)) throw forbidden();
  const checked = checkPubliccode(input.yaml);
  if (!checked.valid) return { status: "invalid", errors: checked.errors };
  const data = checked.data;
  const existing = await entryWithSameRepository(data.url, undefined, input.actor);
  if (existing && existing.slug !== input.confirmedSameAs)
    return { status: "same-repository", existing };
  const columns = entryColumns(data, input.meta, {
    regionCode: input.meta.regionCode,
    isDemo: false,
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
    const now = new Date();
    const entry = await tx.softwareEntry.create({
      data: {
        ...columns,
        slug,
        createdById: input.actor.id,
        ...(input.submit
          ? transitionColumns("submit", input.actor.id, now)
          : { status: "DRAFT" as const }),
      },
      select: { id: true },
    });
    await setIndicators(tx, entry.id, input.meta.indicators);
    await addDeclaredRelease(tx, entry.id, data);
    await refreshSearchDocuments(tx, [{ type: "software", id: entry.id }]);
    await recordAudit(
      {
        action: "software.created",
        actor: input.actor,
        entityType: "SoftwareEntry",
        entityId: entry.id,
        regionCode: input.meta.regionCode,
        details: {
          slug,
          status: input.submit ? "SUBMITTED" : "DRAFT",
          ...(existing ? { sameRepositoryAs: existing.slug } : {}),
        },
        ...input.origin,
      },
      tx,
    );
    return { status: "created" as const, slug };
  });
}

/** An entry as its edit form shows it, for the owning region's people only. */
export async function getSoftwareForEditing(actor: SessionUser, slug: string) {
  const entry = await db().softwareEntry.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      regionCode: true,
      status: true,
      returnComment: true,
      returnedAt: true,
      publiccode: true,
      tech: true,
      requirements: true,
      readme: true,
      region: { select: { code: true, name: true } },
      indicators: { select: { indicator: { select: { number: true } } } },
    },
  });
  if (!entry) throw notFound();
  if (
    !can(actor, "record:read", {
      regionCode: entry.regionCode,
      visibility: visibilityOf(entry.status),
    })
  )
    throw notFound();
  if (!can(actor, "record:update", { regionCode: entry.regionCode })) throw forbidden();
  const values: SoftwareFormValues = {
    publiccode: toPubliccodeYaml(entry.publiccode as unknown as PubliccodeData),
    indicators: entry.indicators
      .map((i) => i.indicator.number)
      .sort((a, b) => a - b)
      .join(", "),
    tech: entry.tech.join(", "),
    requirements: entry.requirements ?? "",
    readme: entry.readme,
  };
  return {
    slug: entry.slug,
    name: entry.name,
    region: entry.region,
    status: entry.status,
    // The reviewer's comment while the entry is back in draft.
    returnComment: entry.status === "DRAFT" ? entry.returnComment : null,
    returnedAt: entry.status === "DRAFT" ? entry.returnedAt : null,
    transitions: allowedTransitions(actor, entry),
    values,
  };
}

/**
 * The owning region's people replace an entry's publiccode.yml and portal fields. The slug, the
 * region, the demo flag, releases, adoptions and practice links stay; invalid input changes nothing.
 * A repository URL another entry has needs the same confirmation as when publishing.
 */
export async function updateSoftware(input: {
  actor: SessionUser;
  slug: string;
  yaml: string;
  meta: EntryMeta;
  /** "Ajukan": a draft is submitted for review with this save. */
  submit?: boolean;
  confirmedSameAs?: string;
  origin: RequestOrigin;
}): Promise<SaveResult<{ status: "updated"; submitted: boolean }>> {
  const entry = await db().softwareEntry.findUnique({
    where: { slug: input.slug },
    select: { id: true, regionCode: true, isDemo: true, status: true },
  });
  if (!entry) throw notFound();
  if (
    !can(input.actor, "record:read", {
      regionCode: entry.regionCode,
      visibility: visibilityOf(entry.status),
    })
  )
    throw notFound();
  if (!can(input.actor, "record:update", { regionCode: entry.regionCode })) throw forbidden();
  const checked = checkPubliccode(input.yaml);
  if (!checked.valid) return { status: "invalid", errors: checked.errors };
  const existing = await entryWithSameRepository(checked.data.url, entry.id, input.actor);
  if (existing && existing.slug !== input.confirmedSameAs)
    return { status: "same-repository", existing };
  const columns = entryColumns(checked.data, input.meta, entry);
  const submitted = await db().$transaction(async (tx) => {
    await tx.softwareEntry.update({ where: { id: entry.id }, data: columns });
    // Submitting moves a draft only (guarded by its status, like every transition).
    const moved = input.submit
      ? await tx.softwareEntry.updateMany({
          where: { id: entry.id, status: "DRAFT" },
          data: transitionColumns("submit", input.actor.id, new Date()) as never,
        })
      : { count: 0 };
    await setIndicators(tx, entry.id, input.meta.indicators);
    await addDeclaredRelease(tx, entry.id, checked.data);
    await refreshSearchDocuments(tx, [{ type: "software", id: entry.id }]);
    await recordAudit(
      {
        action: "software.updated",
        actor: input.actor,
        entityType: "SoftwareEntry",
        entityId: entry.id,
        regionCode: entry.regionCode,
        details: {
          slug: input.slug,
          name: checked.data.name,
          ...(moved.count === 1 ? { submitted: true } : {}),
          ...(existing ? { sameRepositoryAs: existing.slug } : {}),
        },
        ...input.origin,
      },
      tx,
    );
    return moved.count === 1;
  });
  return { status: "updated", submitted };
}

export const adoptionSchema = z.object({
  regionCode: regionCodeSchemaWith("form.error.regionInvalid"),
  version: z.string().trim().max(40).optional(),
  since: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "adoption.error.date" })
      .optional(),
  ),
  serviceUrl: optionalHttpUrlField("adoption.error.url"),
  contact: z.string().trim().max(200).optional(),
});

async function entryFor(slug: string) {
  const entry = await db().softwareEntry.findUnique({
    where: { slug },
    select: { id: true, regionCode: true, status: true },
  });
  if (!entry) throw notFound();
  return entry;
}

/**
 * A region declares it runs the entry: one of its people, for another region's software. A region
 * declares once: while its declaration stands (declared, confirmed or rejected) nothing changes;
 * it withdraws it to declare anew.
 */
export async function declareAdoption(input: {
  actor: SessionUser;
  slug: string;
  adoption: z.infer<typeof adoptionSchema>;
  origin: RequestOrigin;
}) {
  const entry = await entryFor(input.slug);
  // Only a published entry can be declared in use: a draft is not in the catalogue yet.
  if (entry.status !== "PUBLISHED") throw notFound();
  const { regionCode } = input.adoption;
  if (!can(input.actor, "record:create", { regionCode })) throw forbidden();
  if (regionCode === entry.regionCode) return { status: "own-software" as const };
  return db().$transaction(async (tx) => {
    const created = await tx.softwareAdoption.createMany({
      data: {
        softwareId: entry.id,
        regionCode,
        version: input.adoption.version || null,
        since: input.adoption.since ? new Date(`${input.adoption.since}T00:00:00Z`) : null,
        serviceUrl: input.adoption.serviceUrl ?? null,
        contact: input.adoption.contact || null,
        status: "DECLARED",
        declaredById: input.actor.id,
      },
      skipDuplicates: true,
    });
    if (created.count === 0) return { status: "exists" as const };
    const adoption = await tx.softwareAdoption.findUniqueOrThrow({
      where: { softwareId_regionCode: { softwareId: entry.id, regionCode } },
      select: { id: true },
    });
    await recordAudit(
      {
        action: "software.adoption_declared",
        actor: input.actor,
        entityType: "SoftwareAdoption",
        entityId: adoption.id,
        regionCode,
        details: { slug: input.slug },
        ...input.origin,
      },
      tx,
    );
    return { status: "declared" as const };
  });
}

export const withdrawalSchema = z.object({
  regionCode: regionCodeSchemaWith("form.error.regionInvalid"),
});

/**
 * The adopting region's people withdraw its declaration, pending or decided: the row goes, so it
 * counts nowhere any more; the audit log keeps what it was.
 */
export async function withdrawAdoption(input: {
  actor: SessionUser;
  slug: string;
  regionCode: string;
  origin: RequestOrigin;
}) {
  const entry = await entryFor(input.slug);
  if (!can(input.actor, "record:update", { regionCode: input.regionCode })) throw forbidden();
  await db().$transaction(async (tx) => {
    const adoption = await tx.softwareAdoption.findUnique({
      where: { softwareId_regionCode: { softwareId: entry.id, regionCode: input.regionCode } },
      select: { id: true, status: true, version: true },
    });
    if (!adoption) throw notFound();
    const deleted = await tx.softwareAdoption.deleteMany({ where: { id: adoption.id } });
    if (deleted.count !== 1) throw notFound();
    await recordAudit(
      {
        action: "software.adoption_withdrawn",
        actor: input.actor,
        entityType: "SoftwareAdoption",
        entityId: adoption.id,
        regionCode: input.regionCode,
        details: { slug: input.slug, status: adoption.status, version: adoption.version },
        ...input.origin,
      },
      tx,
    );
  });
  return { status: "withdrawn" as const };
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
