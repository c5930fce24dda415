// Random tokens for sessions, invitations and password resets, stored only as SHA-256 hashes
// (the Lucia guide's approach, with @oslojs/crypto and @oslojs/encoding).
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** 160 random bits, base32: what goes into a cookie or a link. */
export function generateToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored form of a token. */
export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[a-z2-7]{32}$/.test(token);
}
