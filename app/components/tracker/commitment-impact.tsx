// What a commitment changed on its target indicators and the SPBE index, before and after
// (app/modules/tracker/impact.server.ts): lines for "sudah ditiru oleh" and the commitment page.
import { Link } from "@remix-run/react";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type {
  CommitmentImpact,
  IndexChange,
  IndicatorChange,
} from "~/modules/tracker/impact.server";

function IndicatorLine({ change }: { change: IndicatorChange }) {
  const t = useTranslate();
  const parts: string[] = [];
  if (change.selfBefore || change.selfAfter) {
    parts.push(
      t("replications.levelSelf", {
        before: String(change.selfBefore?.value ?? change.baselineLevel ?? "–"),
        after: change.selfAfter ? String(change.selfAfter.value) : t("replications.noAfter"),
      }) +
        (change.selfBefore && change.selfAfter
          ? ` ${t("replications.levelYears", { from: String(change.selfBefore.year), to: String(change.selfAfter.year) })}`
          : ""),
    );
  }
  if (change.officialBefore && change.officialAfter) {
    parts.push(
      `${t("replications.levelOfficial", {
        before: String(change.officialBefore.value),
        after: String(change.officialAfter.value),
      })} ${t("replications.levelYears", { from: String(change.officialBefore.year), to: String(change.officialAfter.year) })}`,
    );
  }
  if (parts.length === 0)
    parts.push(
      t("replications.baselineTarget", {
        baseline: String(change.baselineLevel ?? "–"),
        target: String(change.targetLevel),
      }),
    );
  return (
    <li>
      <Link to={`/spbe/indicators/${change.number}`}>
        {t("replications.indicator", { number: String(change.number) })}
      </Link>
      : {parts.join("; ")}
    </li>
  );
}

function IndexLine(props: { change: IndexChange; label: MessageKey }) {
  const t = useTranslate();
  const language = useLanguage();
  const { before, after, gained } = props.change;
  if (!before || !after || gained === null) return null;
  const number = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const signed = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  return (
    <li>
      {t(props.label, {
        before: number.format(before.value),
        after: number.format(after.value),
        gained: signed.format(gained),
      })}{" "}
      {t("replications.levelYears", { from: String(before.year), to: String(after.year) })}
    </li>
  );
}

export function ImpactLines({ impact }: { impact: CommitmentImpact }) {
  return (
    <ul className="plain-list impact-list">
      {impact.indicators.map((change) => (
        <IndicatorLine key={change.number} change={change} />
      ))}
      <IndexLine change={impact.selfIndex} label="replications.indexSelf" />
      <IndexLine change={impact.officialIndex} label="replications.indexOfficial" />
    </ul>
  );
}

/** The commitment page's box: the levels before and after, and what "before" means. */
export function CommitmentImpact({ impact }: { impact: CommitmentImpact }) {
  const t = useTranslate();
  return (
    <section className="aside-box" aria-labelledby="impact-title">
      <h2 id="impact-title">{t("replications.impactTitle")}</h2>
      <ImpactLines impact={impact} />
      {!impact.selfAssessedReadable ? (
        <p className="muted">{t("replications.selfHidden")}</p>
      ) : null}
      <p className="muted small">{t("replications.impactWhat")}</p>
    </section>
  );
}
