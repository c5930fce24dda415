import { ErrorSummary } from "~/components/error-summary";
import type { MessageKey } from "~/i18n/translate";
import type { CommitmentPageAnswer } from "~/modules/tracker/commitment-page-action.server";
import type { CommitmentPageView } from "~/modules/tracker/commitment-page-view.server";

/** The answer of a refused form, when it is this form's (intent, and milestone when given). */
export function answerFor(
  answer: CommitmentPageAnswer | undefined,
  intents: readonly string[],
  milestoneId?: string,
): CommitmentPageAnswer | undefined {
  if (!answer || !intents.includes(answer.intent)) return undefined;
  if (milestoneId !== undefined && answer.milestoneId !== milestoneId) return undefined;
  return answer;
}

/**
 * The error summary of a form on the commitment page: the refusal's message, then one link per
 * field error to the form's own field (`fields` maps an error's key to the field's id suffix).
 */
export function PageFormErrors({
  answer,
  fields,
}: {
  answer: CommitmentPageAnswer | undefined;
  fields: Record<string, string>;
}) {
  if (!answer) return null;
  const items = Object.entries(answer.errors)
    .filter((entry): entry is [string, MessageKey] => Boolean(entry[1]))
    .map(([key, message]) => ({ field: fields[key] ?? Object.values(fields)[0] ?? key, message }));
  const listed = items.filter((item) => item.message !== answer.formError);
  return (
    <ErrorSummary
      items={listed}
      formError={answer.formError}
      formErrorParams={answer.formErrorParams}
    />
  );
}

/** The error of one field of a refused form, if any. */
export function fieldError(
  answer: CommitmentPageAnswer | undefined,
  keys: readonly string[],
): MessageKey | undefined {
  if (!answer) return undefined;
  for (const key of keys) if (answer.errors[key]) return answer.errors[key];
  return undefined;
}

/** True when the form the answer is for is on the page (it shows the answer itself). */
export function answeredInPlace(
  view: Pick<CommitmentPageView, "transitions" | "mayComment" | "mayAttach" | "milestones">,
  answer: CommitmentPageAnswer,
): boolean {
  const { intent, milestoneId } = answer;
  if (intent === "comment") return view.mayComment;
  if ((view.transitions as readonly string[]).includes(intent)) return true;
  const milestone = view.milestones.find((m) => m.id === milestoneId);
  if (!milestone) return false;
  if (intent === "addEvidence") return view.mayAttach && milestone.state === "DONE";
  return (milestone.actions as readonly string[]).includes(intent);
}
