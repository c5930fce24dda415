import { Link } from "@remix-run/react";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { CommitmentPageView } from "~/modules/tracker/commitment-page-view.server";
import { useDayFormat } from "./use-day-format";

/** Who, what, which indicators, when, and the plan (sanitised Markdown from the server). */
export function CommitmentFacts({
  commitment,
  planHtml,
}: {
  commitment: CommitmentPageView["commitment"];
  planHtml: string;
}) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  const format = useDayFormat();
  const { adopterRegion, mentorRegion, practice, software, indicators } = commitment;
  return (
    <>
      <dl className="facts commitment-facts">
        <div>
          <dt>{t("tracker.page.adopter")}</dt>
          <dd>
            <Link to={`/regions/${adopterRegion.code}`}>{adopterRegion.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("tracker.page.mentor")}</dt>
          <dd>
            <Link to={`/regions/${mentorRegion.code}`}>{mentorRegion.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("tracker.page.responsible")}</dt>
          <dd>{commitment.responsible?.name ?? t("tracker.page.notSet")}</dd>
        </div>
        <div>
          <dt>{t("tracker.page.start")}</dt>
          <dd>{commitment.startOn ? format.day(commitment.startOn) : t("tracker.page.notSet")}</dd>
        </div>
        <div>
          <dt>{t("tracker.page.due")}</dt>
          <dd>{commitment.dueOn ? format.day(commitment.dueOn) : t("tracker.page.notSet")}</dd>
        </div>
        <div>
          <dt>{t("tracker.page.budget")}</dt>
          <dd>{commitment.budgetSource ?? t("tracker.page.notSet")}</dd>
        </div>
        <div>
          <dt>{t("tracker.page.visibility")}</dt>
          <dd>{t(`tracker.visibility.${commitment.visibility}`)}</dd>
        </div>
      </dl>
      <section aria-labelledby="replicates-title" className="aside-box">
        <h2 id="replicates-title">{t("tracker.page.replicates")}</h2>
        <ul className="plain-list">
          {practice ? (
            <li>
              {t("tracker.page.practice")}:{" "}
              <Link to={`/practices/${practice.slug}`}>{practice.title}</Link>
            </li>
          ) : null}
          {software.map((entry) => (
            <li key={entry.id}>
              {t("tracker.page.software")}: <Link to={`/software/${entry.slug}`}>{entry.name}</Link>
            </li>
          ))}
        </ul>
        <h3>{t("tracker.page.indicators")}</h3>
        {indicators.length === 0 ? (
          <p className="muted">{t("tracker.page.noIndicators")}</p>
        ) : (
          <ul className="plain-list">
            {indicators.map((i) => (
              <li key={i.id}>
                <Link to={`/spbe/indicators/${i.number}`}>
                  {i.number}. {en ? i.titleEn : i.title}
                </Link>{" "}
                <span className="muted">
                  {t("tracker.page.levels", {
                    baseline:
                      i.baselineLevel === null
                        ? t("tracker.page.baselineUnknown")
                        : String(i.baselineLevel),
                    target: String(i.targetLevel),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t("tracker.page.plan")}</h2>
        {planHtml.trim() ? (
          // Rendered by marked and sanitised with sanitize-html on the server.
          <div className="practice-body" dangerouslySetInnerHTML={{ __html: planHtml }} />
        ) : (
          <p className="muted">{t("tracker.page.planEmpty")}</p>
        )}
      </section>
    </>
  );
}
