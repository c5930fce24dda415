// A publiccode.yml problem in the reader's language: the catalogue's sentence for its key with its
// params, or the validator's English sentence for a key the catalogue does not know. The publish
// and edit pages and the validation API all say it this way.
import { isMessageKey, type Translate } from "~/i18n/translate";
import type { PubliccodeProblem } from "./publiccode";

export function problemMessage(
  t: Translate,
  problem: Pick<PubliccodeProblem, "key" | "params" | "message">,
): string {
  return isMessageKey(problem.key) ? t(problem.key, problem.params) : problem.message;
}
