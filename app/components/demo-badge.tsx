import { useTranslate } from "~/i18n/use-translate";

/** Marks demo data wherever a user sees it. */
export function DemoBadge() {
  const t = useTranslate();
  return (
    <span className="badge badge-demo" title={t("demo.explanation")}>
      {t("demo.label")}
    </span>
  );
}
