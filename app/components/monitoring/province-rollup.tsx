// The province page's roll-ups: the province's public figures beside the national ones, and the
// members-level figures for whom the policy shows them (app/modules/monitoring/province.server.ts).
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type {
  MembersRollup,
  ParticipationRollup,
  ProvinceView,
} from "~/modules/monitoring/province.server";
import { PARTICIPATION_STATUSES } from "~/modules/monitoring/participation-status";
import { ScrollTable } from "~/components/scroll-table";

function useFormats() {
  const language = useLanguage();
  const locale = localeOf(language);
  return {
    count: new Intl.NumberFormat(locale),
    percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }),
    date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }),
  };
}

export function ProvinceRollup({
  provinceName,
  rollup,
  year,
}: {
  provinceName: string;
  rollup: ProvinceView["rollup"];
  year: number;
}) {
  const t = useTranslate();
  const { count, percent } = useFormats();
  const rows: Array<{ key: string; label: string; value: (r: ParticipationRollup) => string }> = [
    { key: "regions", label: t("province.row.regions"), value: (r) => count.format(r.regions) },
    ...PARTICIPATION_STATUSES.map((status) => ({
      key: status,
      label: t("province.row.status", {
        status: t(`participation.status.${status}` as MessageKey),
      }),
      value: (r: ParticipationRollup) => count.format(r.statuses[status]),
    })),
    {
      key: "practices",
      label: t("province.row.practices"),
      value: (r) => count.format(r.practices),
    },
    { key: "software", label: t("province.row.software"), value: (r) => count.format(r.software) },
    {
      key: "active",
      label: t("province.row.active"),
      value: (r) => count.format(r.commitments.active),
    },
    {
      key: "verified",
      label: t("province.row.verified"),
      value: (r) => count.format(r.commitments.verified),
    },
    {
      key: "stalled",
      label: t("province.row.stalled"),
      value: (r) => count.format(r.commitments.stalled),
    },
    {
      key: "evidence",
      label: t("province.row.evidence", { year: String(year) }),
      value: (r) => percent.format(r.averageEvidenceCompleteness),
    },
  ];
  return (
    <ScrollTable label={t("province.rollupTable")}>
      <table className="rollup-table">
        <thead>
          <tr>
            <th scope="col">{t("province.col.figure")}</th>
            <th scope="col">{provinceName}</th>
            <th scope="col">{t("province.col.national")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-figure={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.value(rollup.province)}</td>
              <td>{row.value(rollup.national)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function MembersRollupTable({
  provinceName,
  rollup,
}: {
  provinceName: string;
  rollup: { province: MembersRollup; national: MembersRollup | null };
}) {
  const t = useTranslate();
  const { count, date } = useFormats();
  const hidden = t("province.nationalHidden");
  const rows: Array<{ key: string; label: string; value: (r: MembersRollup) => string }> = [
    {
      key: "activeMembers",
      label: t("province.row.activeMembers"),
      value: (r) => count.format(r.activeMembers),
    },
    {
      key: "regionsWithActiveMembers",
      label: t("province.row.regionsWithActiveMembers"),
      value: (r) => count.format(r.regionsWithActiveMembers),
    },
    {
      key: "lastActivity",
      label: t("province.row.lastActivity"),
      value: (r) =>
        r.lastActivityAt ? date.format(new Date(r.lastActivityAt)) : t("province.never"),
    },
  ];
  return (
    <ScrollTable label={t("province.membersTable")}>
      <table className="rollup-table">
        <thead>
          <tr>
            <th scope="col">{t("province.col.figure")}</th>
            <th scope="col">{provinceName}</th>
            <th scope="col">{t("province.col.national")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-figure={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.value(rollup.province)}</td>
              <td>{rollup.national ? row.value(rollup.national) : hidden}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
