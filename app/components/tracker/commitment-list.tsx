import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { useTranslate } from "~/i18n/use-translate";
import type { CommitmentListItem } from "~/modules/tracker/commitment-queries.server";
import { AttentionBadges, ProgressMeter, StatusBadge, useDayFormat } from "./commitment-badges";

type Row = Pick<
  CommitmentListItem,
  | "id"
  | "title"
  | "status"
  | "isDemo"
  | "adopterRegion"
  | "mentorRegion"
  | "dueOn"
  | "progress"
  | "overdue"
> & { stall: { stalled: boolean } };

/** The list of /tracker: each commitment with who replicates whom, status, progress, due date. */
export function CommitmentList({ items }: { items: Row[] }) {
  const t = useTranslate();
  const day = useDayFormat();
  return (
    <ul className="commitment-list">
      {items.map((c) => (
        <li key={c.id} className="card commitment-row">
          <h2 className="card-title">
            <Link to={`/commitments/${c.id}`}>{c.title}</Link> {c.isDemo ? <DemoBadge /> : null}
          </h2>
          <p className="commitment-parties">
            {t("trackerViews.parties", {
              adopter: c.adopterRegion.name,
              mentor: c.mentorRegion.name,
            })}
          </p>
          <p className="commitment-meta">
            <StatusBadge status={c.status} /> <ProgressMeter percent={c.progress} />
            {c.dueOn ? (
              <span className="muted">{t("trackerViews.due", { date: day(c.dueOn) })}</span>
            ) : null}{" "}
            <AttentionBadges stalled={c.stall.stalled} overdue={c.overdue} />
          </p>
        </li>
      ))}
    </ul>
  );
}
