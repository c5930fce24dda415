import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

/** Names the filters a list was shown without, because their values are not among the choices. */
export function IgnoredFiltersNotice({
  ignored,
  labels,
}: {
  ignored: ReadonlyArray<{ key: string; value: string }>;
  /** The label of each filter, as its field shows it. */
  labels: Record<string, MessageKey>;
}) {
  const t = useTranslate();
  if (ignored.length === 0) return null;
  return (
    <div className="notice ignored-filters" role="status">
      {ignored.map(({ key, value }) => (
        <p key={key}>
          {t("browse.ignoredFilter", { filter: labels[key] ? t(labels[key]) : key, value })}
        </p>
      ))}
    </div>
  );
}

/** The empty result, with a way out: the same list with no filter. */
export function EmptyResult({ message, clearTo }: { message: string; clearTo: string }) {
  const t = useTranslate();
  return (
    <div className="empty-state">
      <p>{message}</p>
      <Link to={clearTo}>{t("browse.clearFilters")}</Link>
    </div>
  );
}
