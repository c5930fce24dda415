// The province page's roll-ups: the province's public figures beside the national ones (counts per
// status, sums of the count figures, means of the shares), and the members-level figures for whom
// the policy shows them (app/modules/monitoring/province.server.ts).
import { FigureHelp } from "~/components/monitoring/figure-help";
import { ScrollTable } from "~/components/scroll-table";
import { localeOf } from "~/i18n/languages";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { figure, type FigureDefinitionParams, type FigureId } from "~/modules/monitoring/figures";
import { PARTICIPATION_STATUSES } from "~/modules/monitoring/participation-status";
import type {
  MembersRollup,
  ParticipationRollup,
  ProvinceView,
} from "~/modules/monitoring/province.server";

function useFormats() {
  const locale = localeOf(useLanguage());
  return {
    count: new Intl.NumberFormat(locale),
    percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }),
    date: new Intl.DateTimeFormat(locale, { dateStyle: "medium" }),
  };
}

interface RollupRow<R> {
  key: string;
  label: string;
  /** The figure whose definition the row's "?" opens. */
  help?: FigureId;
  value: (rollup: R) => string;
}

function RollupTable<R>({
  label,
  provinceName,
  rows,
  province,
  national,
  figureParams,
}: {
  label: string;
  provinceName: string;
  rows: Array<RollupRow<R>>;
  province: R;
  national: R | null;
  figureParams: FigureDefinitionParams;
}) {
  const t = useTranslate();
  return (
    <ScrollTable label={label}>
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
              <th scope="row">
                {row.label}
                {row.help ? (
                  <>
                    {" "}
                    <FigureHelp id={row.help} params={figureParams} compact />
                  </>
                ) : null}
              </th>
              <td>{row.value(province)}</td>
              <td>{national ? row.value(national) : t("province.nationalHidden")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function ProvinceRollup({
  provinceName,
  rollup,
  figureParams,
}: {
  provinceName: string;
  rollup: ProvinceView["rollup"];
  figureParams: FigureDefinitionParams;
}) {
  const t = useTranslate();
  const { count, percent } = useFormats();
  const labelOf = (id: FigureId) => t(figure(id).label, figureParams);
  const rows: Array<RollupRow<ParticipationRollup>> = [
    { key: "regions", label: t("province.row.regions"), value: (r) => count.format(r.regions) },
    ...PARTICIPATION_STATUSES.map((status) => ({
      key: status,
      label: t("province.row.status", {
        status: t(`participation.status.${status}` as MessageKey),
      }),
      help: "status" as const,
      value: (r: ParticipationRollup) => count.format(r.statuses[status]),
    })),
    ...Object.keys(rollup.province.sums).map((id) => ({
      key: id,
      label: t("province.row.sum", { label: labelOf(id as FigureId) }),
      help: id as FigureId,
      value: (r: ParticipationRollup) => count.format(r.sums[id as FigureId] ?? 0),
    })),
    ...Object.keys(rollup.province.averages).map((id) => ({
      key: id,
      label: t("province.row.average", { label: labelOf(id as FigureId) }),
      help: id as FigureId,
      value: (r: ParticipationRollup) => percent.format(r.averages[id as FigureId] ?? 0),
    })),
  ];
  return (
    <RollupTable
      label={t("province.rollupTable")}
      provinceName={provinceName}
      rows={rows}
      province={rollup.province}
      national={rollup.national}
      figureParams={figureParams}
    />
  );
}

export function MembersRollupTable({
  provinceName,
  rollup,
  figureParams,
}: {
  provinceName: string;
  rollup: { province: MembersRollup; national: MembersRollup | null };
  figureParams: FigureDefinitionParams;
}) {
  const t = useTranslate();
  const { count, date } = useFormats();
  const rows: Array<RollupRow<MembersRollup>> = [
    {
      key: "activeMembers",
      label: t("province.row.sum", { label: t(figure("activeMembers").label, figureParams) }),
      help: "activeMembers",
      value: (r) => count.format(r.activeMembers),
    },
    {
      key: "regionsWithActiveMembers",
      label: t("province.row.regionsWithActiveMembers"),
      value: (r) => count.format(r.regionsWithActiveMembers),
    },
    {
      key: "lastActivityAt",
      label: t("province.row.lastActivity"),
      help: "lastActivityAt",
      value: (r) =>
        r.lastActivityAt ? date.format(new Date(r.lastActivityAt)) : t("province.never"),
    },
  ];
  return (
    <RollupTable
      label={t("province.membersTable")}
      provinceName={provinceName}
      rows={rows}
      province={rollup.province}
      national={rollup.national}
      figureParams={figureParams}
    />
  );
}
