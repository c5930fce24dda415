// The province's kabupaten/kota with the public participation figures (the figure catalogue's
// public figures, the columns of /partisipasi), and the members-level columns when the viewer may
// read them. Each header carries its definition ("Apa artinya?").
import { Link } from "@remix-run/react";
import { FigureHeader } from "~/components/monitoring/figure-help";
import { ScrollTable } from "~/components/scroll-table";
import { localeOf } from "~/i18n/languages";
import type { MessageKey, Translate } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import {
  FIGURES,
  figure,
  type FigureDefinitionParams,
  type FigureId,
} from "~/modules/monitoring/figures";
import type { ProvinceRegionRow } from "~/modules/monitoring/province.server";

const PUBLIC_COLUMNS: readonly FigureId[] = FIGURES.filter((f) => f.level === "public").map(
  (f) => f.id,
);

function valueAt(row: ProvinceRegionRow, id: FigureId): unknown {
  let value: unknown = figure(id).level === "public" ? row : row.members;
  for (const part of id.split(".")) value = (value as Record<string, unknown> | null)?.[part];
  return value;
}

/** A figure's value as the reader writes it: counts and shares in the locale, dates, statuses. */
function cellText(
  t: Translate,
  formats: { count: Intl.NumberFormat; percent: Intl.NumberFormat; date: Intl.DateTimeFormat },
  id: FigureId,
  value: unknown,
): string {
  if (value === null || value === undefined) {
    return figure(id).kind === "date" ? t("province.never") : "—";
  }
  switch (figure(id).kind) {
    case "count":
      return formats.count.format(Number(value));
    case "share":
      return formats.percent.format(Number(value));
    case "date":
      return formats.date.format(new Date(String(value)));
    case "status":
      return t(`participation.status.${String(value)}` as MessageKey);
    default:
      return String(value);
  }
}

export function ProvinceRegionsTable({
  provinceName,
  regions,
  memberColumns,
  figureParams,
}: {
  provinceName: string;
  regions: ProvinceRegionRow[];
  /** The members-level figures to show (none without the right to read them). */
  memberColumns: readonly FigureId[];
  figureParams: FigureDefinitionParams;
}) {
  const t = useTranslate();
  const locale = localeOf(useLanguage());
  const formats = {
    count: new Intl.NumberFormat(locale),
    percent: new Intl.NumberFormat(locale, { style: "percent" }),
    date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }),
  };
  const columns = [...PUBLIC_COLUMNS, ...memberColumns];
  return (
    <ScrollTable label={t("province.regionsTable", { name: provinceName })}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("participation.col.region")}</th>
            {columns.map((id) => (
              <FigureHeader key={id} id={id} params={figureParams} />
            ))}
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link to={`/regions/${r.code}`}>{r.name}</Link>
              </th>
              {columns.map((id) => (
                <td key={id}>{cellText(t, formats, id, valueAt(r, id))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
