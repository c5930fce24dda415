import { Form } from "@remix-run/react";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { COMMITMENT_STATUSES } from "~/modules/tracker/commitment-status";

type Named = { code: string; name: string };

export const TRACKER_FILTER_KEYS = [
  "province",
  "region",
  "mentor",
  "status",
  "indicator",
  "stalled",
  "overdue",
] as const;

/** The label of each filter, as the notice about an ignored one names it. */
export const TRACKER_FILTER_LABELS: Record<string, MessageKey> = {
  province: "practices.field.province",
  region: "trackerViews.field.adopter",
  mentor: "trackerViews.field.mentor",
  status: "trackerViews.field.status",
  indicator: "practices.field.indicator",
  stalled: "trackerViews.field.stalled",
  overdue: "trackerViews.field.overdue",
  page: "trackerViews.field.page",
  limit: "trackerViews.field.limit",
};

export interface TrackerFilterValues {
  province?: string;
  region?: string;
  mentor?: string;
  status?: string;
  indicator?: number;
  stalled?: boolean;
  overdue?: boolean;
}

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: MessageKey;
  value: string;
  options: Array<{ value: string; label: string }>;
}) {
  const t = useTranslate();
  return (
    <div className="field">
      <label htmlFor={`t-${name}`}>{t(label)}</label>
      <select id={`t-${name}`} name={name} defaultValue={value}>
        <option value="">{t("practices.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TrackerFilters({
  query,
  choices,
  indicators,
}: {
  query: TrackerFilterValues;
  choices: { provinces: Named[]; adopters: Named[]; mentors: Named[] };
  indicators: Array<{ number: number; title: string; titleEn: string }>;
}) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  const named = (list: Named[]) => list.map((r) => ({ value: r.code, label: r.name }));
  const yesNo = [
    { value: "true", label: t("trackerViews.yes") },
    { value: "false", label: t("trackerViews.no") },
  ];
  const flag = (value: boolean | undefined) => (value === undefined ? "" : String(value));
  return (
    <FilterDisclosure
      activeCount={countActive(query as Record<string, unknown>, TRACKER_FILTER_KEYS)}
    >
      <Form method="get" className="filter-grid" aria-label={t("trackerViews.filterLabel")}>
        <Select
          name="province"
          label="practices.field.province"
          value={query.province ?? ""}
          options={named(choices.provinces)}
        />
        <Select
          name="region"
          label="trackerViews.field.adopter"
          value={query.region ?? ""}
          options={named(choices.adopters)}
        />
        <Select
          name="mentor"
          label="trackerViews.field.mentor"
          value={query.mentor ?? ""}
          options={named(choices.mentors)}
        />
        <Select
          name="status"
          label="trackerViews.field.status"
          value={query.status ?? ""}
          options={COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`tracker.status.${s}`) }))}
        />
        <Select
          name="indicator"
          label="practices.field.indicator"
          value={query.indicator === undefined ? "" : String(query.indicator)}
          options={indicators.map((i) => ({
            value: String(i.number),
            label: t("browse.indicatorChip", { number: i.number, name: en ? i.titleEn : i.title }),
          }))}
        />
        <Select
          name="stalled"
          label="trackerViews.field.stalled"
          value={flag(query.stalled)}
          options={yesNo}
        />
        <Select
          name="overdue"
          label="trackerViews.field.overdue"
          value={flag(query.overdue)}
          options={yesNo}
        />
        <button type="submit" className="button">
          {t("regions.apply")}
        </button>
      </Form>
    </FilterDisclosure>
  );
}
