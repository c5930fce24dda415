// "Turn into draft commitments in one step": from a visit, one draft per practice or code entry
// chosen (or one combined draft), adopter = the visiting region, mentor = the host, visitId set,
// the targets = the indicators of what is replicated, one level above the adopter's latest
// self-assessment (createDraftCommitment computes and stores the baselines itself). Only people
// who may draft for the visiting region (or the centre) may convert; a visit the viewer may not
// read is 404. Things that already have a commitment from this visit are skipped.
import type { Prisma } from "@prisma/client";
import type { Actor } from "~/auth/policy";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { notFound } from "~/utils/app-error";
import {
  baselineLevel,
  createDraftCommitment,
  mayDraftCommitment,
} from "./commitment-commands.server";
import { invalid, refused, type Refusal } from "./commitment-result";
import {
  COMMITMENT_INDICATORS_MAX,
  COMMITMENT_SOFTWARE_MAX,
  COMMITMENT_TITLE_MAX,
  isUuid,
} from "./commitment.schema";
import { mayReadVisits } from "./visit-access";
import { visitConversionSchema } from "./visit.schema";

type Origin = Partial<RequestOrigin>;

interface SeenItem {
  practiceId?: string;
  softwareId?: string;
  title: string;
  indicators: Array<{ id: string; frameworkId: string; number: number }>;
}

/**
 * The adopter's level of each indicator as the draft's baseline will read it (baselineLevel: the
 * latest submitted or locked self-assessment that rates it), per framework+number, so that each
 * target is one above the baseline the command then stores, even when the latest self-assessment
 * rates only some indicators.
 */
async function latestLevels(regionCode: string, indicators: SeenItem["indicators"]) {
  const levels = new Map<string, number>();
  const unique = new Map(indicators.map((i) => [`${i.frameworkId}#${i.number}`, i]));
  for (const [key, indicator] of unique) {
    const level = await baselineLevel(db(), regionCode, indicator);
    if (level !== null) levels.set(key, level);
  }
  return levels;
}

/** Target levels one above the baseline; an indicator already at 5 is left out. */
function targetsOf(indicators: SeenItem["indicators"], levels: Map<string, number>) {
  const unique = new Map(indicators.map((i) => [i.id, i]));
  return [...unique.values()]
    .map((i) => ({
      indicatorId: i.id,
      targetLevel: (levels.get(`${i.frameworkId}#${i.number}`) ?? 0) + 1,
    }))
    .filter((i) => i.targetLevel <= 5)
    .slice(0, COMMITMENT_INDICATORS_MAX);
}

const indicatorSelect = {
  select: { indicator: { select: { id: true, frameworkId: true, number: true } } },
} as const;

async function loadVisit(id: string) {
  return db().studyVisit.findUnique({
    where: { id },
    select: {
      id: true,
      hostRegionCode: true,
      visitorRegionCode: true,
      isDemo: true,
      practices: {
        select: { practice: { select: { id: true, title: true, indicators: indicatorSelect } } },
      },
      software: {
        select: { software: { select: { id: true, name: true, indicators: indicatorSelect } } },
      },
      commitments: {
        where: { status: { not: "CANCELLED" } } satisfies Prisma.CommitmentWhereInput,
        select: { practiceId: true, software: { select: { softwareId: true } } },
      },
    },
  });
}

function truncate(title: string): string {
  return title.length <= COMMITMENT_TITLE_MAX
    ? title
    : `${title.slice(0, COMMITMENT_TITLE_MAX - 1)}…`;
}

export type ConvertVisitResult = { ok: true; ids: string[]; skipped: number } | Refusal;

export async function convertVisitToDrafts(
  actor: Actor,
  visitId: string,
  raw: unknown,
  origin: Origin = {},
): Promise<ConvertVisitResult> {
  if (!mayReadVisits(actor) || !isUuid(visitId)) throw notFound();
  const visit = await loadVisit(visitId);
  if (!visit) throw notFound();
  if (!mayDraftCommitment(actor, visit.visitorRegionCode))
    return refused(403, "visits.error.forbidden");
  const parsed = visitConversionSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error.issues);
  const input = parsed.data;

  const followedPractices = new Set(visit.commitments.map((c) => c.practiceId));
  const followedSoftware = new Set(
    visit.commitments.flatMap((c) => c.software.map((s) => s.softwareId)),
  );
  const seenPractices = new Map(visit.practices.map(({ practice }) => [practice.id, practice]));
  const seenSoftware = new Map(visit.software.map(({ software }) => [software.id, software]));
  const wanted = [...new Set(input.practiceIds)];
  const wantedSoftware = [...new Set(input.softwareIds)];
  if (
    wanted.some((id) => !seenPractices.has(id)) ||
    wantedSoftware.some((id) => !seenSoftware.has(id))
  )
    return refused(422, "visits.error.notSeen");
  const items: SeenItem[] = [
    ...wanted
      .filter((id) => !followedPractices.has(id))
      .map((id) => seenPractices.get(id)!)
      .map((p) => ({
        practiceId: p.id,
        title: p.title,
        indicators: p.indicators.map((i) => i.indicator),
      })),
    ...wantedSoftware
      .filter((id) => !followedSoftware.has(id))
      .map((id) => seenSoftware.get(id)!)
      .map((s) => ({
        softwareId: s.id,
        title: s.name,
        indicators: s.indicators.map((i) => i.indicator),
      })),
  ];
  const skipped = wanted.length + wantedSoftware.length - items.length;
  if (items.length === 0) return refused(409, "visits.error.alreadyConverted");

  const levels = await latestLevels(
    visit.visitorRegionCode,
    items.flatMap((i) => i.indicators),
  );
  const groups: SeenItem[][] = input.mode === "combined" ? [items] : items.map((item) => [item]);
  const drafts = groups.map((group) => ({
    title: truncate(group.map((i) => i.title).join(" + ")),
    adopterRegionCode: visit.visitorRegionCode,
    mentorRegionCode: visit.hostRegionCode,
    visitId: visit.id,
    practiceId: group.find((i) => i.practiceId)?.practiceId,
    softwareIds: group
      .flatMap((i) => (i.softwareId ? [i.softwareId] : []))
      .slice(0, COMMITMENT_SOFTWARE_MAX),
    indicators: targetsOf(
      group.flatMap((i) => i.indicators),
      levels,
    ),
    visibility: "MEMBERS",
  }));
  // A combined draft replicates one practice (the model holds one); the others are in its title.
  const ids: string[] = [];
  for (const draft of drafts) {
    const result = await createDraftCommitment(actor, draft, origin);
    if (!result.ok) return ids.length === 0 ? result : { ok: true, ids, skipped };
    ids.push(result.id);
  }
  await recordAudit({
    actor,
    action: "visit.converted",
    entityType: "StudyVisit",
    entityId: visit.id,
    regionCode: visit.visitorRegionCode,
    details: { mode: input.mode, commitmentIds: ids, skipped },
    ...origin,
  });
  return { ok: true, ids, skipped };
}
