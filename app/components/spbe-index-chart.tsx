import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { localeOf } from "~/i18n/languages";

export interface IndexPoint {
  year: number;
  index: number;
  source: string;
  isDemo: boolean;
}

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { top: 16, right: 16, bottom: 32, left: 40 };
const SCALE_MAX = 5;

/** An SPBE index history as an SVG line chart, with the same figures in a table beside it. */
export function SpbeIndexChart({ points }: { points: IndexPoint[] }) {
  const t = useTranslate();
  const language = useLanguage();
  const format = new Intl.NumberFormat(localeOf(language), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  if (points.length === 0) {
    return <p className="empty-state">{t("region.indexEmpty")}</p>;
  }
  const years = points.map((point) => point.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (year: number) =>
    PAD.left +
    (maxYear === minYear ? innerWidth / 2 : ((year - minYear) / (maxYear - minYear)) * innerWidth);
  const y = (value: number) => PAD.top + innerHeight - (value / SCALE_MAX) * innerHeight;
  const path = points
    .map(
      (point, i) =>
        `${i === 0 ? "M" : "L"}${x(point.year).toFixed(1)},${y(point.index).toFixed(1)}`,
    )
    .join(" ");
  const summary = points.map((point) => `${point.year}: ${format.format(point.index)}`).join(", ");
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t("region.indexChartLabel", { summary })}
      >
        {[0, 1, 2, 3, 4, 5].map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              className="chart-grid"
            />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" className="chart-label">
              {tick}
            </text>
          </g>
        ))}
        {points.map((point) => (
          <text
            key={point.year}
            x={x(point.year)}
            y={HEIGHT - 8}
            textAnchor="middle"
            className="chart-label"
          >
            {point.year}
          </text>
        ))}
        <path d={path} className="chart-line" />
        {points.map((point) => (
          <circle
            key={point.year}
            cx={x(point.year)}
            cy={y(point.index)}
            r={5}
            className="chart-point"
          />
        ))}
      </svg>
      <figcaption>
        <table className="compact-table">
          <caption className="visually-hidden">{t("region.indexTableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("region.year")}</th>
              <th scope="col">{t("region.index")}</th>
              <th scope="col">{t("region.source")}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.year}>
                <td>{point.year}</td>
                <td>{format.format(point.index)}</td>
                <td>
                  {point.source}
                  {point.isDemo ? ` (${t("demo.label")})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
