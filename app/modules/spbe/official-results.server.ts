// Official SPBE results entered by a coordinator: a region's index for a year (SpbeIndexScore) and,
// where known, the verified level per indicator (OfficialIndicatorLevel). Official results are
// public; an entered one replaces what was there (a demo figure too) and is no longer demo.
import { z } from "zod";
import { forbidden, notFound } from "~/utils/app-error";
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import type { MessageKey } from "~/i18n/translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { levelsFromForm } from "./self-assessment.server";
import { DEFAULT_FRAMEWORK_ID, getFrameworkOverview, type FrameworkOverview } from "./spbe.server";
import { issueKey } from "~/utils/forms";

export const SOURCE_MAX = 200;

/**
 * An index as a person types it: 0 to 5 with at most two decimals, in Indonesian ("3,52") or
 * English ("3.52") notation. Returns the stored form ("3.52").
 */
export const officialIndexSchema = z
  .string({ message: "official.error.indexRequired" })
  .trim()
  .min(1, { message: "official.error.indexRequired" })
  .regex(/^\d(?:[.,]\d{1,2})?$/, { message: "official.error.indexFormat" })
  .transform((value) => value.replace(",", "."))
  .refine((value) => Number(value) <= 5, { message: "official.error.indexRange" });

const sourceSchema = z
  .string()
  .trim()
  .min(3, { message: "official.error.sourceRequired" })
  .max(SOURCE_MAX, { message: "official.error.sourceTooLong" });

export interface OfficialInput {
  index: string;
  source: string;
  levels: Array<{ number: number; level: number }>;
}

/** Reads `index`, `source` and `level-<n>`; field errors keyed by those names. */
export function readOfficialForm(
  form: FormData,
  framework: Pick<FrameworkOverview, "scaleMax" | "domains">,
): { ok: true; input: OfficialInput } | { ok: false; errors: Record<string, MessageKey> } {
  const errors: Record<string, MessageKey> = {};
  const index = officialIndexSchema.safeParse(String(form.get("index") ?? ""));
  if (!index.success) errors.index = issueKey(index.error.issues[0]);
  const source = sourceSchema.safeParse(String(form.get("source") ?? ""));
  if (!source.success) errors.source = issueKey(source.error.issues[0]);
  // Only the levels: a justification field, if one were sent, is ignored.
  const levelsOnly = new FormData();
  for (const [name, value] of form.entries())
    if (name.startsWith("level-")) levelsOnly.append(name, value);
  const levels = levelsFromForm(levelsOnly, framework);
  if (!levels.ok) Object.assign(errors, levels.errors);
  if (!index.success || !source.success || !levels.ok) return { ok: false, errors };
  return {
    ok: true,
    input: {
      index: index.data,
      source: source.data,
      levels: levels.rows.flatMap((row) =>
        row.level === null ? [] : [{ number: row.number, level: row.level }],
      ),
    },
  };
}

async function regionForCoordinator(actor: Actor | null, code: string) {
  const parsed = regionCodeSchema.safeParse(code);
  if (!parsed.success) throw notFound();
  const region = await db().region.findUnique({
    where: { code: parsed.data },
    select: { code: true, name: true },
  });
  if (!region) throw notFound();
  if (!can(actor, "officialResult:enter", { regionCode: region.code })) throw forbidden();
  return region;
}

/** The entry page: the region, the framework, and the official result as it stands. */
export async function getOfficialEntryView(
  actor: Actor,
  regionCode: string,
  year: number,
  frameworkId = DEFAULT_FRAMEWORK_ID,
) {
  const region = await regionForCoordinator(actor, regionCode);
  const framework = await getFrameworkOverview(frameworkId);
  if (!framework) throw notFound();
  const [score, levels] = await Promise.all([
    db().spbeIndexScore.findUnique({
      where: { regionCode_frameworkId_year: { regionCode: region.code, frameworkId, year } },
      select: { index: true, source: true, isDemo: true, enteredAt: true },
    }),
    db().officialIndicatorLevel.findMany({
      where: { regionCode: region.code, frameworkId, year },
      select: { indicatorNumber: true, level: true },
    }),
  ]);
  return {
    region,
    year,
    framework,
    official: score
      ? {
          index: Number(score.index),
          source: score.source,
          isDemo: score.isDemo,
          enteredAt: score.enteredAt?.toISOString() ?? null,
          levels: Object.fromEntries(levels.map((l) => [l.indicatorNumber, l.level])),
        }
      : null,
  };
}

/** Stores the official result, replacing the year's index and levels, audited with it. */
export async function enterOfficialResult(input: {
  actor: Actor;
  regionCode: string;
  year: number;
  result: OfficialInput;
  frameworkId?: string;
}): Promise<void> {
  const frameworkId = input.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  const region = await regionForCoordinator(input.actor, input.regionCode);
  const key = { regionCode: region.code, frameworkId, year: input.year };
  const now = new Date();
  await db().$transaction(async (tx) => {
    const before = await tx.spbeIndexScore.findUnique({
      where: { regionCode_frameworkId_year: key },
      select: { index: true, isDemo: true },
    });
    const columns = {
      index: input.result.index,
      source: input.result.source,
      isDemo: false,
      enteredById: input.actor.id,
      enteredAt: now,
    };
    await tx.spbeIndexScore.upsert({
      where: { regionCode_frameworkId_year: key },
      create: { ...key, ...columns },
      update: columns,
    });
    await tx.officialIndicatorLevel.deleteMany({ where: key });
    await tx.officialIndicatorLevel.createMany({
      data: input.result.levels.map((row) => ({
        ...key,
        indicatorNumber: row.number,
        level: row.level,
        source: input.result.source,
        isDemo: false,
      })),
    });
    await recordAudit(
      {
        actor: input.actor,
        action: "official_result.entered",
        entityType: "SpbeIndexScore",
        entityId: `${region.code}/${frameworkId}/${input.year}`,
        regionCode: region.code,
        details: {
          year: input.year,
          index: input.result.index,
          previous: before ? before.index.toFixed(2) : null,
          replacedDemo: before?.isDemo ?? false,
          levels: input.result.levels.length,
          source: input.result.source,
        },
      },
      tx,
    );
  });
}
