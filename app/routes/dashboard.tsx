import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { getSessionUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { EvidenceReviewQueue } from "~/components/evidence-review/evidence-review-queue";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { dataLabel, translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { evidenceReviewQueue } from "~/modules/evidence/evidence-review.server";
import { newQuestionsForRegions } from "~/modules/practices/practice-questions.server";
import { notificationSentence } from "~/components/notification-sentence";
import { listNotifications } from "~/modules/review/notifications.server";
import { countMilestonesAwaitingConfirmation } from "~/modules/tracker/tracker-inbox.server";
import { commitmentDecisionsFor } from "~/modules/tracker/tracker-decisions.server";
import { CommitmentDecisions } from "~/components/tracker/commitment-decisions";
import { CoordinatedProvinces } from "~/components/monitoring/coordinated-provinces";
import { coordinatedProvinces } from "~/modules/monitoring/province.server";
import { RegionStandingSection } from "~/components/dashboard/region-standing";
import { waitingTotal } from "~/components/dashboard/waiting-total";
import { regionStandingFor } from "~/modules/monitoring/region-standing.server";
import {
  newQuestionsOnOwnPractices,
  submissionsOf,
  waitingFor,
} from "~/modules/review/review.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const title = translator(languageOf(request))("dashboard.title");
  if (!viewer) return { title, signedIn: false as const };
  // Someone without a region (a coordinator, an admin) sees what is theirs, not "your region's".
  const hasRegion = viewer.memberships.length > 0;
  const [notifications, waiting, mine, questions, evidenceQueue, milestones, decisions, standing] =
    await Promise.all([
      listNotifications(viewer.id),
      waitingFor(viewer),
      submissionsOf(viewer),
      hasRegion ? newQuestionsForRegions(viewer) : newQuestionsOnOwnPractices(viewer),
      evidenceReviewQueue(viewer),
      countMilestonesAwaitingConfirmation(viewer),
      commitmentDecisionsFor(viewer),
      hasRegion ? regionStandingFor(viewer) : null,
    ]);
  // A province coordinator's provinces (no query for anyone else).
  const provinces = await coordinatedProvinces(viewer);
  return {
    title,
    signedIn: true as const,
    hasRegion,
    provinces,
    standing,
    notifications: {
      unread: notifications.unread,
      items: notifications.items.map((n) => ({
        ...n,
        createdAt: n.createdAt.toISOString(),
        read: Boolean(n.readAt),
      })),
    },
    waiting: {
      practices: waiting.practices.map((p) => ({
        slug: p.slug,
        title: p.title,
        isDemo: p.isDemo,
        region: p.region.name,
      })),
      software: waiting.software.map((s) => ({
        slug: s.slug,
        title: s.name,
        isDemo: s.isDemo,
        region: s.region.name,
      })),
      accountRequests: waiting.accountRequests,
      adoptions: waiting.adoptions,
      milestones,
      decisions,
    },
    mine,
    questions,
    evidenceQueue: {
      count: evidenceQueue.count,
      items: evidenceQueue.items.map(({ updatedAt: _, ...item }) => item),
    },
  };
}

type Loaded = Extract<Awaited<ReturnType<typeof loader>>, { signedIn: true }>;

function NotificationList({ notifications }: { notifications: Loaded["notifications"] }) {
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <section className="section" aria-labelledby="notifications-title">
      <h2 id="notifications-title">
        {t("notification.title")}{" "}
        {notifications.unread ? (
          <span className="badge">{t("notification.unread", { count: notifications.unread })}</span>
        ) : null}
      </h2>
      {notifications.items.length === 0 ? (
        <p className="empty-state">{t("notification.empty")}</p>
      ) : (
        <ul className="plain-list notification-list">
          {notifications.items.map((n) => {
            return (
              <li key={n.id} className={n.read ? "notification" : "notification unread"}>
                {!n.read ? <span className="badge">{t("notification.new")}</span> : null}{" "}
                <Link to={`/notifications/${n.id}`}>{notificationSentence(t, n)}</Link>{" "}
                <span className="muted">{when.format(new Date(n.createdAt))}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function Waiting({ waiting }: { waiting: Loaded["waiting"] }) {
  const t = useTranslate();
  const total = waitingTotal(waiting);
  return (
    <section className="section" aria-labelledby="waiting-title">
      <h2 id="waiting-title">{t("dashboard.waitingTitle")}</h2>
      {total === 0 ? (
        <p className="empty-state">{t("dashboard.waitingEmpty")}</p>
      ) : (
        <div className="review-waiting">
          {waiting.practices.length ? (
            <>
              <h3>{t("dashboard.waitingPractices", { count: waiting.practices.length })}</h3>
              <ul className="plain-list">
                {waiting.practices.map((p) => (
                  <li key={p.slug}>
                    <Link to={`/review/practices/${p.slug}`}>{p.title}</Link>{" "}
                    {p.isDemo ? <DemoBadge /> : null} · {p.region}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {waiting.software.length ? (
            <>
              <h3>{t("dashboard.waitingSoftware", { count: waiting.software.length })}</h3>
              <ul className="plain-list">
                {waiting.software.map((s) => (
                  <li key={s.slug}>
                    <Link to={`/review/software/${s.slug}`}>{s.title}</Link>{" "}
                    {s.isDemo ? <DemoBadge /> : null} · {s.region}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {waiting.accountRequests ? (
            <h3>
              <Link to="/manage/requests">
                {t("dashboard.waitingRequests", { count: waiting.accountRequests })}
              </Link>
            </h3>
          ) : null}
          <CommitmentDecisions decisions={waiting.decisions} />
          {waiting.milestones ? (
            <h3>
              <Link to="/tracker/inbox">
                {t("trackerViews.dashboard.milestones", { count: waiting.milestones })}
              </Link>
            </h3>
          ) : null}
          {waiting.adoptions.length ? (
            <>
              <h3>{t("dashboard.waitingAdoptions", { count: waiting.adoptions.length })}</h3>
              <ul className="plain-list">
                {waiting.adoptions.map((a) => (
                  <li key={a.id}>
                    <Link to={`/software/${a.software.slug}#pending-title`}>{a.software.name}</Link>{" "}
                    {a.software.isDemo ? <DemoBadge /> : null} · {a.region.name}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}

function Mine({ mine }: { mine: Loaded["mine"] }) {
  const t = useTranslate();
  const rows = [
    ...mine.practices.map((p) => ({
      key: `p-${p.slug}`,
      href: p.status === "DRAFT" ? `/practices/${p.slug}/edit` : `/practices/${p.slug}`,
      title: p.title,
      type: t("review.type.practice"),
      status: p.status,
      isDemo: p.isDemo,
      returned: p.status === "DRAFT" && Boolean(p.returnComment),
    })),
    ...mine.software.map((s) => ({
      key: `s-${s.slug}`,
      href: s.status === "DRAFT" ? `/software/${s.slug}/edit` : `/software/${s.slug}`,
      title: s.name,
      type: t("review.type.software"),
      status: s.status,
      isDemo: s.isDemo,
      returned: s.status === "DRAFT" && Boolean(s.returnComment),
    })),
  ];
  return (
    <section className="section" aria-labelledby="mine-title">
      <h2 id="mine-title">{t("dashboard.mineTitle")}</h2>
      {rows.length === 0 ? (
        <p className="empty-state">{t("dashboard.mineEmpty")}</p>
      ) : (
        <ul className="plain-list">
          {rows.map((r) => (
            <li key={r.key}>
              <Link to={r.href}>{r.title}</Link> {r.isDemo ? <DemoBadge /> : null}
              <span className="muted">
                {" "}
                · {r.type} · {dataLabel(t, `practice.status.${r.status}`, r.status)}
                {r.returned ? ` · ${t("review.returnedTitle")}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function DashboardPage() {
  const loaded = useLoaderData<typeof loader>();
  const root = useRouteLoaderData<{ mayMonitor?: boolean }>("root");
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <div className="container section">
      <h1>{t("dashboard.title")}</h1>
      {!loaded.signedIn ? (
        <p className="empty-state">
          <Link to="/login?redirectTo=%2Fdashboard">{t("dashboard.signIn")}</Link>
        </p>
      ) : (
        <div className="dashboard-grid">
          <CoordinatedProvinces provinces={loaded.provinces} />
          {loaded.standing ? (
            <RegionStandingSection
              standing={loaded.standing}
              waitingCount={waitingTotal(loaded.waiting)}
            />
          ) : null}
          <NotificationList notifications={loaded.notifications} />
          <Waiting waiting={loaded.waiting} />
          {loaded.evidenceQueue.count > 0 || !loaded.hasRegion ? (
            <EvidenceReviewQueue queue={loaded.evidenceQueue} />
          ) : null}
          <Mine mine={loaded.mine} />
          <section className="section" aria-labelledby="questions-title">
            <h2 id="questions-title">
              {t(loaded.hasRegion ? "dashboard.questionsTitle" : "dashboard.questionsTitleCentre")}
            </h2>
            {loaded.questions.length === 0 ? (
              <p className="empty-state">{t("dashboard.questionsEmpty")}</p>
            ) : (
              <ul className="plain-list">
                {loaded.questions.map((q) => (
                  <li key={q.id}>
                    <Link to={`/practices/${q.practice.slug}#tanya-jawab`}>{q.practice.title}</Link>
                    {q.isReply ? <span className="badge">{t("dashboard.replyTag")}</span> : null}: “
                    {q.body.length > 140 ? `${q.body.slice(0, 140)}…` : q.body}” — {q.author.name},{" "}
                    {when.format(new Date(q.createdAt))}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
      {/* A province coordinator has their province's links above; a coordinator the whole cohort. */}
      {root?.mayMonitor && loaded.signedIn && loaded.provinces.length === 0 ? (
        <p>
          <Link to="/monitoring">{t("monitoring.dashboardLink")}</Link>
        </p>
      ) : null}
      <p>
        <Link to="/tracker">{t("dashboard.more")}</Link>
      </p>
    </div>
  );
}
