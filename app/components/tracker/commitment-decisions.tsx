// The dashboard's tracker decisions: drafts to approve and replications to verify, each a link to
// the commitment page where the button is; the count is the full number, the list its oldest 10.
import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { CommitmentDecisions as Decisions } from "~/modules/tracker/tracker-decisions.server";

function DecisionList(props: { list: Decisions["approve"]; title: MessageKey }) {
  const t = useTranslate();
  if (props.list.count === 0) return null;
  return (
    <>
      <h3>{t(props.title, { count: String(props.list.count) })}</h3>
      <ul className="plain-list">
        {props.list.items.map((c) => (
          <li key={c.id}>
            <Link to={`/commitments/${c.id}`}>{c.title}</Link> {c.isDemo ? <DemoBadge /> : null}{" "}
            <span className="muted">
              · {c.adopter} → {c.mentor}
              {c.milestones === 0 ? ` · ${t("trackerViews.dashboard.noMilestones")}` : ""}
            </span>
          </li>
        ))}
      </ul>
      {props.list.count > props.list.items.length ? (
        <p>
          <Link to={props.list.href}>
            {t("trackerViews.dashboard.more", {
              shown: String(props.list.items.length),
              count: String(props.list.count),
            })}
          </Link>
        </p>
      ) : null}
    </>
  );
}

export function CommitmentDecisions({ decisions }: { decisions: Decisions }) {
  return (
    <>
      <DecisionList list={decisions.approve} title="trackerViews.dashboard.approve" />
      <DecisionList list={decisions.verify} title="trackerViews.dashboard.verify" />
    </>
  );
}
