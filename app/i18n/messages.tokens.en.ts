// English: personal access tokens (/account/tokens) and the API's refusals.
import type { tokenMessagesId } from "./messages.tokens.id";

export const tokenMessagesEn: Record<keyof typeof tokenMessagesId, string> = {
  "tokens.title": "Personal access tokens",
  "tokens.intro":
    "A token lets a script or CI push SPBE evidence and publiccode.yml files on your behalf, for one region and the actions you choose only. Send it in the header Authorization: Bearer <token>.",
  "tokens.link": "Personal access tokens",
  "tokens.noRegions":
    "Only members of a region can create tokens. Your account does not belong to any region yet.",
  "tokens.new.title": "Create a token",
  "tokens.new.submit": "Create token",
  "tokens.field.name": "Token name",
  "tokens.field.nameHint": 'To recognise the token later, e.g. "CI evidence upload".',
  "tokens.field.region": "Region",
  "tokens.field.scopes": "Allowed actions",
  "tokens.field.expiresOn": "Valid until",
  "tokens.field.expiresOnHint":
    "At most one year from today (default: 90 days). The token stops working at the end of that day (UTC).",
  "tokens.scope.evidence:write": "upload SPBE evidence",
  "tokens.scope.software:write": "send publiccode.yml files to the code catalogue",
  "tokens.created.title": 'Token "{name}" created',
  "tokens.created.once":
    "Copy this token now. It is shown this once only; the portal keeps only its hash and cannot show it again.",
  "tokens.created.secret": "Token",
  "tokens.created.copy": "Copy",
  "tokens.created.copied": "Token copied.",
  "tokens.created.usage": "Example:",
  "tokens.list.title": "Your tokens",
  "tokens.list.empty": "You have not created a token yet.",
  "tokens.list.scope": "Scope",
  "tokens.list.created": "Created",
  "tokens.list.lastUsed": "Last used",
  "tokens.list.expires": "Valid until",
  "tokens.list.state": "Status",
  "tokens.list.revoke": "Revoke",
  "tokens.list.revokeNamed": "Revoke token {name}",
  "tokens.state.active": "Active",
  "tokens.state.expired": "Expired",
  "tokens.state.revoked": "Revoked",
  "tokens.notice.revoked": "Token revoked. Requests made with it are now refused.",
  "tokens.error.nameRequired": "Give the token a name.",
  "tokens.error.nameTooLong": "A token name has at most 80 characters.",
  "tokens.error.region": "Choose a region you belong to.",
  "tokens.error.scopes": "Choose at least one action.",
  "tokens.error.expiry": "Enter a valid date (YYYY-MM-DD).",
  "tokens.error.expiryRange":
    "The date must be tomorrow at the earliest and at most one year from today.",
  "tokens.error.tooMany":
    "You already have 20 active tokens. Revoke the ones you no longer use first.",
  "tokens.error.notFound": "That token does not exist or has been revoked already.",
  "tokens.error.intent": "Unknown action.",
  "api.auth.required": "Sign in first, or send a personal access token (Authorization: Bearer).",
  "api.auth.forbidden": "You may not do this for that region.",
  "api.token.invalid": "Unknown access token.",
  "api.token.expired": "This access token has expired. Create a new one at /account/tokens.",
  "api.token.revoked": "This access token has been revoked.",
  "api.token.scopeMissing":
    "This token does not cover that action. Create a token with the right scope.",
  "api.token.rateLimited":
    "Too many requests with this token. Try again after the time in Retry-After.",
  "api.software.created": "Catalogue entry saved.",
  "api.software.sameRepository":
    "This repository is already in the catalogue. Check that entry, then send again with confirmSameRepositoryAs set to its slug.",
  "audit.action.access_token.created": "Access token created",
  "audit.action.access_token.revoked": "Access token revoked",
  "audit.action.access_token.used": "Access token used",
  "audit.action.access_token.refused": "Access token refused",
  "audit.action.access_token.rate_limited": "Access token limited",
};
