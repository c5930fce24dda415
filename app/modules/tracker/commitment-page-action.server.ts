// The commitment page's one action (/commitments/:id): every form on the page posts an `intent`
// (a transition, a comment, or a milestone's markDone / addEvidence / confirm / return) and is
// answered here. Someone who is neither of the commitment's two regions nor the centre is refused
// (403) whatever the intent; an unknown intent is a 400; a refusal of the commands keeps its
// status (403, 409, 422) with its field errors; success is the page again (PRG) with a notice.
import type { RequestOrigin } from "~/auth/request-context.server";
import type { Actor } from "~/auth/policy";
import { db } from "~/db.server";
import type { MessageKey, MessageParams } from "~/i18n/translate";
import { notFound } from "~/utils/app-error";
import type { FieldErrors } from "~/utils/forms";
import { readableCommitment, readableMilestone } from "./commitment-access.server";
import {
  addComment,
  isCommitmentTransition,
  mayComment,
  transitionCommitment,
} from "./commitment-commands.server";
import type { Refusal } from "./commitment-result";
import {
  addMilestoneEvidence,
  confirmMilestone,
  markMilestoneDone,
  returnMilestone,
  type MilestoneFile,
} from "./milestone-commands.server";
import type { FileRefusal } from "./milestone-files.server";

export const MILESTONE_INTENTS = ["markDone", "addEvidence", "confirm", "return"] as const;
type MilestoneIntent = (typeof MILESTONE_INTENTS)[number];

/** What a refused form shows: its message, field errors and which form on the page it was. */
export interface CommitmentPageAnswer {
  errors: FieldErrors;
  formError: MessageKey;
  formErrorParams?: MessageParams;
  intent: string;
  milestoneId?: string;
  values?: Record<string, string>;
  /** A refused file, shown next to the file field with its own message. */
  fileError?: FileRefusal;
}

export type CommitmentPageOutcome =
  | { ok: true; notice: MessageKey; anchor: string }
  | { ok: false; status: 400 | 403 | 409 | 422; answer: CommitmentPageAnswer };

