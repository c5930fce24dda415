// Self-assessment (penilaian mandiri): a region's claimed level per indicator for one year, its
// workflow (draft -> submitted by the region's secretary -> locked by a coordinator) and its
// index computed from the framework's data. Beside it: the previous year and the official result.
import { z } from "zod";
import { can, type Actor, type Visibility } from "~/auth/policy";
import { forbidden, notFound } from "~/utils/app-error";
import { db } from "~/db.server";
import type { MessageKey } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { computeIndex, type IndexResult } from "./scoring";
import { DEFAULT_FRAMEWORK_ID, getFrameworkOverview, type FrameworkOverview } from "./spbe.server";
import { issueKey } from "~/utils/forms";

export type SelfAssessmentStatus = "DRAFT" | "SUBMITTED" | "LOCKED";

/** Evaluation years offered: the SPBE evaluation started in 2018; one year ahead for planning. */
export const FIRST_YEAR = 2018;
export function lastYear(now = new Date()): number {
  return now.getUTCFullYear() + 1;
}
export const yearSchema = z.coerce
  .number({ message: "assessment.error.year" })
  .int("assessment.error.year")
  .refine((year) => year >= FIRST_YEAR && year <= lastYear(), "assessment.error.year");

/** Who may read a self-assessment in each state. */
export function assessmentVisibility(status: SelfAssessmentStatus): Visibility {
  return status === "DRAFT" ? "private" : "members";
}

export const JUSTIFICATION_MAX = 2000;

/** One indicator's level from the form: level "" means "not rated" (the row is removed). */
const levelRowSchema = z.object({
  number: z.number().int(),
  level: z.number().int().nullable(),
  justification: z.string().max(JUSTIFICATION_MAX, "assessment.error.justificationTooLong"),
});

export type LevelInput = z.infer<typeof levelRowSchema>;

/** Reads `level-<n>` and `justification-<n>` fields; field errors keyed by those names. */
export function levelsFromForm(
  form: FormData,
  framework: Pick<FrameworkOverview, "scaleMax" | "domains">,
): { ok: true; rows: LevelInput[] } | { ok: false; errors: Record<string, MessageKey> } {
  const rows: LevelInput[] = [];
  const errors: Record<string, MessageKey> = {};
  for (const domain of framework.domains)
    for (const aspect of domain.aspects)
      for (const indicator of aspect.indicators) {
        const rawLevel = String(form.get(`level-${indicator.number}`) ?? "").trim();
        const justification = String(form.get(`justification-${indicator.number}`) ?? "").trim();
        let level: number | null = null;
        if (rawLevel !== "") {
          level = Number(rawLevel);
          if (!Number.isInteger(level) || level < 1 || level > framework.scaleMax) {
            errors[`level-${indicator.number}`] = "assessment.error.level";
            continue;
          }
        }
        const parsed = levelRowSchema.safeParse({ number: indicator.number, level, justification });
        if (!parsed.success) {
          errors[`justification-${indicator.number}`] = issueKey(parsed.error.issues[0]);
          continue;
        }
        rows.push(parsed.data);
      }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, rows };
}

async function regionOrNotFound(code: string) {
  const parsed = regionCodeSchema.safeParse(code);
  if (!parsed.success) throw notFound();
  const region = await db().region.findUnique({
    where: { code: parsed.data },
    select: { code: true, name: true, provinceCode: true },
  });
  if (!region) throw notFound();
  return region;
}

async function frameworkOrFail(frameworkId: string) {
  const framework = await getFrameworkOverview(frameworkId);
  if (!framework) throw notFound();
  return framework;
}

function levelMap(rows: Array<{ indicatorNumber: number; level: number }>) {
  return new Map(rows.map((row) => [row.indicatorNumber, row.level]));
}

export interface SelfAssessmentView {
  region: { code: string; name: string };
  year: number;
  framework: FrameworkOverview;
  assessment: {
    status: SelfAssessmentStatus;
    isDemo: boolean;
    submittedAt: string | null;
    lockedAt: string | null;
    updatedAt: string;
    levels: Record<number, { level: number; justification: string }>;
    result: IndexResult;
  } | null;
  /** The previous year's self-assessment index, when the viewer may read it. */
  previous: { year: number; index: number; status: SelfAssessmentStatus } | null;
  official: {
    index: number;
    source: string;
    isDemo: boolean;
    levels: Record<number, number>;
  } | null;
  may: { edit: boolean; submit: boolean; lock: boolean; enterOfficial: boolean };
}

