// The province view (/provinces/:code, issue 16 point 4): the province's kabupaten/kota with the
// public participation figures (the same rows as /partisipasi and GET /api/participation), a
// roll-up of the province beside the national one, and, for whom the policy lets read the
// province's monitoring figures (coordinators, its province coordinators), the members-level
// figures: active members and last activity.
//
// One listParticipation() call gives every region's row; the province's rows and both roll-ups
// are taken from it, so the province page, the public table and the API never disagree.
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { PROVINCE_CODE_PATTERN } from "~/modules/regions/regions.schema";
import { notFound } from "~/utils/app-error";
import type { FigureId } from "./figures";
import { sharedParticipation } from "./participation-cache.server";
import {
  PARTICIPATION_STATUSES,
  toPublicParticipation,
  type ParticipationOptions,
  type ParticipationStatus,
  type PublicRegionParticipation,
  type RegionParticipation,
} from "./participation.server";
import { AVERAGED_FIGURES, PROVINCE_MEMBER_FIGURES, SUMMED_FIGURES } from "./province-figures";

export { AVERAGED_FIGURES, PROVINCE_MEMBER_FIGURES, SUMMED_FIGURES };

/** The public figures of a set of regions, added up. */
export interface ParticipationRollup {
  regions: number;
  statuses: Record<ParticipationStatus, number>;
  /** Each of SUMMED_FIGURES over the regions. */
  sums: Partial<Record<FigureId, number>>;
  /** Each of AVERAGED_FIGURES: the mean of the regions' values (each region counts once), 0..1. */
  averages: Partial<Record<FigureId, number>>;
}

/** A region's members-level figures (never on the public page). */
export type MembersFigures = Pick<RegionParticipation, (typeof PROVINCE_MEMBER_FIGURES)[number]>;

/** The members-level figures of a set of regions, added up. */
export interface MembersRollup {
  activeMembers: number;
  /** Regions with at least one active member. */
  regionsWithActiveMembers: number;
  /** The latest activity recorded in any of the regions. */
  lastActivityAt: string | null;
}

export type ProvinceRegionRow = PublicRegionParticipation & {
  /** Null unless the viewer may read the province's monitoring figures. */
  members: MembersFigures | null;
};

export interface ProvinceView {
  province: { code: string; name: string };
  generatedAt: string;
  /** Whether the viewer reads the members-level figures (`monitoring:read` of the province). */
  membersLevel: boolean;
  regions: ProvinceRegionRow[];
  rollup: { province: ParticipationRollup; national: ParticipationRollup };
  /** Null without members-level rights; `national` only for who may read all regions. */
  membersRollup: { province: MembersRollup; national: MembersRollup | null } | null;
}

/** A figure's value in a row, by its id ("commitments.active"); null when not a number. */
export function numberAt(row: object, id: FigureId): number | null {
  let value: unknown = row;
  for (const part of id.split(".")) value = (value as Record<string, unknown> | null)?.[part];
  return typeof value === "number" ? value : null;
}

function sumOf<T>(rows: readonly T[], figure: (row: T) => number): number {
  return rows.reduce((total, row) => total + figure(row), 0);
}

/** Counts per status, the sums of the count figures and the means of the shares. */
export function rollUp(rows: readonly PublicRegionParticipation[]): ParticipationRollup {
  const statuses = Object.fromEntries(
    PARTICIPATION_STATUSES.map((status) => [
      status,
      rows.filter((r) => r.status === status).length,
    ]),
  ) as Record<ParticipationStatus, number>;
  const sums = Object.fromEntries(
    SUMMED_FIGURES.map((id) => [id, sumOf(rows, (r) => numberAt(r, id) ?? 0)]),
  );
  const averages = Object.fromEntries(
    AVERAGED_FIGURES.map((id) => [
      id,
      rows.length > 0
        ? Math.round((sumOf(rows, (r) => numberAt(r, id) ?? 0) / rows.length) * 1000) / 1000
        : 0,
    ]),
  );
  return { regions: rows.length, statuses, sums, averages };
}

function membersFiguresOf(row: RegionParticipation): MembersFigures {
  return { activeMembers: row.activeMembers, lastActivityAt: row.lastActivityAt };
}

export function rollUpMembers(rows: readonly RegionParticipation[]): MembersRollup {
  const last = rows
    .map((r) => r.lastActivityAt)
    .filter((at): at is string => at !== null)
    .sort()
    .at(-1);
  return {
    activeMembers: sumOf(rows, (r) => r.activeMembers),
    regionsWithActiveMembers: rows.filter((r) => r.activeMembers > 0).length,
    lastActivityAt: last ?? null,
  };
}

/** The province of a 2-digit code, or null (a malformed code is not looked up). */
export async function findProvince(code: string) {
  if (!PROVINCE_CODE_PATTERN.test(code)) return null;
  return db().province.findUnique({ where: { code }, select: { code: true, name: true } });
}

/** The province page's figures for this viewer; an unknown province is a 404. */
export async function provinceView(input: {
  code: string;
  actor: Actor | null;
  options?: ParticipationOptions;
}): Promise<ProvinceView> {
  const province = await findProvince(input.code);
  if (!province) throw notFound("province.notFound");
  const now = input.options?.now ?? new Date();
  const rows = await sharedParticipation({ ...input.options });
  const inProvince = rows.filter((r) => r.provinceCode === province.code);
  const membersLevel = can(input.actor, "monitoring:read", { provinceCode: province.code });
  const nationalMembers = can(input.actor, "monitoring:read", { scope: "national" });
  return {
    province,
    generatedAt: now.toISOString(),
    membersLevel,
    regions: inProvince.map((r) => ({
      ...toPublicParticipation(r),
      members: membersLevel ? membersFiguresOf(r) : null,
    })),
    rollup: {
      province: rollUp(inProvince.map(toPublicParticipation)),
      national: rollUp(rows.map(toPublicParticipation)),
    },
    membersRollup: membersLevel
      ? {
          province: rollUpMembers(inProvince),
          national: nationalMembers ? rollUpMembers(rows) : null,
        }
      : null,
  };
}

/** The provinces an actor coordinates, with their names, in code order (for links to them). */
export async function coordinatedProvinces(actor: Actor | null) {
  const codes = actor?.provinceCodes ?? [];
  if (codes.length === 0) return [];
  return db().province.findMany({
    where: { code: { in: [...codes] } },
    orderBy: { code: "asc" },
    select: { code: true, name: true },
  });
}
