// Passwords: argon2id hashes (@node-rs/argon2) and a strength check with zxcvbn-ts using the
// common, Indonesian and English dictionaries.
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as id from "@zxcvbn-ts/language-id";
import type { MessageKey } from "~/i18n/translate";

// OWASP's minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const PASSWORD_MIN_SCORE = 3;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so that both paths take as long. */
let dummyHash: Promise<string> | undefined;
export function timingSafeDummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword("not-a-real-password-0f9c2b");
  return dummyHash.then((value) => verifyPassword(value, password));
}

let zxcvbn: ZxcvbnFactory | undefined;
function strengthChecker(): ZxcvbnFactory {
  zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...id.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return zxcvbn;
}

/** Null when the password is acceptable, otherwise the message key saying why not. */
export function passwordProblem(password: string, userInputs: string[] = []): MessageKey | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "password.error.tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "password.error.tooLong";
  const inputs = userInputs
    .flatMap((input) => [input, ...input.toLowerCase().split(/[^a-z0-9]+/)])
    .filter(Boolean);
  const result = strengthChecker().check(password, inputs);
  return result.score < PASSWORD_MIN_SCORE ? "password.error.tooWeak" : null;
}
