// A region's participation status and its thresholds (shared by the server and the pages).
import { z } from "zod";

/** The statuses, from the last recorded activity: see ParticipationThresholds. */
export const PARTICIPATION_STATUSES = ["aktif", "kurang-aktif", "tidak-aktif"] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/**
 * aktif: activity in the last `activeDays` days; kurang aktif: in the last `lessActiveDays`;
 * tidak aktif: none since (or never). Activity is anything the audit log records for the region
 * (a practice, evidence, a self-assessment, a commitment, a member invited ...).
 * A coordinator changes them at /monitoring/settings (stored in SystemSetting, see
 * ./participation-thresholds.server.ts); these are the values until one does.
 */
export interface ParticipationThresholds {
  activeDays: number;
  lessActiveDays: number;
}

export const DEFAULT_PARTICIPATION_THRESHOLDS: ParticipationThresholds = Object.freeze({
  activeDays: 30,
  lessActiveDays: 90,
});

/** The defaults (kept under this name for the pages that read it before thresholds were stored). */
export const PARTICIPATION_THRESHOLDS = DEFAULT_PARTICIPATION_THRESHOLDS;

export const THRESHOLD_MIN_DAYS = 1;
export const THRESHOLD_MAX_DAYS = 365;

const storedDays = z.number().int().min(THRESHOLD_MIN_DAYS).max(THRESHOLD_MAX_DAYS);

/** The stored JSON: two whole numbers of days, 1 to 365, active below less active. */
export const storedThresholdsSchema = z
  .object({ activeDays: storedDays, lessActiveDays: storedDays })
  .refine((t) => t.activeDays < t.lessActiveDays);

const formDays = z
  .string({ message: "thresholds.error.required" })
  .trim()
  .min(1, { message: "thresholds.error.required" })
  .regex(/^\d+$/, { message: "thresholds.error.integer" })
  .transform(Number)
  .refine((n) => n >= THRESHOLD_MIN_DAYS && n <= THRESHOLD_MAX_DAYS, {
    message: "thresholds.error.range",
  });

/** The settings form: message keys as messages; the order error sits on lessActiveDays. */
export const thresholdsFormSchema = z
  .object({ activeDays: formDays, lessActiveDays: formDays })
  // Compared only when both are valid numbers (a field's own error is enough otherwise).
  .refine(
    (t) =>
      !Number.isInteger(t.activeDays) ||
      !Number.isInteger(t.lessActiveDays) ||
      t.activeDays < t.lessActiveDays,
    {
      message: "thresholds.error.order",
      path: ["lessActiveDays"],
    },
  );

export function statusOf(
  lastActivityAt: Date | null,
  now: Date,
  thresholds: ParticipationThresholds = DEFAULT_PARTICIPATION_THRESHOLDS,
): ParticipationStatus {
  if (!lastActivityAt) return "tidak-aktif";
  const days = (now.getTime() - lastActivityAt.getTime()) / 86_400_000;
  if (days <= thresholds.activeDays) return "aktif";
  if (days <= thresholds.lessActiveDays) return "kurang-aktif";
  return "tidak-aktif";
}
