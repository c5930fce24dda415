import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

export interface VisitConversionFigures {
  visits: number;
  visitsWithCommitment: number;
  commitments: number;
  implemented: number;
  verified: number;
  flagged: number;
  includesDemo: boolean;
}

/** A host region's "Kunjungan studi tiru": visits hosted -> commitments -> implemented -> verified. */
export function VisitConversionSection({
  regionCode,
  figures,
}: {
  regionCode: string;
  figures: VisitConversionFigures;
}) {
  const t = useTranslate();
  const steps: Array<{ label: MessageKey; hint: MessageKey; value: number }> = [
    {
      label: "visits.conversion.visits",
      hint: "visits.conversion.visitsHint",
      value: figures.visits,
    },
    {
      label: "visits.conversion.commitments",
      hint: "visits.conversion.commitmentsHint",
      value: figures.commitments,
    },
    {
      label: "visits.conversion.implemented",
      hint: "visits.conversion.implementedHint",
      value: figures.implemented,
    },
    {
      label: "visits.conversion.verified",
      hint: "visits.conversion.verifiedHint",
      value: figures.verified,
    },
  ];
  return (
    <section className="section" aria-labelledby="visit-conversion-title">
      <h2 id="visit-conversion-title">
        {t("visits.conversion.title")} {figures.includesDemo ? <DemoBadge /> : null}
      </h2>
      {figures.visits === 0 ? (
        <p className="empty-state">{t("visits.conversion.none")}</p>
      ) : (
        <>
          <p>{t("visits.conversion.intro")}</p>
          <ol className="stat-grid conversion-steps">
            {steps.map((step) => (
              <li key={step.label}>
                <span className="stat-value">{step.value}</span>
                <strong>{t(step.label)}</strong>
                <span className="muted block">
                  {t(step.hint, { visits: figures.visitsWithCommitment })}
                </span>
              </li>
            ))}
          </ol>
          {figures.flagged > 0 ? (
            <p className="conversion-flagged">
              {t("visits.conversion.flagged", { count: figures.flagged })}
            </p>
          ) : null}
          <p>
            <Link to={`/visits?host=${regionCode}`}>{t("visits.conversion.link")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