/** Everything the self-assessment page and the API show, for what the viewer may read. */
export async function getSelfAssessmentView(
  regionCode: string,
  year: number,
  viewer: Actor | null,
  frameworkId = DEFAULT_FRAMEWORK_ID,
): Promise<SelfAssessmentView> {
  const region = await regionOrNotFound(regionCode);
  const framework = await frameworkOrFail(frameworkId);
  const [rows, official, officialLevels] = await Promise.all([
    db().selfAssessment.findMany({
      where: { regionCode: region.code, frameworkId, year: { in: [year, year - 1] } },
      include: { levels: true },
    }),
    db().spbeIndexScore.findUnique({
      where: { regionCode_frameworkId_year: { regionCode: region.code, frameworkId, year } },
    }),
    db().officialIndicatorLevel.findMany({
      where: { regionCode: region.code, frameworkId, year },
      select: { indicatorNumber: true, level: true },
    }),
  ]);
  const readable = (row: (typeof rows)[number] | undefined) =>
    row &&
    can(viewer, "record:read", {
      regionCode: region.code,
      visibility: assessmentVisibility(row.status),
    })
      ? row
      : null;
  const current = readable(rows.find((row) => row.year === year));
  const before = readable(rows.find((row) => row.year === year - 1));
  const status = current?.status ?? null;
  const mayUpdate = can(viewer, "record:update", { regionCode: region.code });
  return {
    region: { code: region.code, name: region.name },
    year,
    framework,
    assessment: current
      ? {
          status: current.status,
          isDemo: current.isDemo,
          submittedAt: current.submittedAt?.toISOString() ?? null,
          lockedAt: current.lockedAt?.toISOString() ?? null,
          updatedAt: current.updatedAt.toISOString(),
          levels: Object.fromEntries(
            current.levels.map((l) => [
              l.indicatorNumber,
              { level: l.level, justification: l.justification },
            ]),
          ),
          result: computeIndex(framework, levelMap(current.levels)),
        }
      : null,
    previous: before
      ? {
          year: before.year,
          index: computeIndex(framework, levelMap(before.levels)).index,
          status: before.status,
        }
      : null,
    official: official
      ? {
          index: Number(official.index),
          source: official.source,
          isDemo: official.isDemo,
          levels: Object.fromEntries(officialLevels.map((l) => [l.indicatorNumber, l.level])),
        }
      : null,
    may: {
      edit: mayUpdate && (status === null || status === "DRAFT"),
      submit:
        status === "DRAFT" && can(viewer, "selfAssessment:submit", { regionCode: region.code }),
      lock: status === "SUBMITTED" && can(viewer, "record:verify", { regionCode: region.code }),
      enterOfficial: can(viewer, "officialResult:enter", { regionCode: region.code }),
    },
  };
}

export type CommandResult =
  { ok: true; notice: MessageKey } | { ok: false; formError: MessageKey; status: 409 | 422 };

/** Saves the levels of a draft (creating it on the first save). A submitted or locked year is read-only. */
export async function saveSelfAssessmentDraft(input: {
  actor: Actor;
  regionCode: string;
  year: number;
  rows: LevelInput[];
  frameworkId?: string;
}): Promise<CommandResult> {
  const frameworkId = input.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  const region = await regionOrNotFound(input.regionCode);
  if (!can(input.actor, "record:update", { regionCode: region.code })) throw forbidden();
  return db().$transaction(async (tx) => {
    // Create the draft if missing, then lock its row so a concurrent submit waits for this save.
    await tx.selfAssessment.upsert({
      where: {
        regionCode_frameworkId_year: { regionCode: region.code, frameworkId, year: input.year },
      },
      create: { regionCode: region.code, frameworkId, year: input.year },
      update: {},
    });
    const [locked] = await tx.$queryRaw<Array<{ id: string; status: SelfAssessmentStatus }>>`
      SELECT "id", "status" FROM "SelfAssessment"
      WHERE "regionCode" = ${region.code} AND "frameworkId" = ${frameworkId} AND "year" = ${input.year}
      FOR UPDATE`;
    if (!locked) throw notFound();
    if (locked.status !== "DRAFT")
      return { ok: false, formError: "assessment.error.notDraft", status: 409 } as const;
    const rated = input.rows.filter((row) => row.level !== null);
    await tx.selfAssessmentLevel.deleteMany({
      where: {
        assessmentId: locked.id,
        indicatorNumber: { notIn: rated.map((row) => row.number) },
      },
    });
    for (const row of rated)
      await tx.selfAssessmentLevel.upsert({
        where: {
          assessmentId_indicatorNumber: { assessmentId: locked.id, indicatorNumber: row.number },
        },
        create: {
          assessmentId: locked.id,
          indicatorNumber: row.number,
          level: row.level!,
          justification: row.justification,
          updatedById: input.actor.id,
        },
        update: {
          level: row.level!,
          justification: row.justification,
          updatedById: input.actor.id,
        },
      });
    await tx.selfAssessment.update({ where: { id: locked.id }, data: { updatedAt: new Date() } });
    await recordAudit(
      {
        actor: input.actor,
        action: "assessment.saved",
        entityType: "SelfAssessment",
        entityId: locked.id,
        regionCode: region.code,
        details: { year: input.year, rated: rated.length },
      },
      tx,
    );
    return { ok: true, notice: "assessment.notice.saved" } as const;
  });
}

