/** Sections whose issues have not landed yet; app/routes.ts maps each path to upcoming.tsx. */
export const UPCOMING_SECTIONS = ["tracker"] as const;
export type UpcomingSectionName = (typeof UPCOMING_SECTIONS)[number];
