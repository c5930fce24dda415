// The secret of a personal access token: "llp_" and 256 random bits in base32, stored only as its
// SHA-256 (the Lucia guide's approach for session tokens, with @oslojs/crypto and
// @oslojs/encoding). The prefix makes a leaked token recognisable to secret scanners and people.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

export const TOKEN_PREFIX = "llp_";
const SECRET_BYTES = 32;
/** 32 bytes are 52 base32 characters. */
const SECRET_PATTERN = /^llp_[a-z2-7]{52}$/;

/** A new secret, shown once to its owner. */
export function generateAccessTokenSecret(): string {
  const bytes = new Uint8Array(SECRET_BYTES);
  crypto.getRandomValues(bytes);
  return TOKEN_PREFIX + encodeBase32LowerCaseNoPadding(bytes);
}

/** What is stored and looked up: the SHA-256 of the whole secret, in lower-case hex. */
export function hashAccessTokenSecret(secret: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

export function isWellFormedAccessTokenSecret(value: string): boolean {
  return SECRET_PATTERN.test(value);
}

/** The part of a secret kept in clear to tell tokens apart in a list ("llp_ab12"). */
export function visiblePrefixOf(secret: string): string {
  return secret.slice(0, TOKEN_PREFIX.length + 4);
}
