// The commitment page's view model: the page query (getCommitmentPage), the plan rendered as
// sanitised Markdown (the practices' renderer), and the adopting region's evidence records when
// the viewer may attach evidence to a milestone. 404 when unknown or unreadable.
import type { Actor } from "~/auth/policy";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import { getCommitmentPage, type QueryOptions } from "./commitment-queries.server";
import { evidenceRecordChoices } from "./commitment-page-action.server";
import { mayEditDraft } from "./draft-edit.server";
import { checkMilestoneTransition } from "./milestones";

export async function commitmentPageView(
  viewer: Actor | null,
  id: string,
  options: QueryOptions = {},
) {
  const page = await getCommitmentPage(viewer, id, options);
  const { status, adopterRegion, mentorRegion } = page.commitment;
  // The adopter's right to attach evidence, as addMilestoneEvidence decides it.
  const mayAttach = checkMilestoneTransition(
    viewer,
    { status, adopterRegionCode: adopterRegion.code, mentorRegionCode: mentorRegion.code },
    { state: "OPEN", evidenceCount: 1 },
    "markDone",
  ).ok;
  return {
    ...page,
    planHtml: renderMarkdown(page.commitment.plan),
    mayAttach,
    mayEdit: mayEditDraft(viewer, { status, adopterRegionCode: adopterRegion.code }),
    evidenceRecords: mayAttach ? await evidenceRecordChoices(adopterRegion.code) : [],
    signedIn: viewer !== null,
  };
}

export type CommitmentPageView = Awaited<ReturnType<typeof commitmentPageView>>;
