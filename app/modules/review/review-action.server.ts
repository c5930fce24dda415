// The action of both review pages: read the decision (publish, or return with a comment), spend
// the account's write allowance, and answer a FormResult the page shows in the user's language.
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import { readFormData } from "~/utils/form-data.server";
import { parseForm } from "~/utils/forms";
import { formError, formNotice, invalidForm, tooManyRequests } from "~/utils/responses.server";
import { RETURN_COMMENT_MAX, type Transition } from "./workflow";

export const decisionSchema = z
  .object({
    decision: z.enum(["publish", "return"], { message: "review.page.decisionInvalid" }),
    comment: z
      .string()
      .trim()
      .max(RETURN_COMMENT_MAX, { message: "review.page.commentTooLong" })
      .default(""),
  })
  .refine((d) => d.decision !== "return" || d.comment.length > 0, {
    message: "review.page.commentRequired",
    path: ["comment"],
  });

type Outcome = "done" | "not-allowed-now" | "comment-required" | "contact-required";

export async function reviewAction(input: {
  request: Request;
  actor: SessionUser;
  kind: "practice" | "software";
  /** Checks the actor's right to review (throws 404 or 403) before anything is read. */
  authorise: () => Promise<unknown>;
  transition: (t: { transition: Transition; comment: string }) => Promise<Outcome>;
  publishedPath: string;
  origin: RequestOrigin;
}) {
  await input.authorise();
  const form = await readFormData(input.request);
  const parsed = parseForm(decisionSchema, form);
  const values = {
    comment: typeof form.get("comment") === "string" ? String(form.get("comment")) : "",
  };
  if (!parsed.ok) return invalidForm(parsed.errors, values);
  const rule =
    input.kind === "practice"
      ? RATE_LIMITS.practiceWritesPerAccount
      : RATE_LIMITS.softwareWritesPerAccount;
  const allowance = await spendAllowance(rule, input.actor.id);
  if (allowance.limited)
    return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes", values);
  const result = await input.transition({
    transition: parsed.data.decision,
    comment: parsed.data.comment,
  });
  if (result === "comment-required")
    return invalidForm({ comment: "review.page.commentRequired" }, values);
  if (result === "not-allowed-now") return formError("review.page.notNow", values, 409);
  // A practice without a contact cannot be published: its author adds one on the edit page.
  if (result === "contact-required")
    return formError("practice.error.contactRequired", values, 409);
  if (parsed.data.decision === "publish") return redirect(input.publishedPath);
  return formNotice("review.page.returned");
}
