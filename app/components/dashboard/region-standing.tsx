// The secretary's view of their region on /dashboard: the next steps first (readable on a phone
// without scrolling far), then the region against its cohort and province, its commitments with
// their due dates, and its evidence readiness for the year.
import { Link } from "@remix-run/react";
import { EvidenceReadinessSummary } from "~/components/evidence-review/evidence-readiness-summary";
import { useTranslate } from "~/i18n/use-translate";
import type { RegionStanding } from "~/modules/monitoring/region-standing.server";
import { NextActions } from "./next-actions";
import { StandingComparison } from "./standing-comparison";
import { StandingCommitments } from "./standing-commitments";

export function RegionStandingSection({
  standing,
  waitingCount,
}: {
  standing: RegionStanding;
  waitingCount: number;
}) {
  const t = useTranslate();
  const year = String(standing.year);
  return (
    <div className="region-standing">
      <NextActions standing={standing} waitingCount={waitingCount} />
      <StandingComparison standing={standing} />
      <StandingCommitments standing={standing} />
      {standing.readiness ? (
        <EvidenceReadinessSummary
          readiness={standing.readiness}
          boardHref={`/regions/${standing.region.code}/evidence/${standing.year}`}
        />
      ) : (
        <section aria-labelledby="readiness-title" className="section">
          <h2 id="readiness-title">{t("evidenceReadiness.title")}</h2>
          <p className="empty-state">
            {t("regionStanding.noAssessment", { year })}{" "}
            <Link to={`/regions/${standing.region.code}/self-assessments/${standing.year}`}>
              {t("regionStanding.noAssessmentLink", { year })}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
