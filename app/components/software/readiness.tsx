// The ready-to-replicate score of a software entry and the reasons it adds up (readiness.ts).
import { useTranslate } from "~/i18n/use-translate";
import type { ReadinessReason } from "~/modules/software/readiness";

export function Readiness({
  readiness,
}: {
  readiness: { score: number; reasons: ReadinessReason[] };
}) {
  const t = useTranslate();
  return (
    <section className="aside-box" aria-labelledby="readiness-title">
      <h2 id="readiness-title">
        {t("readiness.title")}: {t("readiness.score", { score: readiness.score })}
      </h2>
      <ul className="plain-list">
        {readiness.reasons.map((r) => (
          <li key={r.key}>
            {r.met ? "✓" : "✗"} {t(r.key)}
          </li>
        ))}
      </ul>
    </section>
  );
}
