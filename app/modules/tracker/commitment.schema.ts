// What a draft commitment is made of, as the form (or the visit's one-step conversion) sends it:
// zod at the boundary, with message keys of the tracker catalogue (app/i18n/messages.tracker.*).
// The checks that need the database (regions, the practice, the person responsible, the baseline
// levels) are the command's (commitment-commands.server.ts). Pure.
import { z } from "zod";
import { REGION_CODE_PATTERN } from "~/modules/regions/regions.schema";
import { isCalendarDay } from "~/utils/calendar";
import { COMMITMENT_TEXT_MAX } from "./commitment-status";

export const COMMITMENT_TITLE_MAX = 200;
export const COMMITMENT_PLAN_MAX = 20_000;
export const COMMITMENT_BUDGET_MAX = 200;
export const COMMITMENT_MILESTONES_MAX = 30;
export const COMMITMENT_INDICATORS_MAX = 20;
export const COMMITMENT_SOFTWARE_MAX = 20;
export const MILESTONE_WEIGHT_MAX = 100;
export const MILESTONE_LINKS_MAX = 10;
export const EVIDENCE_URL_MAX = 2000;
export const EVIDENCE_LABEL_MAX = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalDay = (message: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({ message }).trim().refine(isCalendarDay, { message }).optional(),
  );

const uuid = (message: string) => z.string({ message }).trim().regex(UUID, { message });

const level = (message: string) =>
  z.coerce.number({ message }).int({ message }).min(1, { message }).max(5, { message });

export const commitmentIndicatorInputSchema = z.object({
  indicatorId: z
    .string({ message: "tracker.error.indicator" })
    .trim()
    .min(1, { message: "tracker.error.indicator" }),
  targetLevel: level("tracker.error.targetLevel"),
  /** Left out: taken from the adopting region's latest submitted self-assessment. */
  baselineLevel: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "tracker.error.baselineLevel" })
      .int({ message: "tracker.error.baselineLevel" })
      .min(0, { message: "tracker.error.baselineLevel" })
      .max(5, { message: "tracker.error.baselineLevel" })
      .optional(),
  ),
});

export const milestoneInputSchema = z.object({
  title: z
    .string({ message: "tracker.error.milestoneTitle" })
    .trim()
    .min(1, { message: "tracker.error.milestoneTitle" })
    .max(COMMITMENT_TITLE_MAX, { message: "tracker.error.milestoneTitle" }),
  dueOn: optionalDay("tracker.error.milestoneDueOn"),
  weight: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "tracker.error.milestoneWeight" })
      .int({ message: "tracker.error.milestoneWeight" })
      .min(1, { message: "tracker.error.milestoneWeight" })
      .max(MILESTONE_WEIGHT_MAX, { message: "tracker.error.milestoneWeight" })
      .optional(),
  ),
});

export const commitmentDraftSchema = z
  .object({
    title: z
      .string({ message: "tracker.error.title" })
      .trim()
      .min(3, { message: "tracker.error.title" })
      .max(COMMITMENT_TITLE_MAX, { message: "tracker.error.title" }),
    adopterRegionCode: z
      .string({ message: "tracker.error.region" })
      .trim()
      .regex(REGION_CODE_PATTERN, { message: "tracker.error.region" }),
    mentorRegionCode: z
      .string({ message: "tracker.error.region" })
      .trim()
      .regex(REGION_CODE_PATTERN, { message: "tracker.error.region" }),
    practiceId: z.preprocess(blankToUndefined, uuid("tracker.error.practice").optional()),
    softwareIds: z
      .array(uuid("tracker.error.software"), { message: "tracker.error.software" })
      .max(COMMITMENT_SOFTWARE_MAX, { message: "tracker.error.software" })
      .default([]),
    visitId: z.preprocess(blankToUndefined, uuid("tracker.error.visit").optional()),
    indicators: z
      .array(commitmentIndicatorInputSchema, { message: "tracker.error.indicator" })
      .max(COMMITMENT_INDICATORS_MAX, { message: "tracker.error.indicator" })
      .default([]),
    responsibleId: z.preprocess(blankToUndefined, uuid("tracker.error.responsible").optional()),
    startOn: optionalDay("tracker.error.startOn"),
    dueOn: optionalDay("tracker.error.dueOn"),
    plan: z
      .string({ message: "tracker.error.plan" })
      .max(COMMITMENT_PLAN_MAX, { message: "tracker.error.plan" })
      .default(""),
    budgetSource: z.preprocess(
      blankToUndefined,
      z
        .string({ message: "tracker.error.budgetSource" })
        .trim()
        .max(COMMITMENT_BUDGET_MAX, { message: "tracker.error.budgetSource" })
        .optional(),
    ),
    visibility: z
      .enum(["PRIVATE", "MEMBERS", "PUBLIC"], { message: "tracker.error.visibility" })
      .default("MEMBERS"),
    milestones: z
      .array(milestoneInputSchema, { message: "tracker.error.milestones" })
      .max(COMMITMENT_MILESTONES_MAX, { message: "tracker.error.milestones" })
      .default([]),
  })
  .superRefine((input, ctx) => {
    if (input.mentorRegionCode === input.adopterRegionCode)
      ctx.addIssue({
        code: "custom",
        path: ["mentorRegionCode"],
        message: "tracker.error.mentorSame",
      });
    if (!input.practiceId && input.softwareIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["practiceId"], message: "tracker.error.replicates" });
    if (input.startOn && input.dueOn && input.startOn > input.dueOn)
      ctx.addIssue({ code: "custom", path: ["dueOn"], message: "tracker.error.dueBeforeStart" });
    const seen = new Set<string>();
    input.indicators.forEach((indicator, i) => {
      if (seen.has(indicator.indicatorId))
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "indicatorId"],
          message: "tracker.error.indicatorTwice",
        });
      seen.add(indicator.indicatorId);
      if (indicator.baselineLevel !== undefined && indicator.targetLevel <= indicator.baselineLevel)
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "targetLevel"],
          message: "tracker.error.targetNotAbove",
        });
    });
  });

