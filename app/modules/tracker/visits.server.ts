// Study visits (kunjungan studi tiru): record one, list them, and each host region's conversion
// (visits hosted -> commitments -> implemented -> verified, and the visits flagged for having no
// commitment 30 days on). A write runs in one transaction with its audit entry; a refusal is a
// result (403, 422), never a 500. The one-step conversion into drafts is ./visit-convert.server.ts.
import type { Prisma } from "@prisma/client";
import type { Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { dayOfDate, todayInWib } from "~/utils/calendar";
import type { FieldErrors } from "~/utils/forms";
import { invalid, invalidFields, refused, type Refusal } from "./commitment-result";
import { dateOfDay } from "./tracker-settings.server";
import { mayReadVisits, mayRecordVisit } from "./visit-access";
import { flaggedOnOrBefore, isVisitFlagged } from "./visit-flag";
import { visitSchema, type VisitFilters, type VisitInput } from "./visit.schema";

type Origin = Partial<RequestOrigin>;

/** A commitment that counts as follow-up of a visit: any but a cancelled one. */
export const FOLLOW_UP: Prisma.CommitmentWhereInput = { status: { not: "CANCELLED" } };

async function databaseChecks(input: VisitInput, today: string): Promise<FieldErrors> {
  const client = db();
  const errors: FieldErrors = {};
  if (input.visitedOn > today) errors.visitedOn = "visits.error.future";
  const regions = await client.region.findMany({
    where: { code: { in: [input.hostRegionCode, input.visitorRegionCode] } },
    select: { code: true },
  });
  const known = new Set(regions.map((r) => r.code));
  if (!known.has(input.hostRegionCode)) errors.hostRegionCode = "visits.error.host";
  if (!known.has(input.visitorRegionCode)) errors.visitorRegionCode = "visits.error.visitor";
  const practiceIds = [...new Set(input.practiceIds)];
  if (practiceIds.length > 0) {
    const found = await client.practice.count({
      where: { id: { in: practiceIds }, regionCode: input.hostRegionCode, status: "PUBLISHED" },
    });
    if (found !== practiceIds.length) errors.practiceIds = "visits.error.practice";
  }
  const softwareIds = [...new Set(input.softwareIds)];
  if (softwareIds.length > 0) {
    const found = await client.softwareEntry.count({
      where: { id: { in: softwareIds }, regionCode: input.hostRegionCode, status: "PUBLISHED" },
    });
    if (found !== softwareIds.length) errors.softwareIds = "visits.error.software";
  }
  return errors;
}

export type RecordVisitResult = { ok: true; id: string } | Refusal;

/** Records a visit; refused input changes nothing. */
export async function recordVisit(
  actor: Actor,
  raw: unknown,
  origin: Origin = {},
  today: string = todayInWib(),
): Promise<RecordVisitResult> {
  const claimed = raw as { hostRegionCode?: unknown; visitorRegionCode?: unknown } | null;
  if (
    typeof claimed?.hostRegionCode === "string" &&
    typeof claimed.visitorRegionCode === "string" &&
    !mayRecordVisit(actor, {
      hostRegionCode: claimed.hostRegionCode.trim(),
      visitorRegionCode: claimed.visitorRegionCode.trim(),
    })
  )
    return refused(403, "visits.error.forbidden");
  const parsed = visitSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error.issues);
  const input = parsed.data;
  if (!mayRecordVisit(actor, input)) return refused(403, "visits.error.forbidden");
  const errors = await databaseChecks(input, today);
  if (Object.keys(errors).length > 0) return invalidFields(errors);

  const id = await db().$transaction(async (tx) => {
    const created = await tx.studyVisit.create({
      data: {
        hostRegionCode: input.hostRegionCode,
        visitorRegionCode: input.visitorRegionCode,
        visitedOn: dateOfDay(input.visitedOn)!,
        people: input.people,
        participantCount: input.participantCount ?? null,
        topics: input.topics,
        notes: input.notes,
        createdById: actor.id,
        practices: {
          create: [...new Set(input.practiceIds)].map((practiceId) => ({ practiceId })),
        },
        software: { create: [...new Set(input.softwareIds)].map((softwareId) => ({ softwareId })) },
      },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "visit.recorded",
        entityType: "StudyVisit",
        entityId: created.id,
        regionCode: input.hostRegionCode,
        details: {
          visitorRegionCode: input.visitorRegionCode,
          visitedOn: input.visitedOn,
          practiceIds: input.practiceIds,
          softwareIds: input.softwareIds,
          participantCount: input.participantCount ?? null,
        },
        ...origin,
      },
      tx,
    );
    return created.id;
  });
  return { ok: true, id };
}

export const VISITS_PAGE_SIZE = 20;