/** Moves a self-assessment one step: submit (the region's secretary) or lock (a coordinator). */
export async function transitionSelfAssessment(input: {
  actor: Actor;
  regionCode: string;
  year: number;
  to: "SUBMITTED" | "LOCKED";
  frameworkId?: string;
}): Promise<CommandResult> {
  const frameworkId = input.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  const region = await regionOrNotFound(input.regionCode);
  const submitting = input.to === "SUBMITTED";
  const allowed = submitting
    ? can(input.actor, "selfAssessment:submit", { regionCode: region.code })
    : can(input.actor, "record:verify", { regionCode: region.code });
  if (!allowed) throw forbidden();
  const from: SelfAssessmentStatus = submitting ? "DRAFT" : "SUBMITTED";
  const now = new Date();
  return db().$transaction(async (tx) => {
    const assessment = await tx.selfAssessment.findUnique({
      where: {
        regionCode_frameworkId_year: { regionCode: region.code, frameworkId, year: input.year },
      },
      select: { id: true, _count: { select: { levels: true } } },
    });
    if (!assessment) throw notFound();
    if (submitting && assessment._count.levels === 0)
      return { ok: false, formError: "assessment.error.empty", status: 422 } as const;
    // Conditional on the state read: of two concurrent transitions, one wins.
    const moved = await tx.selfAssessment.updateMany({
      where: { id: assessment.id, status: from },
      data: submitting
        ? { status: "SUBMITTED", submittedAt: now, submittedById: input.actor.id }
        : { status: "LOCKED", lockedAt: now, lockedById: input.actor.id },
    });
    if (moved.count === 0)
      return { ok: false, formError: "assessment.error.stale", status: 409 } as const;
    await recordAudit(
      {
        actor: input.actor,
        action: submitting ? "assessment.submitted" : "assessment.locked",
        entityType: "SelfAssessment",
        entityId: assessment.id,
        regionCode: region.code,
        details: { year: input.year },
      },
      tx,
    );
    return {
      ok: true,
      notice: submitting ? "assessment.notice.submitted" : "assessment.notice.locked",
    } as const;
  });
}

/**
 * The API's shape (GET /api/regions/:code/self-assessments/:year). `evidenceCounts`: the region's
 * evidence records for the year that the caller may see, per indicator number.
 */
export function selfAssessmentJson(
  view: SelfAssessmentView,
  evidenceCounts: ReadonlyMap<number, number> = new Map(),
) {
  const { assessment } = view;
  const numbers = view.framework.domains.flatMap((d) => d.aspects).flatMap((a) => a.indicators);
  return {
    region: view.region,
    year: view.year,
    framework: view.framework.id,
    status: assessment?.status ?? null,
    index: assessment?.result.index ?? null,
    predicate: assessment?.result.predicate ?? null,
    domains: assessment?.result.domains ?? [],
    aspects: assessment?.result.aspects.map(({ number, index }) => ({ number, index })) ?? [],
    indicators: assessment
      ? numbers.map((indicator) => ({
          number: indicator.number,
          level: assessment.levels[indicator.number]?.level ?? null,
          evidenceCount: evidenceCounts.get(indicator.number) ?? 0,
        }))
      : [],
    official: view.official ? { index: view.official.index } : null,
    isDemo: assessment?.isDemo ?? false,
  };
}
