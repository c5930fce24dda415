// The numbers the figure definitions name, as they stand for this request.
import { stallSettings } from "~/modules/tracker/tracker-settings.server";
import { currentYear } from "~/utils/calendar";
import type { FigureDefinitionParams } from "./figures";
import { ACTIVE_MEMBER_DAYS } from "./participation.server";
import type { ParticipationThresholds } from "./participation-status";
import { participationThresholds } from "./participation-thresholds.server";

export async function figureDefinitionParams(
  options: { thresholds?: ParticipationThresholds; year?: number } = {},
): Promise<FigureDefinitionParams> {
  const thresholds = options.thresholds ?? (await participationThresholds());
  const stall = stallSettings();
  return {
    activeDays: thresholds.activeDays,
    lessActiveDays: thresholds.lessActiveDays,
    memberDays: ACTIVE_MEMBER_DAYS,
    stallDays: stall.stallDays,
    overdueDays: stall.overdueDays,
    year: String(options.year ?? currentYear()),
  };
}
