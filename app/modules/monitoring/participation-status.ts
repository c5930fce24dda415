// A region's participation status and its thresholds (shared by the server and the pages).

/** The statuses, from the last recorded activity: see PARTICIPATION_THRESHOLDS. */
export const PARTICIPATION_STATUSES = ["aktif", "kurang-aktif", "tidak-aktif"] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];

/**
 * aktif: activity in the last `activeDays` days; kurang aktif: in the last `lessActiveDays`;
 * tidak aktif: none since (or never). Activity is anything the audit log records for the region
 * (a practice, evidence, a self-assessment, a commitment, a member invited ...).
 */
export const PARTICIPATION_THRESHOLDS = { activeDays: 30, lessActiveDays: 90 } as const;

export function statusOf(
  lastActivityAt: Date | null,
  now: Date,
  thresholds = PARTICIPATION_THRESHOLDS,
): ParticipationStatus {
  if (!lastActivityAt) return "tidak-aktif";
  const days = (now.getTime() - lastActivityAt.getTime()) / 86_400_000;
  if (days <= thresholds.activeDays) return "aktif";
  if (days <= thresholds.lessActiveDays) return "kurang-aktif";
  return "tidak-aktif";
}
