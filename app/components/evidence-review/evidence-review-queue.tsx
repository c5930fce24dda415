// The coordinator's dashboard section "Bukti dukung menunggu tinjauan": how many records wait and
// the ones waiting longest, each linked to its page (where the review form is).
import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { useTranslate } from "~/i18n/use-translate";

export interface EvidenceQueueData {
  count: number;
  items: Array<{
    id: string;
    title: string;
    year: number;
    level: number;
    isDemo: boolean;
    revised: boolean;
    region: { code: string; name: string };
    indicators: number[];
  }>;
}

export function EvidenceReviewQueue({ queue }: { queue: EvidenceQueueData }) {
  const t = useTranslate();
  return (
    <section className="section" aria-labelledby="evidence-queue-title">
      <h2 id="evidence-queue-title">{t("dashboard.evidenceQueueTitle")}</h2>
      {queue.count === 0 ? (
        <p className="empty-state">{t("dashboard.evidenceQueueEmpty")}</p>
      ) : (
        <>
          <p>
            <strong>{t("dashboard.evidenceQueueCount", { count: queue.count })}</strong>
            {queue.count > queue.items.length
              ? ` ${t("dashboard.evidenceQueueMore", { shown: queue.items.length })}`
              : null}
          </p>
          <ul className="plain-list">
            {queue.items.map((item) => (
              <li key={item.id}>
                <Link to={`/evidence/${item.id}#review-title`}>{item.title}</Link>{" "}
                {item.isDemo ? <DemoBadge /> : null}
                {item.revised ? (
                  <span className="badge">{t("dashboard.evidenceQueueRevised")}</span>
                ) : null}{" "}
                <span className="muted">
                  {t("dashboard.evidenceQueueItem", {
                    region: item.region.name,
                    year: String(item.year),
                    indicators: item.indicators.join(", "),
                    level: String(item.level),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
