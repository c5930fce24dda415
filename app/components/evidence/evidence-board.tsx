import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { BoardIndicator, EvidenceBoard } from "~/modules/evidence/evidence-queries.server";
import type { ReadinessState } from "~/modules/evidence/readiness";
import type { EvidenceReadinessView } from "~/modules/evidence/readiness.server";

/** The region's evidence per indicator, grouped by domain and aspect; one row per indicator. */
export function EvidenceBoardList({
  board,
  readiness,
}: {
  board: EvidenceBoard;
  /** The year's readiness per claimed indicator, when the viewer may read the self-assessment. */
  readiness: EvidenceReadinessView | null;
}) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  const stateOf = new Map(readiness?.indicators.map((i) => [i.number, i.state]) ?? []);
  const label = (item: { title: string; titleEn: string }) => (en ? item.titleEn : item.title);
  return (
    <>
      {board.domains.map((domain) => (
        <section
          key={domain.number}
          className="evidence-domain"
          aria-labelledby={`domain-${domain.number}`}
        >
          <h2 id={`domain-${domain.number}`}>
            {t("evidence.board.domain", { number: domain.number, title: label(domain) })}
          </h2>
          {domain.aspects.map((aspect) => (
            <section
              key={aspect.number}
              className="evidence-aspect"
              aria-labelledby={`aspect-${aspect.number}`}
            >
              <h3 id={`aspect-${aspect.number}`}>
                {t("evidence.board.aspect", { number: aspect.number, title: label(aspect) })}
              </h3>
              <ul className="evidence-rows">
                {aspect.indicators.map((indicator) => (
                  <EvidenceBoardRow
                    key={indicator.number}
                    indicator={indicator}
                    regionCode={board.region.code}
                    year={board.year}
                    mayWrite={board.may.write}
                    readiness={readiness ? (stateOf.get(indicator.number) ?? null) : undefined}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}

function EvidenceBoardRow({
  indicator,
  regionCode,
  year,
  mayWrite,
  readiness,
}: {
  indicator: BoardIndicator;
  regionCode: string;
  year: number;
  mayWrite: boolean;
  /** null: the indicator is not rated; undefined: no readable self-assessment this year. */
  readiness?: ReadinessState | null;
}) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  const claimed =
    indicator.claimed === "hidden"
      ? t("evidence.board.claimedHidden")
      : indicator.claimed === null
        ? t("evidence.board.claimedNone")
        : String(indicator.claimed);
  return (
    <li className="evidence-row" id={`indicator-${indicator.number}`}>
      <p className="evidence-row-title">
        <Link to={`/spbe/indicators/${indicator.number}`}>
          {indicator.number}. {en ? indicator.titleEn : indicator.title}
        </Link>
      </p>
      <dl className="evidence-row-facts">
        <div>
          <dt>{t("evidence.board.claimed")}</dt>
          <dd>{claimed}</dd>
        </div>
        <div>
          <dt>{t("evidence.board.count", { count: indicator.records.length })}</dt>
          <dd>
            {indicator.records.length === 0 ? (
              t("evidence.board.noEvidence")
            ) : (
              <ul className="plain-list">
                {indicator.records.map((record) => (
                  <li key={record.id}>
                    <Link to={`/evidence/${record.id}`}>{record.title}</Link>{" "}
                    <span className="muted">
                      · {t("evidence.view.level")} {record.level} ·{" "}
                      {t(`evidence.visibility.short.${record.visibility}`)}
                    </span>{" "}
                    {record.isDemo ? <DemoBadge /> : null}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("evidence.board.latestReview")}</dt>
          <dd>
            {indicator.latestReview
              ? t(`evidence.review.${indicator.latestReview}`)
              : t("evidence.board.noEvidence")}
          </dd>
        </div>
        {readiness !== undefined ? (
          <div>
            <dt>{t("evidenceReadiness.column")}</dt>
            <dd>
              {readiness ? (
                <span className={`readiness-state readiness-${readiness}`}>
                  {t(`evidenceReadiness.state.${readiness}`)}
                </span>
              ) : (
                t("evidence.board.claimedNone")
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {mayWrite ? (
        <p className="evidence-row-add">
          <Link
            to={`/regions/${regionCode}/evidence/${year}/new?indicator=${indicator.number}`}
            aria-label={t("evidence.board.addFor", { number: indicator.number })}
          >
            {t("evidence.board.add")}
          </Link>
        </p>
      ) : null}
    </li>
  );
}
