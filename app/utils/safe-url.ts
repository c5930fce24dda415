// The one rule for addresses that lead off the portal (a code entry's repository, landing page,
// documentation, an adoption's service address…): http and https only, as publiccode.yml itself
// requires. Used where a value is accepted (validation) and again wherever one leaves the portal
// (links on pages, the JSON APIs), because rows stored before the rule may hold anything.
import { z } from "zod";
import type { MessageKey } from "~/i18n/translate";

/** Browsers drop ASCII tabs and newlines anywhere in a URL and controls or spaces around it. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\s]/u;
const HTTP_PREFIX = /^https?:\/\//i;

/**
 * The value when it is an absolute http(s) URL, or null for anything else: other schemes
 * (`javascript:`, `data:`, `vbscript:`, `file:`… in any case), relative or protocol-relative
 * addresses, a value with a control character or white space in it (`java\tscript:`), one
 * without a host, and one with a user name or password (`https://portal.go.id@evil.example`).
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (CONTROL_OR_SPACE.test(value) || !HTTP_PREFIX.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.hostname.length === 0 || url.username !== "" || url.password !== "") return null;
  // As given: it starts with "http(s)://" and holds no character a browser would drop, so a
  // browser reads it exactly as checked here.
  return value;
}

/**
 * An optional http(s) URL form field: blank means absent; anything else must pass safeHttpUrl,
 * else the message is `message` (a message catalogue key).
 */
export function optionalHttpUrlField(message: MessageKey, maxLength = 300) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .max(maxLength, { message })
      .refine((value) => safeHttpUrl(value) !== null, { message })
      .optional(),
  );
}
