// The adoption form of a software entry's page: declare that a region runs the entry, withdraw
// that declaration, or (owning region) confirm or reject one. Reads the posted form, runs the
// command and answers the message the page shows; bad input changes nothing.
import { z } from "zod";
import type { RequestOrigin } from "~/auth/request-context.server";
import type { SessionUser } from "~/auth/session.server";
import type { MessageKey } from "~/i18n/translate";
import { issueKey } from "~/utils/forms";
import {
  adoptionSchema,
  decideAdoption,
  declareAdoption,
  withdrawAdoption,
  withdrawalSchema,
} from "./software-commands.server";

const decisionSchema = z.object({
  adoptionId: z.string().uuid(),
  decision: z.enum(["confirm", "reject"]),
});

export type AdoptionFormOutcome = { notice: MessageKey } | { error: MessageKey; status?: number };

export async function submitAdoptionForm(input: {
  actor: SessionUser;
  slug: string;
  form: Record<string, FormDataEntryValue>;
  origin: RequestOrigin;
}): Promise<AdoptionFormOutcome> {
  const { actor, slug, form, origin } = input;
  if (form.intent === "decide") {
    const parsed = decisionSchema.safeParse(form);
    if (!parsed.success) return { error: "form.error.decisionInvalid" };
    const { adoptionId, decision } = parsed.data;
    await decideAdoption({ actor, slug, adoptionId, decision, origin });
    return { notice: "adoption.decided" };
  }
  if (form.intent === "withdraw") {
    const parsed = withdrawalSchema.safeParse(form);
    if (!parsed.success) return { error: issueKey(parsed.error.issues[0]) };
    await withdrawAdoption({ actor, slug, regionCode: parsed.data.regionCode, origin });
    return { notice: "adoption.withdrawn" };
  }
  const parsed = adoptionSchema.safeParse(form);
  if (!parsed.success) return { error: issueKey(parsed.error.issues[0]) };
  const result = await declareAdoption({ actor, slug, adoption: parsed.data, origin });
  if (result.status === "own-software") return { error: "adoption.ownSoftware" };
  if (result.status === "exists") return { error: "adoption.exists", status: 409 };
  return { notice: "adoption.declared" };
}
