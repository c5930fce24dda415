// "62 daerah peserta + Kabupaten Sumedang sebagai tuan rumah": a cohort's count as every page
// states it (from app/modules/cohorts/cohort-count.server.ts).
import { useTranslate } from "~/i18n/use-translate";

export function cohortCountText(
  t: ReturnType<typeof useTranslate>,
  count: { participants: number; host: { name: string } | null },
): string {
  return count.host
    ? t("cohort.count.withHost", { count: count.participants, host: count.host.name })
    : t("cohort.count", { count: count.participants });
}

export function CohortCount({
  count,
}: {
  count: { participants: number; host: { name: string } | null };
}) {
  const t = useTranslate();
  return <>{cohortCountText(t, count)}</>;
}
