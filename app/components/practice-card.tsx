import { Link } from "@remix-run/react";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { stageLabelKey, type StoredStage } from "~/modules/practices/practice.schema";
import { DemoBadge } from "./demo-badge";

export interface PracticeCardData {
  slug: string;
  title: string;
  summary: string;
  isDemo: boolean;
  year: number;
  stage: StoredStage;
  region: { code: string; name: string };
  indicators: Array<{ indicator: { number: number; title: string; titleEn: string } }>;
}

export function PracticeCard({ practice }: { practice: PracticeCardData }) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  return (
    <li className="card practice-card">
      <h2 className="card-title">
        <Link to={`/practices/${practice.slug}`}>{practice.title}</Link>{" "}
        {practice.isDemo ? <DemoBadge /> : null}
      </h2>
      <p className="muted">
        {practice.region.name} · {practice.year} · {t(stageLabelKey(practice.stage))}
      </p>
      <p>{practice.summary}</p>
      {practice.indicators.length ? (
        <ul className="chips" aria-label={t("practice.indicators")}>
          {/* By number: the stored order is that of the indicators' ids, strings ("10" < "4"). */}
          {[...practice.indicators]
            .sort((a, b) => a.indicator.number - b.indicator.number)
            .map(({ indicator }) => (
              <li key={indicator.number} className="chip chip-named">
                {t("browse.indicatorChip", {
                  number: indicator.number,
                  name: en ? indicator.titleEn : indicator.title,
                })}
              </li>
            ))}
        </ul>
      ) : null}
    </li>
  );
}