export interface VisitListItem {
  id: string;
  visitedOn: string;
  host: { code: string; name: string };
  visitor: { code: string; name: string };
  participantCount: number | null;
  seenCount: number;
  commitmentCount: number;
  flagged: boolean;
  isDemo: boolean;
}

/** The visits a member sees on /visits, newest first, with the flag computed for today. */
export async function listVisits(
  viewer: Actor | null,
  filters: VisitFilters,
  today: string = todayInWib(),
): Promise<{ items: VisitListItem[]; total: number; page: number; pageSize: number }> {
  if (!mayReadVisits(viewer)) return { items: [], total: 0, page: 1, pageSize: VISITS_PAGE_SIZE };
  const where: Prisma.StudyVisitWhereInput = {
    ...(filters.host ? { hostRegionCode: filters.host } : {}),
    ...(filters.visitor ? { visitorRegionCode: filters.visitor } : {}),
    ...(filters.flagged
      ? {
          visitedOn: { lte: dateOfDay(flaggedOnOrBefore(today))! },
          commitments: { none: FOLLOW_UP },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db().studyVisit.findMany({
      where,
      orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
      skip: (filters.page - 1) * VISITS_PAGE_SIZE,
      take: VISITS_PAGE_SIZE,
      select: {
        id: true,
        visitedOn: true,
        participantCount: true,
        isDemo: true,
        hostRegion: { select: { code: true, name: true } },
        visitorRegion: { select: { code: true, name: true } },
        _count: {
          select: { practices: true, software: true, commitments: { where: FOLLOW_UP } },
        },
      },
    }),
    db().studyVisit.count({ where }),
  ]);
  const items = rows.map((row) => {
    const visitedOn = dayOfDate(row.visitedOn)!;
    const commitmentCount = row._count.commitments;
    return {
      id: row.id,
      visitedOn,
      host: row.hostRegion,
      visitor: row.visitorRegion,
      participantCount: row.participantCount,
      seenCount: row._count.practices + row._count.software,
      commitmentCount,
      flagged: isVisitFlagged({ visitedOn, commitmentCount }, today),
      isDemo: row.isDemo,
    };
  });
  return { items, total, page: filters.page, pageSize: VISITS_PAGE_SIZE };
}

export interface VisitConversion {
  /** Visits the region hosted. */
  visits: number;
  /** Of them, visits with at least one commitment (not cancelled). */
  visitsWithCommitment: number;
  /** Commitments (not cancelled) that came out of those visits. */
  commitments: number;
  /** Of them, the ones implemented (implemented or verified since). */
  implemented: number;
  /** Of them, the ones verified by the mentor. */
  verified: number;
  /** Visits more than 30 days ago without a commitment. */
  flagged: number;
  /** Whether demo visits are among those counted (the section is then labelled demo). */
  includesDemo: boolean;
}

/** A host region's conversion of its study visits into replications; public counts. */
export async function conversionOf(
  regionCode: string,
  today: string = todayInWib(),
): Promise<VisitConversion> {
  const client = db();
  const fromVisits = { visit: { hostRegionCode: regionCode } };
  const [visits, visitsWithCommitment, commitments, implemented, verified, flagged, demo] =
    await Promise.all([
      client.studyVisit.count({ where: { hostRegionCode: regionCode } }),
      client.studyVisit.count({
        where: { hostRegionCode: regionCode, commitments: { some: FOLLOW_UP } },
      }),
      client.commitment.count({ where: { ...fromVisits, ...FOLLOW_UP } }),
      client.commitment.count({
        where: { ...fromVisits, status: { in: ["IMPLEMENTED", "VERIFIED"] } },
      }),
      client.commitment.count({ where: { ...fromVisits, status: "VERIFIED" } }),
      client.studyVisit.count({
        where: {
          hostRegionCode: regionCode,
          visitedOn: { lte: dateOfDay(flaggedOnOrBefore(today))! },
          commitments: { none: FOLLOW_UP },
        },
      }),
      client.studyVisit.findFirst({
        where: { hostRegionCode: regionCode, isDemo: true },
        select: { id: true },
      }),
    ]);
  return {
    visits,
    visitsWithCommitment,
    commitments,
    implemented,
    verified,
    flagged,
    includesDemo: demo !== null,
  };
}

/** The regions the filters of /visits offer: those that hosted, and those that visited. */
export async function visitFilterOptions() {
  const [hosts, visitors] = await Promise.all([
    db().region.findMany({
      where: { visitsHosted: { some: {} } },
      orderBy: { name: "asc" },
      select: { code: true, name: true },
    }),
    db().region.findMany({
      where: { visitsMade: { some: {} } },
      orderBy: { name: "asc" },
      select: { code: true, name: true },
    }),
  ]);
  return { hosts, visitors };
}
