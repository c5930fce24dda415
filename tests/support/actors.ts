// Who a test acts as: a demo account signed in through a real session, as the policy
// (app/auth/policy.ts) and the modules see it.
import { validateSessionToken, type SessionUser } from "../../app/auth/session.server";
import { sessionFor } from "./accounts";

/** The account's session user (a policy Actor with its memberships), from a fresh session. */
export async function actor(email: string): Promise<SessionUser> {
  const { token } = await sessionFor(email);
  const validated = await validateSessionToken(token);
  if (!validated) throw new Error(`no session for ${email}`);
  return validated.user;
}

/** The Cookie header of a fresh session of the account. */
export async function cookieFor(email: string): Promise<string> {
  return (await sessionFor(email)).cookie;
}
