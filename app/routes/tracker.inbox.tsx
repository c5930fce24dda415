import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import {
  AttentionBadges,
  ProgressMeter,
  StatusBadge,
  useDayFormat,
} from "~/components/tracker/commitment-badges";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { mentorInbox } from "~/modules/tracker/tracker-inbox.server";
import { forbidden } from "~/utils/app-error";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** GET /tracker/inbox — the mentor's inbox of the signed-in person's regions. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireUser(request);
  if (viewer.memberships.length === 0) throw forbidden("trackerViews.inbox.noRegion");
  const inbox = await mentorInbox(viewer);
  return { ...inbox, title: translator(languageOf(request))("trackerViews.inbox.title") };
}

export default function MentorInboxPage() {
  const { groups, waiting, total } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const day = useDayFormat();
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/tracker">{t("trackerViews.title")}</Link>
      </nav>
      <h1>{t("trackerViews.inbox.title")}</h1>
      <p className="lead">{t("trackerViews.inbox.lead")}</p>
      <section className="section" aria-labelledby="waiting-title">
        <h2 id="waiting-title">
          {t("trackerViews.inbox.waitingTitle", { count: waiting.length })}
        </h2>
        {waiting.length === 0 ? (
          <p className="empty-state">{t("trackerViews.inbox.waitingEmpty")}</p>
        ) : (
          <ol className="plain-list inbox-waiting">
            {waiting.map((m) => (
              <li key={m.id}>
                <Link to={`/commitments/${m.commitment.id}#milestone-${m.id}`}>{m.title}</Link>{" "}
                {m.commitment.isDemo ? <DemoBadge /> : null}
                <span className="muted">
                  {" "}
                  · {m.commitment.title} · {m.commitment.adopterRegion.name}
                  {m.doneAt
                    ? ` · ${t("trackerViews.inbox.doneOn", { date: day(m.doneAt.slice(0, 10)) })}`
                    : ""}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="section" aria-labelledby="replicating-title">
        <h2 id="replicating-title">{t("trackerViews.inbox.replicatingTitle", { count: total })}</h2>
        {groups.length === 0 ? (
          <p className="empty-state">{t("trackerViews.inbox.replicatingEmpty")}</p>
        ) : (
          groups.map((group) => (
            <section
              key={group.status}
              className="inbox-group"
              aria-label={t(`tracker.status.${group.status}`)}
            >
              <h3>
                <StatusBadge status={group.status} />{" "}
                <span className="muted">
                  {t("trackerViews.board.columnCount", { count: group.items.length })}
                </span>
              </h3>
              <ul className="plain-list">
                {group.items.map((c) => (
                  <li key={c.id}>
                    <Link to={`/commitments/${c.id}`}>{c.title}</Link>{" "}
                    {c.isDemo ? <DemoBadge /> : null}
                    <span className="muted"> · {c.adopterRegion.name} · </span>
                    <ProgressMeter percent={c.progress} />{" "}
                    <AttentionBadges stalled={c.stalled} overdue={false} />
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
    </div>
  );
}