export type CommitmentDraftInput = z.output<typeof commitmentDraftSchema>;

/** Evidence of a milestone: links (http/https) and/or evidence records of the adopting region. */
export const milestoneEvidenceSchema = z.object({
  links: z
    .array(
      z.object({
        url: z
          .string({ message: "tracker.error.link" })
          .trim()
          .max(EVIDENCE_URL_MAX, { message: "tracker.error.link" })
          .refine(isHttpUrl, { message: "tracker.error.link" }),
        label: z
          .string({ message: "tracker.error.linkLabel" })
          .trim()
          .max(EVIDENCE_LABEL_MAX, { message: "tracker.error.linkLabel" })
          .default(""),
      }),
      { message: "tracker.error.link" },
    )
    .max(MILESTONE_LINKS_MAX, { message: "tracker.error.link" })
    .default([]),
  evidenceRecordIds: z
    .array(uuid("tracker.error.evidenceRecord"), { message: "tracker.error.evidenceRecord" })
    .max(MILESTONE_LINKS_MAX, { message: "tracker.error.evidenceRecord" })
    .default([]),
});

export type MilestoneEvidenceInput = z.output<typeof milestoneEvidenceSchema>;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const commentSchema = z
  .string({ message: "tracker.error.comment" })
  .trim()
  .min(1, { message: "tracker.error.comment" })
  .max(COMMITMENT_TEXT_MAX, { message: "tracker.error.comment" });

function booleanParam() {
  return z.preprocess(
    (value) =>
      value === "true" || value === true
        ? true
        : value === "false" || value === false
          ? false
          : undefined,
    z.boolean().optional(),
  );
}

/** The filters of the list of commitments (page /tracker and GET /api/commitments). */
export const commitmentFiltersSchema = z.object({
  region: z.preprocess(blankToUndefined, z.string().trim().regex(REGION_CODE_PATTERN).optional()),
  mentor: z.preprocess(blankToUndefined, z.string().trim().regex(REGION_CODE_PATTERN).optional()),
  status: z.preprocess(
    blankToUndefined,
    z
      .enum(["DRAFT", "COMMITTED", "IN_PROGRESS", "IMPLEMENTED", "VERIFIED", "CANCELLED"])
      .optional(),
  ),
  /** An indicator's number (1..) or its id. */
  indicator: z.preprocess(blankToUndefined, z.string().trim().min(1).max(100).optional()),
  stalled: booleanParam(),
  /** The adopting region's province. */
  province: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{2}$/)
      .optional(),
  ),
  /** Past a due date (the commitment's or an unconfirmed milestone's), see overdue.ts. */
  overdue: booleanParam(),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).catch(20).default(20),
});

export type CommitmentFilters = z.output<typeof commitmentFiltersSchema>;

/** Field errors keyed by the path ("title", "milestones.1.title"), the first issue each. */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "form" : path.map(String).join(".");
}
