// The /partisipasi filters: a province code the portal knows and a status; anything else is
// ignored and named back to the user, never silently dropped.
import { PARTICIPATION_STATUSES, type ParticipationStatus } from "./participation-status";

export interface ParticipationQuery {
  province: string | null;
  status: ParticipationStatus | null;
  /** The filters given with a value the portal does not know, e.g. "province=99". */
  unknown: string[];
}

export function parseParticipationQuery(
  params: URLSearchParams,
  provinceCodes: readonly string[],
): ParticipationQuery {
  const unknown: string[] = [];
  const province = params.get("province")?.trim() || null;
  const status = params.get("status")?.trim() || null;
  const knownProvince = province && provinceCodes.includes(province) ? province : null;
  if (province && !knownProvince) unknown.push(`province=${province.slice(0, 20)}`);
  const knownStatus =
    status && (PARTICIPATION_STATUSES as readonly string[]).includes(status)
      ? (status as ParticipationStatus)
      : null;
  if (status && !knownStatus) unknown.push(`status=${status.slice(0, 20)}`);
  return { province: knownProvince, status: knownStatus, unknown };
}
