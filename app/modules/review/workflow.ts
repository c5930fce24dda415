// The one approval rule of region records (practices and code entries): draft -> submitted ->
// published by the region's secretary or a coordinator (-> archived). Pure: no database.
import { can, type Actor } from "~/auth/policy";
import type { MessageKey } from "~/i18n/translate";

/**
 * The status of a practice or a code entry: the one list. The database has the same words (Prisma's
 * enum PracticeStatus, checked against this list by tests/unit/practice-vocabulary.test.ts); the
 * catalogue names each `practice.status.<STATUS>`.
 */
export const RECORD_STATUSES = ["DRAFT", "SUBMITTED", "PUBLISHED", "ARCHIVED"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** The catalogue key of a status's name. */
export function statusLabelKey(status: RecordStatus): `practice.status.${RecordStatus}` {
  return `practice.status.${status}`;
}

export type Transition = "submit" | "publish" | "return" | "archive";
export const TRANSITION_NAMES = ["submit", "publish", "return", "archive"] as const;

export const TRANSITIONS: Record<
  Transition,
  { from: RecordStatus[]; to: RecordStatus; action: "record:update" | "record:publish" }
> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED", action: "record:update" },
  publish: { from: ["DRAFT", "SUBMITTED", "ARCHIVED"], to: "PUBLISHED", action: "record:publish" },
  return: { from: ["SUBMITTED"], to: "DRAFT", action: "record:publish" },
  archive: { from: ["PUBLISHED"], to: "ARCHIVED", action: "record:publish" },
};

/** Published and archived records are public; drafts and submissions are their region's. */
export const PUBLIC_STATUSES = ["PUBLISHED", "ARCHIVED"] as const satisfies RecordStatus[];

export function visibilityOf(status: string): "public" | "private" {
  return (PUBLIC_STATUSES as readonly string[]).includes(status) ? "public" : "private";
}

/** The transitions the actor may make now on a record of a region in a status. */
export function allowedTransitions(
  actor: Actor | null,
  record: { regionCode: string; status: string },
): Transition[] {
  return TRANSITION_NAMES.filter((name) => {
    const rule = TRANSITIONS[name];
    return (
      (rule.from as readonly string[]).includes(record.status) &&
      can(actor, rule.action, { regionCode: record.regionCode })
    );
  });
}

/** The columns a transition sets besides the status (who submitted, when, the return comment). */
export function transitionColumns(
  transition: Transition,
  actorId: string,
  now: Date,
  comment?: string,
) {
  const to = TRANSITIONS[transition].to;
  return {
    status: to,
    ...(to === "SUBMITTED"
      ? { submittedAt: now, submittedById: actorId, returnComment: null, returnedAt: null }
      : {}),
    ...(to === "PUBLISHED"
      ? { publishedAt: now, archivedAt: null, returnComment: null, returnedAt: null }
      : {}),
    ...(to === "ARCHIVED" ? { archivedAt: now } : {}),
    ...(transition === "return" ? { returnComment: comment ?? null, returnedAt: now } : {}),
  };
}

/** A return needs a comment for the author: 1 to 2000 characters once trimmed. */
export const RETURN_COMMENT_MAX = 2000;

/**
 * The buttons of the code-entry form: check only, save (a draft is saved as a draft; a published
 * entry's changes are public at once, as with practices), and submit while it is a draft.
 */
export function softwareFormIntents(entry: {
  draft: boolean;
  maySubmit: boolean;
}): Array<{ value: string; label: MessageKey; primary?: boolean }> {
  return [
    { value: "check", label: "review.action.check" },
    {
      value: "save",
      label: entry.draft ? "review.action.save" : "software.edit.submit",
      primary: !entry.maySubmit,
    },
    ...(entry.maySubmit
      ? [{ value: "submit", label: "review.action.submit", primary: true } as const]
      : []),
  ];
}
