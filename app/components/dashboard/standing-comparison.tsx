// "Daerah Anda dibanding rekan": each figure of the region with what it counts, and the average of
// each group it belongs to, named with what the average is over ("rata-rata 27 kabupaten/kota
// Jawa Barat"). A list rather than a table, so nothing is cut at 375 px.
import { DemoBadge } from "~/components/demo-badge";
import { FigureHelp } from "~/components/monitoring/figure-help";
import { figure as catalogue } from "~/modules/monitoring/figures";
import { localeOf, type Language } from "~/i18n/languages";
import type { MessageKey, Translate } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { RegionStanding } from "~/modules/monitoring/region-standing.server";

type Figure = RegionStanding["figures"][number];

function formatterFor(figure: Figure, language: Language, average: boolean) {
  return new Intl.NumberFormat(
    localeOf(language),
    figure.format === "percent"
      ? { style: "percent", maximumFractionDigits: 0 }
      : { maximumFractionDigits: average ? 1 : 0 },
  );
}

function comparedWord(t: Translate, figure: Figure, average: number) {
  const value = figure.value;
  const close = Math.abs(value - average) < (figure.format === "percent" ? 0.005 : 0.05);
  if (close) return t("regionStanding.equal");
  return t(value > average ? "regionStanding.above" : "regionStanding.below");
}

export function StandingComparison({ standing }: { standing: RegionStanding }) {
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Jakarta",
  });
  const lastActivity = standing.lastActivityAt
    ? new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium" }).format(
        new Date(standing.lastActivityAt),
      )
    : t("regionStanding.noActivity");
  const hasCohort = standing.comparisons.some((c) => c.kind === "cohort");
  return (
    <section className="section standing-comparison" aria-labelledby="standing-title">
      <h2 id="standing-title">{t("regionStanding.compareTitle")}</h2>
      <p>
        {t("regionStanding.compareLead", {
          region: standing.region.name,
          date: when.format(new Date(standing.figuresAt)),
        })}
      </p>
      {hasCohort ? null : (
        <p className="muted">{t("regionStanding.noCohort", { region: standing.region.name })}</p>
      )}
      <p className="standing-members">
        <strong>{t("regionStanding.membersTitle")}:</strong>{" "}
        {t("regionStanding.members", {
          status: t(`participation.status.${standing.status}` as MessageKey),
          members: standing.activeMembers,
          date: lastActivity,
        })}
      </p>
      <ul
        className="standing-figures"
        aria-label={t("regionStanding.compareCaption", { region: standing.region.name })}
      >
        {standing.figures.map((figure) => {
          const own = formatterFor(figure, language, false);
          const avg = formatterFor(figure, language, true);
          return (
            <li key={figure.id} className="standing-figure card">
              <p className="standing-figure-name">
                <strong>{t(catalogue(figure.id).label, standing.definitionParams)}</strong>
                <span className="standing-value">{own.format(figure.value)}</span>
              </p>
              {figure.lowerIsBetter ? (
                <p className="muted standing-counts">{t("regionStanding.lowerIsBetter")}</p>
              ) : null}
              <FigureHelp id={figure.id} params={standing.definitionParams} />
              <ul className="plain-list standing-averages">
                {standing.comparisons.map((comparison, i) => {
                  const average = figure.averages[i] ?? 0;
                  return (
                    <li key={`${comparison.kind}-${comparison.name}`}>
                      {t(`regionStanding.average.${comparison.kind}`, {
                        count: comparison.regionCount,
                        name: language === "id" ? comparison.name : comparison.nameEn,
                      })}
                      {/* A demo cohort's own name says so ("... (contoh/demo)"); others get the badge. */}
                      {comparison.isDemo && !/demo/i.test(comparison.name) ? (
                        <>
                          {" "}
                          <DemoBadge />
                        </>
                      ) : null}
                      : <strong>{avg.format(average)}</strong>{" "}
                      <span className="muted">({comparedWord(t, figure, average)})</span>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
