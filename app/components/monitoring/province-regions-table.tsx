// The province's kabupaten/kota with the public participation figures (the columns of
// /partisipasi), and the members-level columns when the viewer may read them.
import { Link } from "@remix-run/react";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { ProvinceRegionRow } from "~/modules/monitoring/province.server";
import { ScrollTable } from "~/components/scroll-table";

export function ProvinceRegionsTable({
  provinceName,
  regions,
  membersLevel,
  year,
}: {
  provinceName: string;
  regions: ProvinceRegionRow[];
  membersLevel: boolean;
  year: number;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const locale = localeOf(language);
  const percent = new Intl.NumberFormat(locale, { style: "percent" });
  const count = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <ScrollTable label={t("province.regionsTable", { name: provinceName })}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("participation.col.region")}</th>
            <th scope="col">{t("participation.col.status")}</th>
            <th scope="col">{t("participation.col.practices")}</th>
            <th scope="col">{t("participation.col.software")}</th>
            <th scope="col">{t("participation.col.active")}</th>
            <th scope="col">{t("participation.col.verified")}</th>
            <th scope="col">{t("participation.col.stalled")}</th>
            <th scope="col">{t("participation.col.evidence", { year: String(year) })}</th>
            {membersLevel ? (
              <>
                <th scope="col">{t("province.col.activeMembers")}</th>
                <th scope="col">{t("province.col.lastActivity")}</th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link to={`/regions/${r.code}`}>{r.name}</Link>
              </th>
              <td>{t(`participation.status.${r.status}` as MessageKey)}</td>
              <td>{count.format(r.practices)}</td>
              <td>{count.format(r.software)}</td>
              <td>{count.format(r.commitments.active)}</td>
              <td>{count.format(r.commitments.verified)}</td>
              <td>{count.format(r.commitments.stalled)}</td>
              <td>{percent.format(r.evidenceCompleteness)}</td>
              {r.members ? (
                <>
                  <td>{count.format(r.members.activeMembers)}</td>
                  <td>
                    {r.members.lastActivityAt
                      ? date.format(new Date(r.members.lastActivityAt))
                      : t("province.never")}
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
