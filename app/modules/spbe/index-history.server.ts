// A region's SPBE index over the years for its page's chart: the official results (public) and the
// submitted or locked self-assessments, computed from the framework, for viewers who may read them
// (the self-assessment's own visibility: members). Drafts are never shown.
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import type { Translate } from "~/i18n/translate";
import type { IndexChartPoint } from "~/modules/charts/index-line-chart.server";
import type { RegionProfile } from "~/modules/regions/regions.server";
import { computeIndex } from "./scoring";
import { assessmentVisibility } from "./self-assessment.server";
import { DEFAULT_FRAMEWORK_ID, getFrameworkOverview } from "./spbe.server";

export async function indexHistoryPoints(options: {
  region: Pick<RegionProfile, "code" | "indexHistory">;
  viewer: Actor | null;
  t: Translate;
  frameworkId?: string;
}): Promise<IndexChartPoint[]> {
  const { region, viewer, t } = options;
  const frameworkId = options.frameworkId ?? DEFAULT_FRAMEWORK_ID;
  const official: IndexChartPoint[] = region.indexHistory
    .filter((score) => score.frameworkId === frameworkId)
    .map((score) => ({
      year: score.year,
      index: score.index,
      series: "official",
      source: score.source,
      isDemo: score.isDemo,
    }));
  const readable = can(viewer, "record:read", {
    regionCode: region.code,
    visibility: assessmentVisibility("SUBMITTED"),
  });
  if (!readable) return official;
  const [framework, assessments] = await Promise.all([
    getFrameworkOverview(frameworkId),
    db().selfAssessment.findMany({
      where: { regionCode: region.code, frameworkId, status: { in: ["SUBMITTED", "LOCKED"] } },
      orderBy: { year: "asc" },
      select: {
        year: true,
        status: true,
        isDemo: true,
        levels: { select: { indicatorNumber: true, level: true } },
      },
    }),
  ]);
  if (!framework) return official;
  const self: IndexChartPoint[] = assessments.map((a) => ({
    year: a.year,
    index: computeIndex(framework, new Map(a.levels.map((l) => [l.indicatorNumber, l.level])))
      .index,
    series: "self",
    source: t("charts.index.selfSource", {
      status: t(
        a.status === "LOCKED" ? "charts.index.status.LOCKED" : "charts.index.status.SUBMITTED",
      ),
    }),
    isDemo: a.isDemo,
  }));
  return [...official, ...self];
}
