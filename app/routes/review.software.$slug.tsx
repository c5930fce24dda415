// The review page of a code entry: the region's secretary (or a coordinator, an admin) reads the
// submitted entry rendered, sees who submitted it and what changed since it was published, and
// publishes it or returns it to its author with a comment.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { ExternalLink } from "~/components/external-link";
import { ReviewPage } from "~/components/review/review-page";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { reviewAction } from "~/modules/review/review-action.server";
import { getSoftwareForReview } from "~/modules/review/review.server";
import { transitionSoftware } from "~/modules/software/software-workflow.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.pageTitle ?? "" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const record = await getSoftwareForReview(actor, params.slug ?? "");
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
    kind: "software",
    authorise: () => getSoftwareForReview(actor, slug),
    transition: ({ transition, comment }) =>
      transitionSoftware({ actor, slug, transition, comment, origin }),
    publishedPath: `/software/${slug}?saved=published`,
    origin,
  });
}

const FIELD_LABELS: Record<string, MessageKey> = {
  publiccode: "review.field.publiccode",
  indicators: "review.field.indicators",
  tech: "review.field.tech",
  requirements: "review.field.requirements",
  readme: "review.field.readme",
};

export default function SoftwareReviewPage() {
  const { record } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <ReviewPage
      record={record}
      typeLabel="nav.software"
      publicPath={`/software/${record.slug}`}
      fieldLabels={FIELD_LABELS}
      result={result}
    >
      <dl className="facts">
        <div>
          <dt>{t("review.page.repository")}</dt>
          <dd>
            <ExternalLink href={record.repository}>{record.repository}</ExternalLink>
          </dd>
        </div>
        <div>
          <dt>{t("review.page.license")}</dt>
          <dd>{record.license}</dd>
        </div>
        <div>
          <dt>{t("review.page.developmentStatus")}</dt>
          <dd>{record.developmentStatus}</dd>
        </div>
      </dl>
      {record.longDescriptionHtml ? (
        /* Rendered by marked and sanitised with sanitize-html on the server. */
        <div dangerouslySetInnerHTML={{ __html: record.longDescriptionHtml }} />
      ) : null}
      {record.features.length ? (
        <section aria-labelledby="review-features">
          <h3 id="review-features">{t("review.page.features")}</h3>
          <ul>
            {record.features.map((feature) => (
              <li key={feature}>{feature}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {record.readmeHtml ? (
        <section aria-labelledby="review-readme">
          <h3 id="review-readme">{t("review.page.readme")}</h3>
          <div dangerouslySetInnerHTML={{ __html: record.readmeHtml }} />
        </section>
      ) : null}
    </ReviewPage>
  );
}
