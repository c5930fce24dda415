import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getSessionUser } from "~/auth/session.server";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { newQuestionsForRegions } from "~/modules/practices/practice-questions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  return {
    title: translator(languageOf(request))("dashboard.title"),
    signedIn: Boolean(viewer),
    questions: viewer ? await newQuestionsForRegions(viewer) : [],
  };
}

export default function DashboardPage() {
  const { signedIn, questions } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <div className="container section">
      <h1>{t("dashboard.title")}</h1>
      {!signedIn ? (
        <p className="empty-state">
          <Link to="/login?redirectTo=%2Fdashboard">{t("dashboard.signIn")}</Link>
        </p>
      ) : (
        <section className="section" aria-labelledby="questions-title">
          <h2 id="questions-title">{t("dashboard.questionsTitle")}</h2>
          {questions.length === 0 ? (
            <p className="empty-state">{t("dashboard.questionsEmpty")}</p>
          ) : (
            <ul className="plain-list">
              {questions.map((q) => (
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
      )}
      <p className="muted">{t("dashboard.more")}</p>
    </div>
  );
}
