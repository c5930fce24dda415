// English: what the HTTP server answers when it refuses a request before any page runs
// (scripts/lib/request-guards.ts), and the form-reading errors every route shares.
import type { httpMessagesId } from "./messages.http.id";

export const httpMessagesEn: Record<keyof typeof httpMessagesId, string> = {
  "error.badRequest.title": "The request could not be handled",
  "error.badRequest.body":
    "This request could not be handled. Check what you entered or the address, then try again.",
  "http.error.methodNotAllowed": "The portal does not serve this request method.",
  "http.error.badUrl": "This address cannot be read: its percent-encoding (%) is broken.",
  "http.error.controlCharacter":
    "This address or field holds a control character (such as NUL) that is not allowed. Remove it and try again.",
  "http.error.unknownHost":
    "This portal does not answer to that host name. Open the portal at its official address.",
  "http.error.bodyTooLarge":
    "What was sent is too large: at most {size} for this page. Nothing was saved.",
  "http.error.malformedForm":
    "The form could not be read (the submission is broken or incomplete). Nothing was saved; reload the page and try again.",
};
