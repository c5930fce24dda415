import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { getSessionUser, requireUser } from "~/auth/session.server";
import { FormNotice, formErrorOf } from "~/components/form-field";
import {
  Adopters,
  DeclareAdoption,
  OwnAdoptions,
  PendingAdoptions,
} from "~/components/software/adoption";
import { SoftwareReplicate } from "~/components/commitment/replicate-action";
import { EntryAbout } from "~/components/software/entry-about";
import { EntryHeader } from "~/components/software/entry-header";
import {
  MaintenanceContacts,
  RelatedIndicators,
  RelatedPractices,
  TechChips,
} from "~/components/software/entry-links";
import { Readiness } from "~/components/software/readiness";
import { Releases } from "~/components/software/releases";
import { useLanguage } from "~/i18n/use-translate";
import { submitAdoptionForm } from "~/modules/software/software-adoption-form.server";
import { softwareEntryView } from "~/modules/software/software-entry-view.server";
import { listReplications } from "~/modules/tracker/replications.server";
import { ReplicatedBy } from "~/components/tracker/replicated-by";
import { getSoftwareBySlug } from "~/modules/software/software-queries.server";
import { draftEntryFor } from "~/modules/tracker/draft-entry";
import { readFormData } from "~/utils/form-data.server";
import { formError, formNotice, tooManyRequests } from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.entry.name} · Living Lab` }] : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const entry = await getSoftwareBySlug(params.slug ?? "", viewer);
  const replications = await listReplications({ softwareId: entry.id }, viewer);
  return {
    ...softwareEntryView(entry, viewer, new URL(request.url)),
    replications,
    draftEntry: draftEntryFor(viewer),
  };
}

/**
 * POST: declare that a region runs this entry or withdraw that declaration, or (owning region)
 * confirm or reject one.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const form = Object.fromEntries(await readFormData(request));
  const origin = requestOrigin(request, context);
  const allowance = await spendAllowance(RATE_LIMITS.adoptionWritesPerAccount, actor.id);
  if (allowance.limited) return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes");
  const outcome = await submitAdoptionForm({ actor, slug: params.slug ?? "", form, origin });
  return "notice" in outcome
    ? formNotice(outcome.notice)
    : formError(outcome.error, undefined, outcome.status);
}

export default function SoftwareEntryPage() {
  const view = useLoaderData<typeof loader>();
  const { entry, descriptions } = view;
  const result = useActionData<typeof action>();
  const language = useLanguage();
  const description = descriptions[language] ?? descriptions.id ?? Object.values(descriptions)[0];
  return (
    <div className="container section">
      <EntryHeader
        entry={entry}
        shortDescription={description?.shortDescription}
        status={view.status}
        saved={view.saved}
        mayReview={view.mayReview}
        mayManage={view.mayManage}
      />
      <div className="practice-layout">
        <article className="practice-body">
          <EntryAbout
            description={description}
            requirements={entry.requirements}
            readmeHtml={entry.readmeHtml}
          />
          <Releases
            slug={entry.slug}
            releases={entry.releases}
            outcome={view.releaseOutcome}
            mayManage={view.mayManage}
          />
        </article>
        <aside>
          <Readiness readiness={entry.readiness} />
          <FormNotice kind="success" message={result?.notice} />
          <FormNotice kind="error" message={formErrorOf(result)} />
          <PendingAdoptions pending={view.pending} />
          <Adopters adopters={entry.adopters} />
          <ReplicatedBy list={view.replications} side="record" />
          <OwnAdoptions adoptions={view.ownAdoptions} />
          <DeclareAdoption regions={view.declarableRegions} />
          {view.status === "PUBLISHED" ? (
            <SoftwareReplicate entry={view.draftEntry} slug={entry.slug} />
          ) : null}
          <RelatedIndicators indicators={entry.indicators} />
          <RelatedPractices practices={entry.practices} />
          <MaintenanceContacts maintenance={view.maintenance} />
          <TechChips tech={entry.tech} />
        </aside>
      </div>
    </div>
  );
}
