// The evidence readiness of a self-assessment year, shown prominently: "2,1 dari 3,4 poin indeks
// didukung bukti", the share of the index, how many claimed indicators are in each state and
// which ones.
import { Link } from "@remix-run/react";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { formatPoints, READINESS_STATES } from "~/modules/evidence/readiness";
import type { EvidenceReadinessView } from "~/modules/evidence/readiness.server";

export function EvidenceReadinessSummary({
  readiness,
  boardHref,
}: {
  readiness: EvidenceReadinessView;
  boardHref?: string;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const percent = new Intl.NumberFormat(localeOf(language), {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: "long", timeZone: "UTC" });
  const share = readiness.index > 0 ? readiness.backedPoints / readiness.index : 0;
  return (
    <section aria-labelledby="readiness-title" className="section evidence-readiness">
      <h2 id="readiness-title">{t("evidenceReadiness.title")}</h2>
      <p className="lead readiness-figure">
        <strong>
          {t("evidenceReadiness.figure", {
            backed: formatPoints(readiness.backedTenths, language),
            index: formatPoints(readiness.indexTenths, language),
          })}
        </strong>{" "}
        <span className="muted">
          ({t("evidenceReadiness.share", { percent: percent.format(share) })})
        </span>
      </p>
      <meter
        min={0}
        max={Math.max(readiness.index, 0.01)}
        value={readiness.backedPoints}
        aria-labelledby="readiness-title"
        className="readiness-meter"
      />
      <p>{t("evidenceReadiness.counts", readiness.counts)}</p>
      <dl className="readiness-states">
        {READINESS_STATES.map((state) => {
          const numbers = readiness.indicators
            .filter((i) => i.state === state)
            .map((i) => i.number);
          return numbers.length === 0 ? null : (
            <div key={state}>
              <dt className={`readiness-state readiness-${state}`}>
                {t(`evidenceReadiness.state.${state}`)}
              </dt>
              <dd>{numbers.join(", ")}</dd>
            </div>
          );
        })}
      </dl>
      <p className="muted">
        {t("evidenceReadiness.explain", {
          date: date.format(new Date(`${readiness.asOf}T00:00:00Z`)),
        })}
        {readiness.allEvidence ? null : ` ${t("evidenceReadiness.visibleOnly")}`}
      </p>
      {boardHref ? (
        <p>
          <Link to={boardHref}>{t("evidenceReadiness.boardLink")}</Link>
        </p>
      ) : null}
    </section>
  );
}
