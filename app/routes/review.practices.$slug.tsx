// The review page of a practice: the region's secretary (or a coordinator, an admin) reads the
// submitted practice rendered, sees who submitted it and what changed since it was published, and
// publishes it or returns it to its author with a comment.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { ReviewPage } from "~/components/review/review-page";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { transitionPractice } from "~/modules/practices/practice-commands.server";
import { sectionLabelKey } from "~/modules/practices/practice.schema";
import { reviewAction } from "~/modules/review/review-action.server";
import { getPracticeForReview } from "~/modules/review/review.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.pageTitle ?? "" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const record = await getPracticeForReview(actor, params.slug ?? "");
  return {
    record,
    pageTitle: translator(languageOf(request))("review.page.title", { title: record.title }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
  const origin = requestOrigin(request, context);
  return reviewAction({
    request,
    actor,
    kind: "practice",
    authorise: () => getPracticeForReview(actor, slug),
    transition: ({ transition, comment }) =>
      transitionPractice({ actor, slug, transition, comment, origin }),
    publishedPath: `/practices/${slug}`,
    origin,
  });
}

const FIELD_LABELS: Record<string, MessageKey> = {
  title: "practice.form.title",
  summary: "practice.form.summary",
  problem: "practice.section.problem",
  solution: "practice.section.solution",
  results: "practice.section.results",
  challenges: "practice.section.challenges",
  conditions: "practice.section.conditions",
  replication: "practice.section.replication",
  indicators: "practice.indicators",
  dimensions: "practice.dimensions",
  sector: "practice.sector",
  stage: "practice.stage",
  year: "practice.year",
  tags: "practice.tags",
};

export default function PracticeReviewPage() {
  const { record } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <ReviewPage
      record={record}
      typeLabel="nav.practices"
      publicPath={`/practices/${record.slug}`}
      fieldLabels={FIELD_LABELS}
      result={result}
    >
      <dl className="facts">
        <div>
          <dt>{t("practice.indicators")}</dt>
          <dd>{record.facts.indicators || "—"}</dd>
        </div>
        <div>
          <dt>{t("practice.sector")}</dt>
          <dd>{record.facts.sector}</dd>
        </div>
        <div>
          <dt>{t("practice.year")}</dt>
          <dd>{record.facts.year}</dd>
        </div>
        <div>
          <dt>{t("practice.tags")}</dt>
          <dd>{record.facts.tags || "—"}</dd>
        </div>
      </dl>
      {record.sections
        .filter((section) => section.html)
        .map((section) => (
          <section key={section.key} aria-labelledby={`review-${section.key}`}>
            <h3 id={`review-${section.key}`}>{t(sectionLabelKey(section.key))}</h3>
            {/* Rendered by marked and sanitised with sanitize-html on the server. */}
            <div dangerouslySetInnerHTML={{ __html: section.html }} />
          </section>
        ))}
    </ReviewPage>
  );
}