function isMilestoneIntent(value: string): value is MilestoneIntent {
  return (MILESTONE_INTENTS as readonly string[]).includes(value);
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** The evidence a milestone form sends: one link (URL and label) and/or evidence records. */
function evidenceOf(form: FormData) {
  const url = text(form, "linkUrl").trim();
  const label = text(form, "linkLabel");
  return {
    links: url || label.trim() ? [{ url, label }] : [],
    evidenceRecordIds: form
      .getAll("evidenceRecordId")
      .filter((v): v is string => typeof v === "string" && v.trim() !== ""),
  };
}

function refusedAnswer(
  refusal: Refusal,
  intent: string,
  values: Record<string, string>,
  milestoneId?: string,
): CommitmentPageOutcome {
  return {
    ok: false,
    status: refusal.status,
    answer: {
      errors: refusal.errors ?? {},
      formError: refusal.message,
      ...(refusal.params ? { formErrorParams: refusal.params } : {}),
      intent,
      ...(milestoneId ? { milestoneId } : {}),
      values,
    },
  };
}

async function milestoneAction(
  actor: Actor,
  commitmentId: string,
  intent: MilestoneIntent,
  form: FormData,
  origin: Partial<RequestOrigin>,
  files: readonly MilestoneFile[],
): Promise<CommitmentPageOutcome> {
  const milestoneId = text(form, "milestoneId");
  const { commitment } = await readableMilestone(actor, milestoneId);
  // A milestone of another commitment does not exist on this page.
  if (commitment.id !== commitmentId) throw notFound();
  const values = {
    linkUrl: text(form, "linkUrl"),
    linkLabel: text(form, "linkLabel"),
    comment: text(form, "comment"),
  };
  const result =
    intent === "markDone"
      ? await markMilestoneDone(actor, milestoneId, evidenceOf(form), origin, files)
      : intent === "addEvidence"
        ? await addMilestoneEvidence(actor, milestoneId, evidenceOf(form), origin, files)
        : intent === "confirm"
          ? await confirmMilestone(actor, milestoneId, origin)
          : await returnMilestone(actor, milestoneId, values.comment, origin);
  if (!result.ok) {
    // A missing comment or evidence belongs to its field.
    const field = intent === "return" ? "comment" : intent === "confirm" ? null : "links";
    const errors: FieldErrors =
      result.errors ?? (result.status === 422 && field ? { [field]: result.message } : {});
    return refusedAnswer({ ...result, errors }, intent, values, milestoneId);
  }
  return { ok: true, notice: `tracker.notice.${intent}`, anchor: `milestone-${milestoneId}` };
}

/**
 * The refusal of someone who is neither of the commitment's two regions nor the centre, before the
 * body is read (an upload of theirs stores nothing); 404 when they may not read it at all.
 */
export async function outsiderRefusal(
  actor: Actor,
  id: string,
): Promise<CommitmentPageOutcome | null> {
  const commitment = await readableCommitment(actor, id);
  if (mayComment(actor, commitment)) return null;
  return refusedAnswer({ ok: false, status: 403, message: "tracker.refused.notYours" }, "", {});
}

/** The answer to a post whose file was refused: shown by the file field of the form it came from. */
export function fileRefusedAnswer(
  form: FormData,
  fileError: FileRefusal,
): Extract<CommitmentPageOutcome, { ok: false }> {
  const intent = text(form, "intent");
  const milestoneId = text(form, "milestoneId");
  return {
    ok: false,
    status: 400,
    answer: {
      errors: { file: fileError.message },
      formError: fileError.message,
      ...(fileError.params ? { formErrorParams: fileError.params } : {}),
      intent,
      ...(milestoneId ? { milestoneId } : {}),
      values: { linkUrl: text(form, "linkUrl"), linkLabel: text(form, "linkLabel") },
      fileError,
    },
  };
}

/** Answers one POST of the commitment page (`files`: what its file field put in the store). */
export async function commitmentPageAction(
  actor: Actor,
  id: string,
  form: FormData,
  origin: Partial<RequestOrigin> = {},
  files: readonly MilestoneFile[] = [],
): Promise<CommitmentPageOutcome> {
  const commitment = await readableCommitment(actor, id);
  const intent = text(form, "intent");
  if (!mayComment(actor, commitment))
    return refusedAnswer(
      { ok: false, status: 403, message: "tracker.refused.notYours" },
      intent,
      {},
    );
  if (intent === "comment") {
    const result = await addComment(actor, commitment.id, text(form, "text"), origin);
    if (!result.ok) return refusedAnswer(result, intent, { text: text(form, "text") });
    return { ok: true, notice: "tracker.notice.comment", anchor: "thread-title" };
  }
  if (isCommitmentTransition(intent)) {
    const result = await transitionCommitment(
      actor,
      commitment.id,
      intent,
      text(form, "text"),
      origin,
    );
    if (!result.ok) {
      // The reason or comment a transition needs belongs to its text field.
      const errors: FieldErrors =
        result.status === 422 && /reason|comment/.test(result.message)
          ? { text: result.message }
          : (result.errors ?? {});
      return refusedAnswer({ ...result, errors }, intent, { text: text(form, "text") });
    }
    return { ok: true, notice: `tracker.notice.${intent}`, anchor: "status-title" };
  }
  if (isMilestoneIntent(intent))
    return milestoneAction(actor, commitment.id, intent, form, origin, files);
  return {
    ok: false,
    status: 400,
    answer: { errors: {}, formError: "tracker.error.intent", intent },
  };
}

/** The adopting region's evidence records a milestone can point to (newest first). */
export async function evidenceRecordChoices(adopterRegionCode: string) {
  const rows = await db().evidenceRecord.findMany({
    where: { regionCode: adopterRegionCode },
    orderBy: [{ year: "desc" }, { title: "asc" }],
    take: 200,
    select: { id: true, title: true, year: true },
  });
  return rows;
}
