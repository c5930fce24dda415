// A region's key participation figures on its page, each saying what it counts, with the date
// they were computed; in print the page's one-page report leads with them (styles/print.css), and
// the date the report was printed.
import { Link } from "@remix-run/react";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { figure, type FigureId } from "~/modules/monitoring/figures";
import type { RegionKeyFigures } from "~/modules/monitoring/region-report.server";

export function RegionKeyFiguresSection({ report }: { report: RegionKeyFigures }) {
  const t = useTranslate();
  const language = useLanguage();
  const year = String(report.year);
  const percent = new Intl.NumberFormat(localeOf(language), {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const date = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "long",
    timeZone: "Asia/Jakarta",
  }).format(new Date(report.generatedAt));
  const f = report.figures;
  const rows: Array<[FigureId, string]> = [
    ["status", t(`participation.status.${f.status}` as MessageKey)],
    ["practices", String(f.practices)],
    ["software", String(f.software)],
    ["commitments.active", String(f.commitments.active)],
    ["commitments.verified", String(f.commitments.verified)],
    ["commitments.stalled", String(f.commitments.stalled)],
    ["evidenceCompleteness", percent.format(f.evidenceCompleteness)],
  ];
  return (
    <section className="section region-key-figures" aria-labelledby="key-figures-title">
      <p className="print-only region-printed">{t("regionReport.printed", { date })}</p>
      <h2 id="key-figures-title">{t("regionReport.figuresTitle")}</h2>
      <dl className="facts key-figures">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(figure(key).label, { year })}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        {t("regionReport.figuresNote", { date })}{" "}
        <Link to="/partisipasi" className="screen-only">
          {t("figure.help")}
        </Link>
      </p>
    </section>
  );
}
