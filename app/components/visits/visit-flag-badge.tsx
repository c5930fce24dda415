import { useTranslate } from "~/i18n/use-translate";

/** A visit more than 30 days old without a commitment (computed by the module). */
export function VisitFlagBadge() {
  const t = useTranslate();
  return (
    <span className="badge badge-flagged" title={t("visits.flagged.explain")}>
      {t("visits.flagged")}
    </span>
  );
}
