// Who may see and change evidence, as Prisma filters and loaded records. Everything goes through
// the one policy (app/auth/policy.ts): record:read with the record's visibility, evidence:write
// for the region's developers and secretary and for coordinators.
import { Prisma } from "@prisma/client";
import { forbidden, notFound } from "~/utils/app-error";
import { can, isMember, privateRegionsVisibleTo, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { visibilityOf } from "./evidence.schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The records a viewer may read: all, or those of these visibilities and of these regions. */
function evidenceReadScope(
  viewer: Actor | null,
): "all" | { levels: Array<"PUBLIC" | "MEMBERS">; regions: string[] } {
  const regions = privateRegionsVisibleTo(viewer);
  if (regions === "all") return "all";
  return { levels: isMember(viewer) ? ["PUBLIC", "MEMBERS"] : ["PUBLIC"], regions };
}

/** The records a viewer may read, as a `where` fragment (lists, boards, a future library). */
export function evidenceVisibleTo(viewer: Actor | null): Prisma.EvidenceRecordWhereInput {
  const scope = evidenceReadScope(viewer);
  if (scope === "all") return {};
  return {
    OR: [
      { visibility: { in: scope.levels } },
      ...(scope.regions.length > 0 ? [{ regionCode: { in: scope.regions } }] : []),
    ],
  };
}

/** The same as a SQL condition on the "EvidenceRecord" row named `alias` (raw queries). */
export function evidenceVisibleSql(viewer: Actor | null, alias: string): Prisma.Sql {
  const scope = evidenceReadScope(viewer);
  if (scope === "all") return Prisma.sql`TRUE`;
  const row = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  return Prisma.sql`(${row}.visibility::text = ANY(${scope.levels}::text[])
    OR ${row}."regionCode" = ANY(${scope.regions}::text[]))`;
}

export function mayReadEvidence(
  viewer: Actor | null,
  record: { regionCode: string; visibility: "PRIVATE" | "MEMBERS" | "PUBLIC" },
): boolean {
  return can(viewer, "record:read", {
    regionCode: record.regionCode,
    visibility: visibilityOf(record.visibility),
  });
}

export function mayWriteEvidence(viewer: Actor | null, regionCode: string): boolean {
  return can(viewer, "evidence:write", { regionCode });
}

/** A record the actor may change, or 404 (unknown id) / 403 (readable but not theirs). */
export async function evidenceForWrite(actor: Actor, id: string) {
  if (!isUuid(id)) throw notFound();
  const record = await db().evidenceRecord.findUnique({
    where: { id },
    select: {
      id: true,
      regionCode: true,
      frameworkId: true,
      year: true,
      visibility: true,
      title: true,
      description: true,
      level: true,
      reviewState: true,
      indicators: { select: { indicatorId: true } },
      links: { orderBy: { position: "asc" }, select: { url: true, label: true } },
      _count: { select: { files: true } },
    },
  });
  if (!record) throw notFound();
  if (!mayWriteEvidence(actor, record.regionCode)) {
    throw mayReadEvidence(actor, record) ? forbidden() : notFound();
  }
  return record;
}
