// A publiccode.yml problem in the reader's language: the catalogue's sentence for its key with its
// params (the problem's `message` is the same catalogue's English). The publish and edit pages and
// the validation API all say it this way.
import type { Translate } from "~/i18n/translate";
import type { PubliccodeProblem } from "./publiccode";

export function problemMessage(
  t: Translate,
  problem: Pick<PubliccodeProblem, "key" | "params">,
): string {
  return t(problem.key, problem.params);
}
