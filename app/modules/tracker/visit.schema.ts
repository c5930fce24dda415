// What a study visit (kunjungan studi tiru) is made of, as the form sends it, and the one-step
// conversion into draft commitments: zod at the boundary, with message keys of the visits
// catalogue (app/i18n/messages.visits.*). The checks that need the database (the regions, the
// host's published practices and code entries) are the command's (visits.server.ts). Pure.
import { z } from "zod";
import { REGION_CODE_PATTERN } from "~/modules/regions/regions.schema";
import { isCalendarDay } from "~/utils/calendar";
import { isUuid } from "./commitment.schema";

export const VISIT_PEOPLE_MAX = 2000;
export const VISIT_TOPICS_MAX = 2000;
export const VISIT_NOTES_MAX = 5000;
export const VISIT_PARTICIPANTS_MAX = 10_000;
export const VISIT_SEEN_MAX = 30;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const regionCode = (message: string) =>
  z.string({ message }).trim().regex(REGION_CODE_PATTERN, { message });

const uuids = (message: string) =>
  z
    .array(z.string({ message }).trim().refine(isUuid, { message }), { message })
    .max(VISIT_SEEN_MAX, { message: "visits.error.tooMany" })
    .default([]);

const text = (max: number, message: string) =>
  z.string({ message }).trim().max(max, { message }).default("");

export const visitSchema = z
  .object({
    visitedOn: z
      .string({ message: "visits.error.visitedOn" })
      .trim()
      .refine(isCalendarDay, { message: "visits.error.visitedOn" }),
    hostRegionCode: regionCode("visits.error.host"),
    visitorRegionCode: regionCode("visits.error.visitor"),
    people: text(VISIT_PEOPLE_MAX, "visits.error.people"),
    participantCount: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ message: "visits.error.participantCount" })
        .int({ message: "visits.error.participantCount" })
        .min(1, { message: "visits.error.participantCount" })
        .max(VISIT_PARTICIPANTS_MAX, { message: "visits.error.participantCount" })
        .optional(),
    ),
    topics: text(VISIT_TOPICS_MAX, "visits.error.topics"),
    notes: text(VISIT_NOTES_MAX, "visits.error.notes"),
    practiceIds: uuids("visits.error.practice"),
    softwareIds: uuids("visits.error.software"),
  })
  .superRefine((input, ctx) => {
    if (input.hostRegionCode === input.visitorRegionCode)
      ctx.addIssue({ code: "custom", path: ["visitorRegionCode"], message: "visits.error.same" });
    if (input.practiceIds.length + input.softwareIds.length === 0 && input.topics === "")
      ctx.addIssue({ code: "custom", path: ["topics"], message: "visits.error.nothingSeen" });
  });

export type VisitInput = z.output<typeof visitSchema>;

/** The form's fields as the schema reads them (the checkboxes repeat their name). */
export function visitInputFromForm(form: FormData): Record<string, unknown> {
  const one = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const many = (name: string) =>
    form.getAll(name).filter((value): value is string => typeof value === "string");
  return {
    visitedOn: one("visitedOn"),
    hostRegionCode: one("hostRegionCode"),
    visitorRegionCode: one("visitorRegionCode"),
    people: one("people"),
    participantCount: one("participantCount"),
    topics: one("topics"),
    notes: one("notes"),
    practiceIds: many("practiceIds"),
    softwareIds: many("softwareIds"),
  };
}

/** The one-step conversion: which of the things seen, one draft each or one combined draft. */
export const visitConversionSchema = z
  .object({
    mode: z.enum(["each", "combined"], { message: "visits.error.mode" }).default("each"),
    practiceIds: uuids("visits.error.practice"),
    softwareIds: uuids("visits.error.software"),
  })
  .superRefine((input, ctx) => {
    if (input.practiceIds.length + input.softwareIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["items"], message: "visits.error.chooseItems" });
  });

export type VisitConversionInput = z.output<typeof visitConversionSchema>;

export function visitConversionFromForm(form: FormData): Record<string, unknown> {
  const mode = form.get("mode");
  const many = (name: string) =>
    form.getAll(name).filter((value): value is string => typeof value === "string");
  return {
    mode: typeof mode === "string" && mode !== "" ? mode : undefined,
    practiceIds: many("practiceIds"),
    softwareIds: many("softwareIds"),
  };
}

/** The filters of /visits. */
export const visitFiltersSchema = z.object({
  host: z.preprocess(blankToUndefined, regionCode("visits.error.host").optional()).catch(undefined),
  visitor: z
    .preprocess(blankToUndefined, regionCode("visits.error.visitor").optional())
    .catch(undefined),
  flagged: z.preprocess((value) => value === "true" || value === "1", z.boolean()).catch(false),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type VisitFilters = z.output<typeof visitFiltersSchema>;
