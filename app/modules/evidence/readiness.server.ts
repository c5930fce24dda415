// Evidence readiness of a region's self-assessment year, for what the viewer may read: the claimed
// levels (a draft for the region and the centre, a submitted year for members) against the
// evidence records the viewer may see. The arithmetic is readiness.ts; this file loads the rows.
import { can, privateRegionsVisibleTo, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { assessmentVisibility } from "~/modules/spbe/self-assessment.server";
import {
  DEFAULT_FRAMEWORK_ID,
  getFrameworkOverview,
  type FrameworkOverview,
} from "~/modules/spbe/spbe.server";
import { dayOfDate, todayInWib } from "~/utils/calendar";
import { evidenceVisibleTo } from "./evidence-access.server";
import { computeReadiness, type ReadinessEvidence, type ReadinessResult } from "./readiness";

/** The region's records for a year the viewer may see, by indicator number. */
export async function evidenceByIndicator(
  regionCode: string,
  year: number,
  viewer: Actor | null,
  frameworkId = DEFAULT_FRAMEWORK_ID,
): Promise<Map<number, ReadinessEvidence[]>> {
  const rows = await db().evidenceIndicator.findMany({
    where: { evidence: { regionCode, frameworkId, year, ...evidenceVisibleTo(viewer) } },
    select: {
      indicator: { select: { number: true } },
      evidence: { select: { level: true, reviewState: true, expiresOn: true } },
    },
  });
  const byNumber = new Map<number, ReadinessEvidence[]>();
  for (const { indicator, evidence } of rows) {
    const list = byNumber.get(indicator.number) ?? [];
    list.push({
      level: evidence.level,
      reviewState: evidence.reviewState,
      expiresOn: dayOfDate(evidence.expiresOn),
    });
    byNumber.set(indicator.number, list);
  }
  return byNumber;
}

/** How many of the region's records for the year the viewer may see, per indicator number. */
export async function evidenceCountsByIndicator(
  regionCode: string,
  year: number,
  viewer: Actor | null,
  frameworkId = DEFAULT_FRAMEWORK_ID,
): Promise<Map<number, number>> {
  const byNumber = await evidenceByIndicator(regionCode, year, viewer, frameworkId);
  return new Map([...byNumber].map(([number, list]) => [number, list.length]));
}

export interface EvidenceReadinessView extends ReadinessResult {
  asOf: string;
  /** False when some of the region's records may be hidden from the viewer. */
  allEvidence: boolean;
}

/**
 * The readiness of a region's year, or null when there is no self-assessment the viewer may read.
 * `asOf` is the day expiry is judged on (default today in WIB; the evaluation date when known).
 */
export async function getEvidenceReadiness(input: {
  regionCode: string;
  year: number;
  viewer: Actor | null;
  frameworkId?: string;
  asOf?: string;
}): Promise<EvidenceReadinessView | null> {
  const frameworkId = input.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  const assessment = await db().selfAssessment.findUnique({
    where: {
      regionCode_frameworkId_year: {
        regionCode: input.regionCode,
        frameworkId,
        year: input.year,
      },
    },
    select: { status: true, levels: { select: { indicatorNumber: true, level: true } } },
  });
  if (
    !assessment ||
    !can(input.viewer, "record:read", {
      regionCode: input.regionCode,
      visibility: assessmentVisibility(assessment.status),
    })
  )
    return null;
  const [framework, evidence] = await Promise.all([
    getFrameworkOverview(frameworkId),
    evidenceByIndicator(input.regionCode, input.year, input.viewer, frameworkId),
  ]);
  if (!framework) return null;
  return readinessView({
    regionCode: input.regionCode,
    viewer: input.viewer,
    framework,
    claimed: new Map(assessment.levels.map((l) => [l.indicatorNumber, l.level])),
    evidence,
    asOf: input.asOf,
  });
}

/** The readiness view from rows already loaded (the evidence board reads them once for both). */
export function readinessView(input: {
  regionCode: string;
  viewer: Actor | null;
  framework: FrameworkOverview;
  claimed: Map<number, number>;
  evidence: Map<number, ReadinessEvidence[]>;
  asOf?: string;
}): EvidenceReadinessView {
  const asOf = input.asOf ?? todayInWib();
  const regions = privateRegionsVisibleTo(input.viewer);
  return {
    ...computeReadiness(input.framework, input.claimed, input.evidence, asOf),
    asOf,
    allEvidence: regions === "all" || regions.includes(input.regionCode),
  };
}
