// A province coordinator's way to their province pages and to /monitoring filtered to each (on
// /dashboard); nothing for anyone else.
import { Link } from "@remix-run/react";
import { useTranslate } from "~/i18n/use-translate";

export function CoordinatedProvinces({
  provinces,
}: {
  provinces: Array<{ code: string; name: string }>;
}) {
  const t = useTranslate();
  if (provinces.length === 0) return null;
  return (
    <section className="section" aria-labelledby="coordinated-provinces-title">
      <h2 id="coordinated-provinces-title">{t("province.dashboardTitle")}</h2>
      <ul className="plain-list">
        {provinces.map((province) => (
          <li key={province.code}>
            <Link to={`/provinces/${province.code}`}>
              {t("province.dashboardLink", { name: province.name })}
            </Link>
          </li>
        ))}
        {provinces.map((province) => (
          <li key={`monitoring-${province.code}`}>
            <Link to={`/monitoring?province=${province.code}`}>
              {t("province.dashboardMonitoring", { name: province.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
